from django.conf import settings
from django.db import models

from review import clock
from review.models.signoffs import AppendOnlyError, AppendOnlyQuerySet


class Withdrawal(models.Model):
    """An article taken away from patients: who did it, why, and which approval it ended.

    A completed review approves one version; taking the article down ends that approval, so the
    article comes back only through a new review. Append-only, like the sign-offs.
    """

    class Route(models.TextChoices):
        WITHDRAW_SCREEN = "withdraw_screen", "Withdrawn from patients"
        SCHEDULED_EXPIRY = "scheduled_expiry", "Scheduled expiry"
        CODE = "code", "Unpublished from code"

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.PROTECT, related_name="+")
    reviewed_version = models.ForeignKey(
        "review.ReviewedVersion",
        null=True,
        on_delete=models.PROTECT,
        related_name="withdrawals",
        help_text="The approved state this withdrawal ended.",
    )
    route = models.CharField(max_length=20, choices=Route.choices)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="Who withdrew it, or for a scheduled expiry who set the expiry.",
    )
    reason = models.TextField()
    withdrawn_at = models.DateTimeField(help_text="The database server's time (UTC).")

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        ordering = ["withdrawn_at", "pk"]

    def __str__(self):
        return f"{self.get_route_display()} on {self.withdrawn_at:%Y-%m-%d}: {self.reason}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError("Withdrawal records cannot be changed.")
        self.withdrawn_at = self.withdrawn_at or clock.database_now()
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Withdrawal records cannot be deleted.")
