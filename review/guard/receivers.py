"""Model signals that hold the rule below the admin: for code, commands and the ORM.

Connected from `ReviewConfig.ready` to every page type patients read.
"""

from django.db.models.signals import post_save, pre_save

from wagtail.images import get_image_model
from wagtail.signals import page_unpublished

from pages.models import reviewed_page_types
from review.guard.errors import SignedRevisionError
from review.guard.rule import assert_live_row_allowed
from review.media import record_image_fingerprint
from review.models import SignOff, Withdrawal
from review.withdrawal import end_approval

# Scheduling a signed revision touches only this field; anything else would rewrite it.
_SCHEDULING_FIELDS = {"approved_go_live_at"}
# Whether the page is live, and which page an alias follows (whose sign-offs apply), decide
# what patients read as much as the content fields do.
# Which revision is live matters too: only the approved revision itself may be.
_LIVE_STATE_FIELDS = {"live", "alias_of", "alias_of_id", "live_revision", "live_revision_id"}


def _changes_what_patients_read(article, update_fields):
    if update_fields is None:
        return True
    watched = _LIVE_STATE_FIELDS | set(article.patient_visible_fields)
    watched |= {article._meta.get_field(name).attname for name in article.patient_visible_fields}
    return bool(watched.intersection(update_fields))


def refuse_unsigned_live_content(sender, instance, update_fields=None, raw=False, **kwargs):
    # A raw save is Django loading serialized rows (loaddata, a test database's restore): a
    # page's row arrives before its parent's fields and its approvals, so the rule cannot be
    # read yet. What such rows show patients is checked when they are served and listed.
    if raw:
        return
    if not instance.live or not _changes_what_patients_read(instance, update_fields):
        return
    assert_live_row_allowed(instance)


def record_every_unpublishing(sender, instance, **kwargs):
    # Withdrawal, expiry and page.unpublish() record who and why before unpublishing; any
    # other route (UnpublishPageAction used directly, say) still ends the approval, on record.
    end_approval(
        page=instance,
        route=Withdrawal.Route.CODE,
        user=None,
        reason="Unpublished from code without the withdraw screen; no reason was given.",
    )


def refuse_rewriting_signed_revision(sender, instance, update_fields=None, **kwargs):
    # Wagtail's autosave rewrites the latest revision in place (save_revision's
    # overwrite_revision); a signature must keep pointing at the words that were signed.
    if instance._state.adding or instance.pk is None:
        return
    if update_fields is not None and set(update_fields) <= _SCHEDULING_FIELDS:
        return
    if SignOff.objects.filter(revision_id=instance.pk).exists():
        raise SignedRevisionError(instance.pk)


def connect():
    for page_type in reviewed_page_types():
        label = page_type._meta.label
        page_unpublished.connect(
            record_every_unpublishing,
            sender=page_type,
            dispatch_uid=f"claimcheck_record_every_unpublishing:{label}",
        )
        pre_save.connect(
            refuse_unsigned_live_content,
            sender=page_type,
            dispatch_uid=f"claimcheck_refuse_unsigned_live_content:{label}",
        )
    post_save.connect(
        record_image_fingerprint,
        sender=get_image_model(),
        dispatch_uid="claimcheck_record_image_fingerprint",
    )
    pre_save.connect(
        refuse_rewriting_signed_revision,
        sender="wagtailcore.Revision",
        dispatch_uid="claimcheck_refuse_rewriting_signed_revision",
    )
