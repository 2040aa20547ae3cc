from django.conf import settings
from django.db import models

from review import clock
from review.models.signoffs import AppendOnlyError, AppendOnlyQuerySet


class ReviewedVersion(models.Model):
    """The whole patient-visible content of one version, as a completed medical review approved it.

    Claims are signed one by one; this record covers everything around them (title, summary,
    plain text, headings, FAQs), so no unreviewed sentence goes live beside signed claims.
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.PROTECT, related_name="+")
    revision = models.ForeignKey(
        "wagtailcore.Revision", on_delete=models.PROTECT, related_name="reviewed_versions"
    )
    task_state = models.ForeignKey(
        "wagtailcore.TaskState", null=True, on_delete=models.PROTECT, related_name="+"
    )
    content_hash = models.CharField(max_length=64)
    full_review = models.BooleanField(
        help_text="Every claim was decided in this review; none was carried over."
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    completed_at = models.DateTimeField(help_text="The database server's time (UTC).")

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        ordering = ["completed_at", "pk"]
        indexes = [models.Index(fields=["page", "content_hash"])]

    def __str__(self):
        return f"Review of revision {self.revision_id} completed {self.completed_at:%Y-%m-%d}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError("Review records cannot be changed.")
        self.completed_at = self.completed_at or clock.database_now()
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Review records cannot be deleted.")
