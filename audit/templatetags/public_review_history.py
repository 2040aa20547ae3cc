from django import template

from audit.public import public_review_history as history_of

register = template.Library()


@register.simple_tag(takes_context=True)
def public_review_history(context, page):
    """The dated review history patients read under an article; none on a preview."""
    if getattr(context.get("request"), "is_preview", False):
        return []
    return history_of(page)
