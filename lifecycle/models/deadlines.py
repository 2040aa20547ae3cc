from django.conf import settings
from django.db import models

from wagtail.models import TaskState


class ReviewKind(models.TextChoices):
    SUBMITTED = "submitted", "Submitted by a writer"
    PERIODIC = "periodic", "Periodic re-review"
    EVIDENCE = "evidence", "Cited evidence changed"
    REGULATORY = "regulatory", "Regulatory status changed"
    LIBRARY = "library", "A library claim it shows was withdrawn"


class DeadlineQuerySet(models.QuerySet):
    def open(self):
        return self.filter(task_state__status=TaskState.STATUS_IN_PROGRESS)


class ReviewDeadline(models.Model):
    """When one medical review (a task state of the Medical review workflow) is due.

    Any director may take a review; "taken by" only tells the others someone has started it.
    The reminder and escalation stamps make each email go once, however often the jobs run.
    """

    task_state = models.OneToOneField(
        "wagtailcore.TaskState", on_delete=models.CASCADE, related_name="lifecycle_deadline"
    )
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    due_on = models.DateField()
    urgent = models.BooleanField(default=False)
    taken_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    taken_at = models.DateTimeField(null=True)
    reminded_day_before_at = models.DateTimeField(null=True)
    reminded_on_the_day_at = models.DateTimeField(null=True)
    escalated_at = models.DateTimeField(null=True)

    objects = DeadlineQuerySet.as_manager()

    class Meta:
        ordering = ["due_on", "pk"]

    def __str__(self):
        return f"Review of page {self.page_id} due {self.due_on:%Y-%m-%d}"


class ReviewTrigger(models.Model):
    """Why a review was opened: a schedule, a changed study or a changed regulatory status.

    One row per article per event, so a job that runs again finds the event already acted on;
    a periodic cause is one row per review opened for a due date (a review completed without
    deciding every claim leaves the article due, and the next run opens another).
    The review screen shows these to the director.
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    task_state = models.ForeignKey(
        "wagtailcore.TaskState", on_delete=models.CASCADE, related_name="lifecycle_triggers"
    )
    kind = models.CharField(max_length=20, choices=ReviewKind.choices)
    # Periodic: the "next review due" date this review was opened for.
    review_due_on = models.DateField(null=True)
    evidence_event = models.ForeignKey(
        "lifecycle.EvidenceEvent", null=True, on_delete=models.PROTECT, related_name="triggers"
    )
    supersession = models.ForeignKey(
        "lifecycle.StatusSupersession",
        null=True,
        on_delete=models.PROTECT,
        related_name="triggers",
    )
    opened_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["opened_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["page", "review_due_on", "task_state"],
                condition=models.Q(kind="periodic"),
                name="one_periodic_trigger_per_review",
            ),
            models.UniqueConstraint(
                fields=["page", "evidence_event"],
                condition=models.Q(evidence_event__isnull=False),
                name="one_review_per_evidence_event",
            ),
            models.UniqueConstraint(
                fields=["page", "supersession"],
                condition=models.Q(supersession__isnull=False),
                name="one_review_per_supersession",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} (page {self.page_id})"
