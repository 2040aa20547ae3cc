"""A claim from the clinic's claims library, shown in an article as the library approved it.

The block stores the library claim's identity (its UUID), not its wording: the article's
reviewed content records which library claim it shows, and the wording patients read is the
library claim's currently approved, signed version. The library app, below this one, decides
which version that is through the `library_claims_shown` hook (see TreatmentArticlePage).
"""

import contextlib
from contextvars import ContextVar

from django.core.exceptions import ValidationError
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from wagtail.coreutils import resolve_model_string
from wagtail.rich_text import expand_db_html
from wagtail.snippets.blocks import SnippetChooserBlock

# The library claims of a whole body, by identity, looked up at once (see
# library_claims_looked_up_together): Wagtail would otherwise look them up once per section.
_BODY_LIBRARY_CLAIMS = ContextVar("claimcheck_body_library_claims", default=None)

NOT_APPROVED = (
    "Choose a library claim that is approved: this one is waiting for its medical review or "
    "was withdrawn."
)


def _identities(raw, found):
    """Add the identity of every library claim a stored body shows, however nested, to `found`."""
    for key, value in raw.items() if isinstance(raw, dict) else enumerate(raw):
        if key == "references":
            continue  # a claim's citations: thousands of them in a long article, never a claim
        if isinstance(value, dict) and value.get("type") == "library_claim":
            if isinstance(value.get("value"), str):
                found.add(value["value"])
        elif isinstance(value, list | dict):
            _identities(value, found)
    return found


def library_claim_identities(raw_body):
    """Every library claim identity in a stored body, in no particular order."""
    return _identities(list(raw_body), set())


def library_claims_shown_in(model, raw_body):
    """Every library claim a stored body shows, by identity, in one query (none when it shows
    none)."""
    identities = library_claim_identities(raw_body)
    if not identities:
        return {}
    model = resolve_model_string(model)
    # With the therapy scope, which the check of what patients may read needs.
    claims = model.objects.filter(identity__in=identities).select_related("therapy_status")
    return {str(claim.identity): claim for claim in claims}


def reading_library_claims_of_a_body():
    return _BODY_LIBRARY_CLAIMS.get() is not None


@contextlib.contextmanager
def using_library_claims(found):
    """While reading a body, its library claim blocks take their claims from `found`."""
    token = _BODY_LIBRARY_CLAIMS.set(found)
    try:
        yield
    finally:
        _BODY_LIBRARY_CLAIMS.reset(token)


@contextlib.contextmanager
def library_claims_looked_up_together(model, raw_body):
    """While reading a body, every section's library claims are found in one query (none when
    the body shows no library claim), which yields them (identity: claim)."""
    found = library_claims_shown_in(model, raw_body)
    with using_library_claims(found):
        yield found


class LibraryClaimBlock(SnippetChooserBlock):
    """Picks an approved claim from the claims library (the chooser lists only approved ones)."""

    def __init__(self, **kwargs):
        kwargs.setdefault(
            "help_text",
            "A claim signed in the claims library: patients read its approved wording and "
            "references, and it needs no new decision in this article's review.",
        )
        super().__init__("library.LibraryClaim", **kwargs)

    def to_python(self, value):
        if value is None:
            return None
        return self.bulk_to_python([value])[0]

    def bulk_to_python(self, values):
        found = _BODY_LIBRARY_CLAIMS.get() or {}
        missing = {str(value) for value in values if value and str(value) not in found}
        if missing:
            found = {
                **found,
                **{
                    str(claim.identity): claim
                    for claim in self.model_class.objects.filter(identity__in=missing)
                },
            }
        return [found.get(str(value)) if value else None for value in values]

    def get_prep_value(self, value):
        # Stored by identity: the article's reviewed content names the library claim itself.
        if value is None:
            return None
        if isinstance(value, self.model_class):
            return str(value.identity)
        return str(value)

    def clean(self, value):
        value = super().clean(value)
        # Patients would not see it anyway (the library shows only approved versions); the
        # writer is told now rather than finding an empty place on the page.
        if value is not None and not value.live:
            raise ValidationError(NOT_APPROVED)
        return value

    def render(self, value, context=None):
        # Drawn here rather than by a template, as the article's own claims are (ClaimBlock).
        context = context or {}
        identity = str(value.identity) if value is not None else None
        shown = (context.get("library_claims") or {}).get(identity)
        if shown is None:
            return mark_safe("")
        marks = context.get("citation_marks")
        return format_html(
            '<div class="claim library-claim" id="library-claim-{}">{}{}</div>',
            shown.identity,
            mark_safe(expand_db_html(shown.rich_statement.source)),  # noqa: S308 - sanitised HTML
            marks.marks_for(list(shown.references)) if marks else "",
        )

    def deconstruct(self):
        path, args, kwargs = super().deconstruct()
        return ("pages.blocks.library.LibraryClaimBlock", (), kwargs)

    class Meta:
        icon = "link"
        label = "Library claim"
