"""What each article's history says about the library claims it shows."""

from django.utils.html import strip_tags

from wagtail.log_actions import log

from library import log_actions


def plain(statement):
    return strip_tags(statement).strip()


def record_version_shown(article, approval, user=None):
    """Patients of `article` now read the library version `approval` signed, and who signed it."""
    signature = approval.carried_over_from or approval
    log(
        instance=article,
        action=log_actions.VERSION_SHOWN,
        user=user,
        data={
            "library_claim": approval.block_id,
            "sign_off": approval.pk,
            "library_revision": approval.revision_id,
            "statement": approval.statement,
            "statement_text": plain(approval.statement),
            "signer_name": signature.signer_name,
            "signed_on": f"{signature.signed_at:%Y-%m-%d}",
        },
    )


def record_withdrawal(instance, withdrawal, user):
    log(
        instance=instance,
        action=log_actions.WITHDRAWN,
        user=user,
        data={
            "library_claim": str(withdrawal.claim.identity),
            "withdrawal": withdrawal.pk,
            "sign_off": withdrawal.sign_off_id,
            "statement_text": plain(withdrawal.sign_off.statement),
            "withdrawn_by": user.get_full_name() or user.get_username(),
            "reason": withdrawal.reason,
        },
    )
