"""Read-side questions about sign-offs: what is signed, what changed, who reviewed the live page."""

import datetime
from dataclasses import dataclass

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import escape
from django.utils.text import capfirst

from review.approvals import approval_of, latest_reviews
from review.diff import word_diff
from review.fingerprint import ClaimFingerprints, disclosed_status
from review.models import Decision, ReviewedVersion, SignOff

NEW, CHANGED, UNCHANGED = "new", "changed", "unchanged"
# Approved once, then dropped by a later approved version: brought back, it needs a decision.
WITHDRAWN = "withdrawn"


@dataclass
class ClaimUnderReview:
    number: int
    claim: object
    fingerprint: str
    status: str
    last_signed: SignOff | None  # the latest sign-off of this block: its approval when
    # unchanged, its removal when withdrawn, otherwise the latest decision on any wording
    withdrawn_by: ReviewedVersion | None = None  # withdrawn: the approved version that dropped it
    signed_content: dict | None = None  # what a sign-off of it covers, as `fingerprint` hashed

    @cached_property
    def diff(self):
        if self.status == CHANGED:
            return word_diff(self.last_signed.statement, self.claim.statement)
        return ""


@dataclass
class RemovedClaim:
    """A claim of the last approved version that the version under review no longer has."""

    number: int
    sign_off: SignOff  # its approval in the last approved version: the wording patients read

    @property
    def block_id(self):
        return self.sign_off.block_id


def _approved_state_and_sign_offs(page, claims):
    """The page's latest approved review and the sign-offs that bear on these claims."""
    review = latest_reviews([page.pk]).get(page.pk)
    wanted = Q(block_id__in=[claim.block_id for claim in claims])
    if review is not None:
        wanted |= Q(revision_id=review.revision_id, task_state_id=review.task_state_id)
    sign_offs = list(SignOff.objects.for_page(page.pk).filter(wanted).order_by("pk"))
    return review, sign_offs


def claims_under_review(page, revision, content=None):
    """Every claim of `revision`, marked new, changed, unchanged or withdrawn.

    Unchanged means approved in exactly this content and still current: part of the latest
    approved version, or approved since it. An approval that a later approved version dropped
    is spent: that claim is "withdrawn" and needs a fresh decision. `content` is the revision
    as a page, when the caller already has it.
    """
    content = content or revision.as_object()
    claims = content.claims
    shortcuts = ClaimFingerprints(disclosed_status(content))
    signed = [shortcuts.content_and_fingerprint(claim) for claim in claims]
    fingerprints = [claim_hash for _, claim_hash in signed]
    review, earlier = _approved_state_and_sign_offs(page, claims)
    in_review = {}
    if review is not None:
        in_review = {
            (s.block_id, s.content_hash): s
            for s in earlier
            if s.revision_id == review.revision_id
            and s.task_state_id == review.task_state_id
            and s.decision == Decision.APPROVED
        }
    # Approvals recorded after the approved version (kept from a review that requested
    # changes elsewhere) are current too.
    cutoff = max((s.pk for s in in_review.values()), default=0)
    latest_by_block, current, spent, removal = {}, dict(in_review), set(), {}
    for sign_off in earlier:
        key = (sign_off.block_id, sign_off.content_hash)
        latest_by_block[sign_off.block_id] = sign_off
        if sign_off.decision == Decision.REMOVAL_CONFIRMED:
            removal[key] = sign_off
        elif sign_off.decision == Decision.APPROVED and key not in in_review:
            if sign_off.pk > cutoff:
                current[key] = sign_off
            else:
                spent.add(key)

    rows = []
    for number, (claim, claim_hash) in enumerate(zip(claims, fingerprints, strict=True), 1):
        key = (claim.block_id, claim_hash)
        match = current.get(key)
        last = latest_by_block.get(claim.block_id)
        if match:
            rows.append(ClaimUnderReview(number, claim, claim_hash, UNCHANGED, match))
        elif key in spent:
            rows.append(
                ClaimUnderReview(number, claim, claim_hash, WITHDRAWN, removal.get(key), review)
            )
        elif last and last.content_hash != claim_hash:
            rows.append(ClaimUnderReview(number, claim, claim_hash, CHANGED, last))
        elif last:
            # Resubmitted as it was when changes were requested: it needs a decision again.
            rows.append(ClaimUnderReview(number, claim, claim_hash, NEW, last))
        else:
            rows.append(ClaimUnderReview(number, claim, claim_hash, NEW, None))
    for row, (signed_content, _) in zip(rows, signed, strict=True):
        row.signed_content = signed_content
    return rows


