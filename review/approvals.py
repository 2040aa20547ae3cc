"""The approved state: what the latest completed review of a page approved, and its sign-offs.

A completed review approves one version as "the approved state" (`ReviewedVersion`). Only the
latest approved state may be live, and only while no withdrawal has ended it. Its sign-offs
are the ones recorded in that review, one per claim (decided or carried over), so a claim a
later approved version dropped is no longer approved, whatever older sign-offs say.

Two queries however many pages: the latest review of each page (with whether it was withdrawn
and when the last full review was), then those reviews' approvals.
"""

import json
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.db.models import Exists, F, OuterRef, Q, Subquery, TextField
from django.db.models.functions import Cast

from review.fingerprint import ClaimFingerprints, disclosed_status
from review.models import Decision, ReviewedVersion, SignOff, Withdrawal
from review.page_content import legacy_page_fingerprint, page_fingerprint
from review.read_once import APPROVALS, kept


@dataclass
class Approval:
    """A page's approved state; `review` is None when no review of it ever completed."""

    review: ReviewedVersion | None = None
    # (block id, content hash) -> the approved sign-off recorded in that review
    sign_offs: dict = field(default_factory=dict)
    # The page object the serve-time check already passed in this request, so the trust block
    # does not hash every claim again.
    confirmed_for: object = field(default=None, repr=False, compare=False)
    # Sign-off pk -> whether its row passed its hash check. The rows are read once per
    # approval, so a later check of the same approval (review/read_once.py) need not hash
    # them again: a claim finds a row only under the fingerprint of the content it was checked
    # against.
    _row_checked: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def current(self):
        return self.review is not None and not self.review.withdrawn

    def unmatched_claims(self, article):
        """(claims with no sign-off in this review, claims whose sign-off row fails its hash)."""
        unsigned, forged = [], []
        fingerprints = ClaimFingerprints(disclosed_status(article))
        for claim in article.claims:
            content, content_hash, encoded_columns = fingerprints.checked_form(claim)
            sign_off = self.sign_offs.get((claim.block_id, content_hash))
            if sign_off is None:
                unsigned.append(claim)
            elif not self._row_is_intact(sign_off, content, encoded_columns):
                forged.append(claim)
        return unsigned, forged

    def _row_is_intact(self, sign_off, content, encoded_columns):
        intact = self._row_checked.get(sign_off.pk)
        if intact is None:
            intact = self._row_checked[sign_off.pk] = sign_off.row_is_intact(
                content, encoded_columns
            )
        return intact

    def approves_content_of(self, article):
        """Whether this review approved exactly what patients would read of `article`."""
        current = page_fingerprint(article)
        if self.review.content_hash == current:
            return True
        # Recorded before every patient-visible field was fingerprinted: confirm the fields it
        # did not cover against the revision that review approved.
        return self.review.content_hash == legacy_page_fingerprint(article) and (
            page_fingerprint(self.review.revision.as_object()) == current
        )

    def approves(self, article):
        """The whole rule, yes or no: current, this content, every claim signed and intact."""
        if article is self.confirmed_for:
            return True
        return (
            self.current
            and self.unmatched_claims(article) == ([], [])
            and self.approves_content_of(article)
        )


def latest_reviews(page_ids):
    """The latest completed review of each page, annotated; {page id: ReviewedVersion}."""
    same_page = ReviewedVersion.objects.filter(page_id=OuterRef("page_id"))
    latest = same_page.order_by("-pk").values("pk")[:1]
    last_full = (
        same_page.filter(full_review=True, pk__lte=OuterRef("pk"))
        .order_by("-pk")
        .values("completed_at")[:1]
    )
    reviews = (
        ReviewedVersion.objects.filter(page_id__in=page_ids, pk=Subquery(latest))
        .annotate(
            withdrawn=Exists(Withdrawal.objects.filter(reviewed_version=OuterRef("pk"))),
            last_full_review_at=Subquery(last_full),
        )
        .select_related("approved_by")
    )
    return {review.page_id: review for review in reviews}


def sign_offs_of(reviews):
    """The approvals recorded by each of `reviews`: {review pk: {(block, hash): SignOff}}."""
    reviews = list(reviews)
    by_review = {review.pk: {} for review in reviews}
    if not reviews:
        return by_review
    acts = reduce(
        or_,
        (Q(revision_id=r.revision_id, task_state_id=r.task_state_id) for r in reviews),
    )
    review_of_act = {(r.revision_id, r.task_state_id): r.pk for r in reviews}
    rows = (
        SignOff.objects.filter(acts, decision=Decision.APPROVED)
        .select_related("carried_over_from")
        .order_by("pk")
    )
    for sign_off in rows:
        review_pk = review_of_act[(sign_off.revision_id, sign_off.task_state_id)]
        by_review[review_pk][(sign_off.block_id, sign_off.content_hash)] = sign_off
    return by_review


