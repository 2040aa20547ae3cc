"""The row guard: a library claim's row goes live only holding its approved, signed version.

Wagtail writes the row when a version is published (the review's completion, but also the
snippet editor's Publish, `revision.publish()` and code); drafts are revisions and leave the
row alone. Connected from `LibraryConfig.ready`.
"""

from django.db.models.signals import pre_save

from library.approved import current_approvals
from library.errors import UnsignedLibraryClaimError

# Whether the claim is live and what it says decide what patients read.
_WATCHED = {
    "live",
    "statement",
    "claim_type",
    "references",
    "therapy_status",
    "therapy_status_id",
    "identity",
}


def refuse_unsigned_live_claim(sender, instance, update_fields=None, raw=False, **kwargs):
    # Rows loaded raw (loaddata) are checked when patients are served (library/approved.py).
    if raw or not instance.live:
        return
    if update_fields is not None and not _WATCHED.intersection(update_fields):
        return
    approval = current_approvals([instance.identity]).get(str(instance.identity))
    if approval is None or approval.content_hash != instance.content_hash:
        raise UnsignedLibraryClaimError()


def connect():
    pre_save.connect(
        refuse_unsigned_live_claim,
        sender="library.LibraryClaim",
        dispatch_uid="claimcheck_library_refuse_unsigned_live_claim",
    )
