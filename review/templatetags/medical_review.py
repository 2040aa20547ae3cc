from django import template

from review.selectors import medical_review_of_live_version

register = template.Library()


@register.simple_tag(takes_context=True)
def medical_review_of(context, page):
    """Who reviewed the live version of `page`, for "Medically reviewed by … on …"."""
    # A preview shows unreviewed content: it must not borrow the live version's review.
    if getattr(context.get("request"), "is_preview", False):
        return None
    # The serve-time check left the approved state it read on the page: reuse it.
    return medical_review_of_live_version(page, getattr(page, "approved_state", None))
