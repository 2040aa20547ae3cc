"""The short review history patients see under an article."""

import datetime
from dataclasses import dataclass

from audit.publications import publications
from review.models import Decision, SignOff
from review.selectors import Reviewer


@dataclass(frozen=True)
class PublicReview:
    reviewed_on: datetime.date
    reviewers: list
    revised_claims: int  # claims whose wording changed since the version before: a correction


def public_review_history(page):
    """Each medically reviewed version that went live, newest first, in two queries.

    A version counts as a correction when it changed the signed wording, references or
    therapy status of a claim that the version before it already had.
    """
    versions = publications(page.pk)
    # Rendered as a past version (the audit's "as served" view), the history stops where it
    # stood while that version was live.
    served = [i for i, v in enumerate(versions) if v.revision_id == page.live_revision_id]
    if served:
        versions = versions[: served[-1] + 1]
    rows = (
        SignOff.objects.for_page(page.pk)
        .filter(revision_id__in=[v.revision_id for v in versions], decision=Decision.APPROVED)
        .order_by("pk")
        .values_list(
            "revision_id",
            "block_id",
            "content_hash",
            "signer_id",
            "signer_name",
            "signer_credentials",
            "signed_at",
        )
    )
    by_revision = {}
    for revision_id, block_id, content_hash, signer_id, name, credentials, signed_at in rows:
        entry = by_revision.setdefault(revision_id, {"claims": {}, "reviewers": {}, "at": []})
        entry["claims"][block_id] = content_hash
        entry["reviewers"].setdefault(signer_id, Reviewer(name, credentials))
        entry["at"].append(signed_at)

    history, previous_claims = [], {}
    for version in versions:
        # A version put back live after an unpublish was reviewed once, not twice.
        entry = by_revision.pop(version.revision_id, None)
        if entry is None:
            continue
        revised = sum(
            1
            for block_id, content_hash in entry["claims"].items()
            if block_id in previous_claims and previous_claims[block_id] != content_hash
        )
        history.append(
            PublicReview(
                reviewed_on=max(entry["at"]).date(),
                reviewers=list(entry["reviewers"].values()),
                revised_claims=revised,
            )
        )
        previous_claims = entry["claims"]
    history.reverse()
    return history