def claims_removed_since_approved(page, revision, content=None):
    """The claims of the latest approved version that `revision` drops, for the director.

    `content` is the revision as a page, when the caller already has it."""
    review = latest_reviews([page.pk]).get(page.pk)
    if review is None:
        return []
    present = {claim.block_id for claim in (content or revision.as_object()).claims}
    approved = (
        SignOff.objects.filter(
            revision_id=review.revision_id,
            task_state_id=review.task_state_id,
            decision=Decision.APPROVED,
        )
        .exclude(block_id__in=present)
        .order_by("pk")
    )
    return [RemovedClaim(number, sign_off) for number, sign_off in enumerate(approved, 1)]


def needing_a_decision(rows, full_review=False):
    """The claims a director must decide on: new and changed ones, or all in a full review."""
    return [row for row in rows if full_review or row.status != UNCHANGED]


@dataclass(frozen=True)
class Reviewer:
    printed_name: str
    credentials: str
    #: The signer's account, by which a patient page finds the reviewer's bio page.
    user_id: int | None = None


@dataclass(frozen=True)
class MedicalReview:
    reviewers: list
    #: When the version patients read went live, a small approved edit included.
    last_updated: datetime.date
    #: When the page last had a full review: every claim decided afresh.
    last_reviewed: datetime.date
    next_review_due: datetime.date

    @property
    def review_overdue(self):
        # A past "next review due" date would read as if it were current: say so instead.
        return timezone.localdate() > self.next_review_due


def add_months(day, months):
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate_day in (day.day, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=candidate_day)
        except ValueError:
            continue
    raise ValueError(f"No valid date {months} months after {day}")


def medical_review_of_live_version(page, approval=None):
    """Who approved the content patients read, and when; None if it is not approved content.

    Read from the approved state whose content the page shows, not from the live revision's
    id, so identical content never reads "not yet reviewed". `approval` is the state the
    serve-time check already looked up, when there is one.
    """
    if not page.live:
        return None
    if approval is None:
        approval = approval_of(page.alias_of_id or page.pk)
    if not approval.sign_offs or not approval.approves(page):
        return None
    # Each claim is credited to whoever signed its current wording, even if a later review
    # only carried that signature over.
    reviewers = {}
    for sign_off in approval.sign_offs.values():
        signed = sign_off.carried_over_from or sign_off
        reviewers.setdefault(
            signed.signer_id,
            Reviewer(signed.signer_name, signed.signer_credentials, signed.signer_id),
        )
    # "Last reviewed" moves only with a full review (every claim decided afresh), never with a
    # review that carried earlier sign-offs over for a small edit.
    review = approval.review
    completed = (review.last_full_review_at or review.completed_at).date()
    return MedicalReview(
        reviewers=list(reviewers.values()),
        last_updated=(page.last_published_at or review.completed_at).date(),
        last_reviewed=completed,
        next_review_due=add_months(completed, page.next_review_months),
    )


@dataclass(frozen=True)
class TextUnderReview:
    """One of the page's own text fields (title, introduction, summary...) as submitted."""

    label: str
    value: str
    approved_value: str | None  # what patients read now; None: nothing to compare with

    @property
    def changed(self):
        return self.approved_value is not None and self.approved_value != self.value

    @cached_property
    def diff(self):
        return word_diff(escape(self.approved_value), escape(self.value)) if self.changed else ""


def texts_under_review(page, revision, content=None):
    """The page's plain text fields patients read, each against what patients read now.

    That is the last approved version, or, on a page no review has approved yet, the text the
    product installed for it. `content` is the revision as a page, when the caller has it.
    """
    submitted = content or revision.as_object()
    approval = approval_of(page.alias_of_id or page.pk)
    if approval.current:
        approved = vars(approval.review.revision.as_object())
    elif approval.review is None and page.shipped_content is not None:
        approved = page.shipped_content
    else:
        approved = None
    texts = []
    for name in page.patient_visible_fields:
        field = page._meta.get_field(name)
        if not isinstance(field, models.CharField | models.TextField):
            continue
        value = getattr(submitted, name) or ""
        if not value and approved is None:
            continue
        texts.append(
            TextUnderReview(
                label=capfirst(field.verbose_name),
                value=value,
                approved_value=(approved.get(name) or "") if approved is not None else None,
            )
        )
    return texts