def approvals_of(page_ids):
    """{page id: Approval} for every id given, approved or not."""
    reviews = latest_reviews(page_ids)
    sign_offs = sign_offs_of(reviews.values())
    approvals = {page_id: Approval() for page_id in page_ids}
    for page_id, review in reviews.items():
        approvals[page_id] = Approval(review, sign_offs[review.pk])
    return approvals


# The review's own columns, read alongside each of its sign-offs by `approval_of`.
_REVIEW_COLUMNS = (
    "pk",
    "page_id",
    "revision_id",
    "task_state_id",
    "content_hash",
    "full_review",
    "approved_by_id",
    "completed_at",
)


# From a sign-off to the review it was recorded in (the reviews of its revision).
_REVIEW = "revision__reviewed_versions"


# Columns most of a page's sign-offs hold alike (its claims cite the same studies, under one
# therapy status): `approval_of` decodes each distinct value once.
_SHARED_JSON = ("references", "therapy_status")


def _decode_shared_json(rows):
    decoded = {}
    for row in rows:
        for name in _SHARED_JSON:
            text = getattr(row, f"{name}_json")
            if text not in decoded:
                decoded[text] = None if text is None else json.loads(text)
            # Read-only, like every sign-off: the rows may share one decoded value.
            setattr(row, name, decoded[text])


def approval_of(page_id):
    """One page's approved state, in one query when it holds sign-offs (an article with claims).

    The serve-time check runs this on every uncached patient page: the approved sign-offs come
    with the latest review's columns beside each, instead of after a query for the review.
    The checks on one way to live read it once between them (`review/read_once.py`).
    """
    return kept(APPROVALS, page_id, lambda: _read_approval(page_id))


def _read_approval(page_id):
    # Each sign-off row meets the latest review through their revision: the review's columns
    # are that joined row's, rather than a subquery apiece (building and compiling those was
    # most of what this query cost).
    latest_pk = ReviewedVersion.objects.filter(page_id=page_id).order_by("-pk").values("pk")[:1]
    last_full = (
        ReviewedVersion.objects.filter(
            page_id=page_id, full_review=True, pk__lte=OuterRef(f"{_REVIEW}__pk")
        )
        .order_by("-pk")
        .values("completed_at")[:1]
    )
    rows = list(
        SignOff.objects.filter(
            decision=Decision.APPROVED,
            task_state_id=F(f"{_REVIEW}__task_state_id"),
            **{f"{_REVIEW}__pk": Subquery(latest_pk)},
        )
        .annotate(
            **{f"review_{name}": F(f"{_REVIEW}__{name}") for name in _REVIEW_COLUMNS},
            review_withdrawn=Exists(
                Withdrawal.objects.filter(reviewed_version=OuterRef(f"{_REVIEW}__pk"))
            ),
            review_last_full_review_at=Subquery(last_full),
        )
        # The trust block credits whoever signed a carried-over claim first.
        .with_carried_over_signer()
        .defer(*_SHARED_JSON)
        .annotate(**{f"{name}_json": Cast(name, TextField()) for name in _SHARED_JSON})
        .order_by("pk")
    )
    _decode_shared_json(rows)
    if not rows:
        # No approved sign-off (no review yet, or one of an article without claims).
        return approvals_of([page_id])[page_id]
    first = rows[0]
    review = ReviewedVersion(**{name: getattr(first, f"review_{name}") for name in _REVIEW_COLUMNS})
    review._state.adding = False
    review._state.db = first._state.db
    review.withdrawn = first.review_withdrawn
    review.last_full_review_at = first.review_last_full_review_at
    return Approval(review, {(row.block_id, row.content_hash): row for row in rows})


def approval_as_it_stood(page_id, revision_id):
    """The approval a revision had while it was live, for the audit's "as served" view."""
    review = (
        ReviewedVersion.objects.filter(page_id=page_id, revision_id=revision_id)
        .order_by("-pk")
        .first()
    )
    if review is None:
        return Approval()
    review.withdrawn = False  # it was current while this revision was live
    review.last_full_review_at = (
        ReviewedVersion.objects.filter(page_id=page_id, full_review=True, pk__lte=review.pk)
        .order_by("-pk")
        .values_list("completed_at", flat=True)
        .first()
    )
    return Approval(review, sign_offs_of([review])[review.pk])
