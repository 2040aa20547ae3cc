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
            f"exact current wording: {quote_claims(claims)}. Submit the page for medical review."
        )


class UnreviewedContentError(PermissionDenied):
    def __init__(self):
        self.claims = []
        super().__init__(
            "Not published: this version's text (title, introduction, summary, headings, plain "
            "text, FAQs or review interval) has not been approved by a completed medical review. "
            "Submit the page for medical review."
        )


class SignedRevisionError(PermissionDenied):
    def __init__(self, revision_id):
        super().__init__(
            f"Revision {revision_id} carries medical sign-offs, so it is kept exactly as signed. "
            "Save your changes as a new revision instead."
        )


class SupersededApprovalError(PermissionDenied):
    """The content was approved once, but a later completed review approved something else."""

    def __init__(self, claims=()):
        self.claims = list(claims)
        super().__init__(
            "Not published: this version was approved by an earlier medical review, but a later "
            "review approved a newer version, which is the only one that may be live. To bring "
            "this wording back, submit it for medical review; claims the later version removed "
            "need a fresh decision."
        )


class WithdrawnApprovalError(PermissionDenied):
    def __init__(self):
        self.claims = []
        super().__init__(
            "Not published: this page was withdrawn from patients, which ended its approval. "
            "It returns only through a new medical review: submit it for review."
        )


class ForgedSignOffError(PermissionDenied):
    """A sign-off the content relies on no longer matches its own row hash."""

    def __init__(self, claims):
        self.claims = claims
        super().__init__(
            f"Not shown: the sign-off record of {len(claims)} claim(s) fails its hash check "
            f"({quote_claims(claims)}). Run verify_signoffs; the claims need signing again."
        )


class NotTheApprovedRevisionError(PermissionDenied):
    def __init__(self, revision_id):
        self.claims = []
        super().__init__(
            f"Not published: patient pages go live only as the revision a medical review approved "
            f"(revision {revision_id}), when the review completes or at its scheduled time. "
            "Nothing was changed."
        )
