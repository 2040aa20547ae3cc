"""The guard's refusals, in words a writer or director can act on."""

from django.core.exceptions import PermissionDenied
from django.utils.html import strip_tags
from django.utils.text import Truncator


def quote_claims(claims):
    return "; ".join(
        f"“{Truncator(strip_tags(claim.statement).strip()).words(10)}”" for claim in claims
    )


class UnsignedClaimsError(PermissionDenied):
    def __init__(self, claims):
        self.claims = claims
        super().__init__(
            f"Not published: {len(claims)} claim(s) have no medical director's sign-off of their "
            f"exact current wording: {quote_claims(claims)}. Submit the article for medical review."
        )


class UnreviewedContentError(PermissionDenied):
    def __init__(self):
        self.claims = []
        super().__init__(
            "Not published: this version's text (title, summary, headings, plain text, FAQs or "
            "review interval) has not been approved by a completed medical review. Submit the "
            "article for medical review."
        )


class SignedRevisionError(PermissionDenied):
    def __init__(self, revision_id):
        super().__init__(
            f"Revision {revision_id} carries medical sign-offs, so it is kept exactly as signed. "
            "Save your changes as a new revision instead."
        )
