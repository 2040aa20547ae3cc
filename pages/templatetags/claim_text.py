from django import template
from django.utils.safestring import mark_safe

from wagtail.rich_text import expand_db_html

register = template.Library()


@register.filter
def claim_html(statement):
    """A claim's rich text as HTML, with Wagtail's internal links and embeds expanded.

    What `|richtext` gives, without drawing Wagtail's one-line wrapper template
    (wagtailcore/shared/richtext.html, `{{ html|safe }}`) for each of an article's claims.
    """
    return mark_safe(expand_db_html(statement.source))  # noqa: S308 - the editor's sanitised HTML
