"""What patients and staff see of an article, to show that a refused publish changed nothing."""

import json
from dataclasses import dataclass

from wagtail.models import PageLogEntry, WorkflowState

from pages.models import TreatmentArticlePage


@dataclass(frozen=True)
class Snapshot:
    """What patients and staff see of an article: all of it must survive a refused publish."""

    live: bool
    live_revision_id: int | None
    title: str
    body: str
    has_unpublished_changes: bool
    workflow_states: tuple
    log_entries: int


def snapshot(article):
    row = TreatmentArticlePage.objects.get(pk=article.pk)
    return Snapshot(
        live=row.live,
        live_revision_id=row.live_revision_id,
        title=row.title,
        body=json.dumps(row.body.get_prep_value(), sort_keys=True),
        has_unpublished_changes=row.has_unpublished_changes,
        workflow_states=tuple(
            WorkflowState.objects.filter(object_id=str(article.pk))
            .order_by("pk")
            .values_list("pk", "status")
        ),
        log_entries=PageLogEntry.objects.filter(page_id=article.pk).count(),
    )
