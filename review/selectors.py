"""Read-side questions about sign-offs: what is signed, what changed, who reviewed the live page."""

import datetime
from dataclasses import dataclass

from django.utils.functional import cached_property

from review.diff import word_diff
from review.fingerprint import claim_fingerprint
from review.models import Decision, ReviewedVersion, SignOff

NEW, CHANGED, UNCHANGED = "new", "changed", "unchanged"


@dataclass
class ClaimUnderReview:
    number: int
    claim: object
    fingerprint: str
    status: str
    last_signed: SignOff | None  # the latest sign-off of this block: its approval when
    # unchanged, otherwise the latest decision on any wording (approved or changes requested)

    @cached_property
    def diff(self):
        if self.status == CHANGED:
            return word_diff(self.last_signed.statement, self.claim.statement)
        return ""


def claims_under_review(page, revision):
    """Every claim of `revision`, marked new, changed or unchanged since its last approval."""
    content = revision.as_object()
    claims = content.claims
    fingerprints = [claim_fingerprint(claim, content.therapy_status) for claim in claims]
    earlier = (
        SignOff.objects.for_page(page.pk)
        .filter(block_id__in=[claim.block_id for claim in claims])
        .order_by("signed_at", "pk")
    )
    latest_by_block = {}
    matching = {}
    for sign_off in earlier:
        latest_by_block[sign_off.block_id] = sign_off
        if sign_off.decision == Decision.APPROVED:
            matching[(sign_off.block_id, sign_off.content_hash)] = sign_off

    rows = []
    for number, (claim, claim_hash) in enumerate(zip(claims, fingerprints, strict=True), 1):
        match = matching.get((claim.block_id, claim_hash))
        last = latest_by_block.get(claim.block_id)
        if match:
            rows.append(ClaimUnderReview(number, claim, claim_hash, UNCHANGED, match))
        elif last and last.content_hash != claim_hash:
            rows.append(ClaimUnderReview(number, claim, claim_hash, CHANGED, last))
        elif last:
            # Resubmitted as it was when changes were requested: it needs a decision again.
            rows.append(ClaimUnderReview(number, claim, claim_hash, NEW, last))
        else:
            rows.append(ClaimUnderReview(number, claim, claim_hash, NEW, None))
    return rows


def needing_a_decision(rows, full_review=False):
    """The claims a director must decide on: new and changed ones, or all in a full review."""
    return [row for row in rows if full_review or row.status != UNCHANGED]


def unsigned_claims(page_id, claims, therapy_status):
    """The claims with no approval of exactly their current content, in one query."""
    # Pairs, not a dict by block id: two claims sharing a forged id must each match on its own.
    keyed = [
        (claim, (claim.block_id, claim_fingerprint(claim, therapy_status))) for claim in claims
    ]
    signed = set(
        SignOff.objects.for_page(page_id)
        .approvals()
        .filter(
            block_id__in={key[0] for _, key in keyed},
            content_hash__in={key[1] for _, key in keyed},
        )
        .values_list("block_id", "content_hash")
    )
    return [claim for claim, key in keyed if key not in signed]


@dataclass(frozen=True)
class Reviewer:
    printed_name: str
    credentials: str


@dataclass(frozen=True)
class MedicalReview:
    reviewers: list
    last_reviewed: datetime.date
    next_review_due: datetime.date


def add_months(day, months):
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate_day in (day.day, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=candidate_day)
        except ValueError:
            continue
    raise ValueError(f"No valid date {months} months after {day}")


def medical_review_of_live_version(page):
    """Who signed the live version, and when its review completed; None if never reviewed."""
    if not page.live_revision_id:
        return None
    sign_offs = list(
        SignOff.objects.filter(
            revision_id=page.live_revision_id, decision=Decision.APPROVED
        ).select_related("carried_over_from")
    )
    if not sign_offs:
        return None
    # Each claim is credited to whoever signed its current wording, even if a later review
    # only carried that signature over.
    reviewers = {}
    for sign_off in sign_offs:
        signed = sign_off.carried_over_from or sign_off
        reviewers.setdefault(
            signed.signer_id, Reviewer(signed.signer_name, signed.signer_credentials)
        )
    # "Last reviewed" moves only with a full review (every claim decided afresh), never with a
    # review that carried earlier sign-offs over for a small edit.
    full_review = (
        ReviewedVersion.objects.filter(
            page_id=page.pk, full_review=True, revision_id__lte=page.live_revision_id
        )
        .order_by("-completed_at")
        .values_list("completed_at", flat=True)
        .first()
    )
    completed = (full_review or max(sign_off.signed_at for sign_off in sign_offs)).date()
    return MedicalReview(
        reviewers=list(reviewers.values()),
        last_reviewed=completed,
        next_review_due=add_months(completed, page.next_review_months),
    )
