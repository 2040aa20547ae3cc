from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

register = template.Library()

# What each claim of a list is drawn with, from the page's context (TreatmentArticlePage).
_CLAIM_CONTEXT = ("citation_marks", "claims_hidden", "library_claims")


@register.simple_tag(takes_context=True)
def claim_list(context, stream):
    """A section's claims as a list, leaving out the hidden ones (being rechecked, or library
    claims with no approved version).

    Drawn here rather than by a template looping over `include_block`: a long article has
    hundreds of claims, and the template's work per claim was a tenth of the page's time.
    """
    shared = {name: context[name] for name in _CLAIM_CONTEXT if name in context}
    hidden = shared.get("claims_hidden") or ()
    drawn = (
        conditional_escape(child.render_as_block(context={"block_id": child.id, **shared}))
        for child in stream
        if child.id not in hidden
    )
    items = "".join(f"<li>{claim}</li>" for claim in drawn)
    return mark_safe(f'<ul class="claim-list">{items}</ul>')  # noqa: S308 - each claim escaped
