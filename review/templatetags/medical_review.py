from django import template

from review import screen_markup
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


@register.simple_tag
def claim_section(row, full_review):
    """A claim's section of the review screen (review/screen_markup.py)."""
    return screen_markup.claim_section(row, full_review)
