from django.conf import settings
from django.db import models
from django.utils import timezone


class ComplianceAcknowledgement(models.Model):
    """A writer's reason for keeping wording that a compliance warning flagged, in one revision.

    The medical director reads it beside the warning on the review screen.
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.PROTECT, related_name="+")
    revision = models.ForeignKey(
        "wagtailcore.Revision", on_delete=models.PROTECT, related_name="compliance_acknowledgements"
    )
    rule_id = models.CharField(max_length=64)
    block_id = models.CharField(max_length=64, blank=True, help_text="Blank: the whole article.")
    block_label = models.CharField(max_length=255, help_text="Where the writer saw it.")
    excerpt = models.TextField(blank=True, help_text="The flagged words, as they stood.")
    message = models.TextField(help_text="What the check told the writer.")
    reason = models.TextField(help_text="Why the writer kept it.")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="compliance_acknowledgements",
    )
    acknowledged_at = models.DateTimeField(default=timezone.now)

    class Meta:
        # Created while this model lived in the review app; the table keeps its name.
        db_table = "review_complianceacknowledgement"
        ordering = ["acknowledged_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["revision", "rule_id", "block_id"], name="one_acknowledgement_per_warning"
            )
        ]

    def __str__(self):
        return f"{self.rule_id} in {self.block_label}: {self.reason}"

    @property
    def key(self):
        return (self.rule_id, self.block_id or None)
