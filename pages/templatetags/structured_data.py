import json

from django import template
from django.utils.safestring import mark_safe

from pages.structured_data import medical_web_page as medical_web_page_data

register = template.Library()

# The characters that could close the <script> element or open a comment inside it.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def medical_web_page(context, article, medical_review):
    return medical_web_page_data(article, context.get("request"), medical_review)


@register.simple_tag
def json_ld(data):
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True).translate(_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308
