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
    # Statements of medical fact compared with the version before (none for the first one).
    added_claims: int = 0
    changed_claims: int = 0
    removed_claims: int = 0

    @property
    def changed_statements(self):
        return self.added_claims + self.changed_claims + self.removed_claims

    @property
    def changes(self):
        """What this update did to the statements, in words: "added 1 and changed 2"."""
        counts = (
            ("added", self.added_claims),
            ("changed", self.changed_claims),
            ("removed", self.removed_claims),
        )
        parts = [f"{verb} {count}" for verb, count in counts if count]
        return " and ".join([", ".join(parts[:-1]), parts[-1]] if len(parts) > 2 else parts)


def public_review_history(page):
    """Each medically reviewed version that went live, newest first, in two queries.

    Each update says how many statements of medical fact it added, changed (signed wording,
    references or therapy status) and removed, compared with the version before it.
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
        claims = entry["claims"]
        first = not history
        history.append(
            PublicReview(
                reviewed_on=max(entry["at"]).date(),
                reviewers=list(entry["reviewers"].values()),
                added_claims=0 if first else len(claims.keys() - previous_claims.keys()),
                changed_claims=sum(
                    1
                    for block_id, content_hash in claims.items()
                    if block_id in previous_claims and previous_claims[block_id] != content_hash
                ),
                removed_claims=len(previous_claims.keys() - claims.keys()),
            )
        )
        previous_claims = entry["claims"]
    history.reverse()
    return history
