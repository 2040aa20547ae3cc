"""Writers' reasons for keeping flagged wording: recorded per revision, read on review."""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from compliance.models import ComplianceAcknowledgement
from compliance.report import CheckItem
from compliance.submission import check_saved
from pages.models import TreatmentArticlePage


@transaction.atomic
def record_acknowledgements(*, page, revision, user, check):
    """Store the reasons `check` carries against `revision`; a later reason replaces one given
    for the same warning in the same revision."""
    recorded = []
    for item in check.warnings:
        reason = check.reasons.get(item.key)
        if reason is None:
            continue
        acknowledgement, _ = ComplianceAcknowledgement.objects.update_or_create(
            revision=revision,
            rule_id=item.rule_id,
            block_id=item.block_id or "",
            defaults={
                "page": page,
                "block_label": item.label,
                "excerpt": item.excerpt,
                "message": item.message,
                "reason": reason,
                "user": user,
                "acknowledged_at": timezone.now(),
            },
        )
        recorded.append(acknowledgement)
    return recorded


def earlier_reasons(page_id, items):
    """Reasons the writer already gave on this page for the same warning on the same words, so
    they need not be typed again after every save."""
    if page_id is None:
        return {}
    wanted = {(item.rule_id, item.block_id or "", item.excerpt): item.key for item in items}
    reasons = {}
    for acknowledgement in ComplianceAcknowledgement.objects.filter(
        page_id=page_id, rule_id__in={item.rule_id for item in items}
    ).order_by("acknowledged_at", "pk"):
        key = wanted.get(
            (acknowledgement.rule_id, acknowledgement.block_id, acknowledgement.excerpt)
        )
        if key is not None:
            reasons[key] = acknowledgement.reason  # the latest wins
    return reasons


@dataclass(frozen=True)
class ReviewedFinding:
    item: CheckItem
    acknowledgement: ComplianceAcknowledgement | None


def compliance_of_revision(revision, content=None):
    """The checks on a submitted revision, each warning with the writer's acknowledgement.

    `content` is the revision as a page, when the caller already has it."""
    content = content or revision.as_object()
    if not isinstance(content, TreatmentArticlePage):
        return []  # the checker's rules are written for articles' claims and sections
    check = check_saved(content, today=timezone.localdate(revision.created_at))
    acknowledgements = {
        ack.key: ack
        for ack in ComplianceAcknowledgement.objects.filter(revision=revision).select_related(
            "user"
        )
    }
    return [ReviewedFinding(item, acknowledgements.get(item.key)) for item in check.items]
