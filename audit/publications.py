"""Every version of an article that went live: when, for how long, through which review."""

import datetime
import json
from dataclasses import dataclass, field

from wagtail.models import PageLogEntry, Revision, TaskState

from pages import body_builder
from review.log_actions import WITHDRAWN
from review.models import Decision, SignOff

PUBLISH, UNPUBLISH = "wagtail.publish", "wagtail.unpublish"
# What each log action that takes a page down says about the version it ended.
ENDINGS = {PUBLISH: "replaced", UNPUBLISH: "unpublished", WITHDRAWN: "withdrawn"}


@dataclass
class PublishedVersion:
    number: int  # 1 for the first version that went live
    revision_id: int
    published_at: datetime.datetime
    live_until: datetime.datetime | None = None  # None while it is still live
    ended_by: str = ""
    previous_revision_id: int | None = None
    review: TaskState | None = None
    sign_offs: list = field(default_factory=list)

    def was_live_during(self, start, end):
        return self.published_at < end and (self.live_until is None or self.live_until > start)


def publications(page_id):
    """Every publish of the page, oldest first, each ended by the next publish or withdrawal.

    One query over the log, reading only a few columns: cheap even for a page published often.
    """
    events = (
        PageLogEntry.objects.filter(page_id=page_id, action__in=list(ENDINGS))
        .order_by("timestamp", "pk")
        .values_list("action", "timestamp", "revision_id")
    )
    versions = []
    for action, timestamp, revision_id in events:
        current = versions[-1] if versions else None
        if current and current.live_until is None:
            current.live_until = timestamp
            current.ended_by = ENDINGS[action]
        if action == PUBLISH:
            versions.append(
                PublishedVersion(
                    number=len(versions) + 1,
                    revision_id=revision_id,
                    published_at=timestamp,
                    previous_revision_id=current.revision_id if current else None,
                )
            )
    return versions


def _reading_order(revision_ids):
    """{revision id: {claim block id: its place in the article}}, from the stored revisions."""
    order = {}
    for revision_id, content in Revision.objects.filter(pk__in=revision_ids).values_list(
        "pk", "content"
    ):
        body = content.get("body") or "[]"
        claims = body_builder.raw_claims(json.loads(body) if isinstance(body, str) else body)
        order[revision_id] = {claim["id"]: place for place, claim in enumerate(claims)}
    return order


def attach_reviews_and_sign_offs(page_id, versions):
    """Fill in the review and approvals of each version, in three queries whatever their number.

    Each version's sign-offs are listed in the order its claims read on the page.
    """
    revision_ids = [version.revision_id for version in versions]
    reviews = {
        task_state.revision_id: task_state
        for task_state in TaskState.objects.filter(
            revision_id__in=revision_ids, status=TaskState.STATUS_APPROVED
        ).select_related("workflow_state__requested_by", "finished_by")
    }
    sign_offs = {}
    approvals = SignOff.objects.filter(
        page_id=page_id, revision_id__in=revision_ids, decision=Decision.APPROVED
    ).select_related("carried_over_from")
    for sign_off in approvals.order_by("pk"):
        sign_offs.setdefault(sign_off.revision_id, []).append(sign_off)
    order = _reading_order(revision_ids)
    for version in versions:
        version.review = reviews.get(version.revision_id)
        places = order.get(version.revision_id, {})
        version.sign_offs = sorted(
            sign_offs.get(version.revision_id, []),
            key=lambda sign_off: places.get(sign_off.block_id, len(places)),
        )
    return versions


def versions_live_on(page_id, day):
    """The versions patients could read at any time on `day` (a UTC calendar day)."""
    start = datetime.datetime.combine(day, datetime.time.min, tzinfo=datetime.UTC)
    end = start + datetime.timedelta(days=1)
    live = [v for v in publications(page_id) if v.was_live_during(start, end)]
    return attach_reviews_and_sign_offs(page_id, live)


def published_version(page_id, revision_id):
    """The publication of `revision_id` (its latest, if it went live more than once), or None."""
    matches = [v for v in publications(page_id) if v.revision_id == revision_id]
    if not matches:
        return None
    return attach_reviews_and_sign_offs(page_id, matches[-1:])[0]
