"""Which version of each library claim patients may read: its approved, signed version.

A library claim's approved version is the latest approval recorded for its identity in the
sign-off ledger, unless a withdrawal ended it. Patients read a library claim only while its row
(the version Wagtail published when the review completed) holds exactly the content that
approval signed, and the sign-off row still passes its own hash check: a row changed around the
ORM, or a forged sign-off, shows nothing. Three queries however many claims: the claims (none
when the article already read them), their approvals, and the references they cite.
"""

import logging
from dataclasses import dataclass

from django.db.models import Exists, OuterRef

from wagtail.rich_text import RichText

from library.models import LibraryClaim, LibraryWithdrawal
from pages.blocks.claims import references_looked_up_together
from pages.models import Reference
from review.models import Decision, SignOff

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ApprovedVersion:
    """What patients read of one library claim, and the signature that let them."""

    claim: LibraryClaim
    sign_off: SignOff

    @property
    def identity(self):
        return str(self.claim.identity)

    @property
    def statement(self):
        return self.claim.statement

    @property
    def rich_statement(self):
        return RichText(self.claim.statement)

    @property
    def claim_type(self):
        return self.claim.claim_type

    @property
    def references(self):
        return self.claim.cited

    @property
    def signature(self):
        """The sign-off that first approved this exact content (a promoted claim's, say)."""
        return self.sign_off.carried_over_from or self.sign_off


def library_sign_offs(identities):
    """Every sign-off of these library claims, oldest first."""
    return SignOff.objects.filter(page__isnull=True, block_id__in=[str(i) for i in identities])


def current_approvals(identities):
    """{identity: the approval patients may read now}; a withdrawn claim has none."""
    rows = (
        library_sign_offs(identities)
        .filter(decision=Decision.APPROVED)
        .annotate(withdrawn=Exists(LibraryWithdrawal.objects.filter(sign_off=OuterRef("pk"))))
        # The article shows who signed a carried-over approval, and when.
        .with_carried_over_signer("signed_at")
        .order_by("pk")
    )
    latest = {}
    for row in rows:
        latest[row.block_id] = row
    return {identity: row for identity, row in latest.items() if not row.withdrawn}


def matches(claim, sign_off):
    """The claim's row holds exactly what `sign_off` signed, and the sign-off is intact."""
    content = claim.signed_content
    return (
        claim.live
        and sign_off.content_hash == claim.content_hash
        and sign_off.row_is_intact(hashed_content=content)
    )


def approved_versions(identities, claims=None):
    """{identity: ApprovedVersion} for those of `identities` patients may read now.

    `claims` are their rows when the caller has just read them (the article's body did).
    """
    identities = {str(identity) for identity in identities}
    if not identities:
        return {}
    if claims is None:
        claims = LibraryClaim.objects.filter(identity__in=identities).select_related(
            "therapy_status"
        )
    # Each row once, however often the article shows it.
    claims = list({str(claim.identity): claim for claim in claims if claim.live}.values())
    approvals = current_approvals(identities)
    cited = [{"references": list(claim.references.raw_data)} for claim in claims]
    shown = {}
    with references_looked_up_together(Reference, cited):
        for claim in claims:
            identity = str(claim.identity)
            sign_off = approvals.get(identity)
            if sign_off is None:
                continue
            if matches(claim, sign_off):
                shown[identity] = ApprovedVersion(claim, sign_off)
            else:
                logger.warning(
                    "Library claim %s is not shown: its row does not match its approval %s",
                    identity,
                    sign_off.pk,
                )
    return shown
