import html

from django import template
from django.utils.html import strip_tags

register = template.Library()


@register.filter
def plain_text(rich_text):
    """Rich text as the words a reader sees: no tags, and entities such as &#x27; read as “'”.

    Django's striptags keeps the entities, which autoescaping then shows literally.
    """
    return html.unescape(strip_tags(rich_text or ""))


@register.filter
def full_stop(text):
    """`text` ending in exactly one full stop, for citations whose parts may already end in one
    (“et al.”, “Inc.”)."""
    text = str(text).rstrip()
    return text if text.endswith((".", "?", "!")) else f"{text}."
