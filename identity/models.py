"""Appointments of signers: requests and the confirmations and removals that follow. Append-only.

A medical director may sign only once someone in Compliance, other than whoever asked, has
confirmed both their place in Medical directors and their licence details as they now stand
(docs/signer-identity.md, "Appointment").
"""

from django.conf import settings
from django.db import models
from django.utils import timezone


class AppendOnlyError(Exception):
    """Raised when code tries to change or remove an appointment record."""


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError("Appointment records cannot be changed.")

    def delete(self):
        raise AppendOnlyError("Appointment records cannot be deleted.")


class AppendOnlyModel(models.Model):
    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.pk is not None or not self._state.adding:
            raise AppendOnlyError("Appointment records cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Appointment records cannot be deleted.")


class AppointmentKind(models.TextChoices):
    ROLE = "role", "Joins Medical directors"
    LICENCE = "licence", "Licence details"


class AppointmentRequest(AppendOnlyModel):
    """Someone (or some code) asked that `appointee` sign, or that their licence read so."""

    appointee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="appointment_requests"
    )
    kind = models.CharField(max_length=10, choices=AppointmentKind.choices)
    details = models.JSONField(
        default=dict, blank=True, help_text="For licence requests, the details to be confirmed."
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="Empty when the change came from code or the shell rather than a person.",
    )
    requested_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["requested_at", "pk"]

    def __str__(self):
        return f"{self.get_kind_display()} for {self.appointee} ({self.requested_at:%Y-%m-%d})"

    @property
    def confirmed(self):
        return hasattr(self, "confirmation")


class AppointmentConfirmation(AppendOnlyModel):
    """A second person, in Compliance, confirmed the request."""

    request = models.OneToOneField(
        AppointmentRequest, on_delete=models.PROTECT, related_name="confirmation"
    )
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    confirmed_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"Confirmed by {self.confirmed_by} at {self.confirmed_at:%Y-%m-%d %H:%M}"


class AppointmentRemoval(AppendOnlyModel):
    """The appointee left Medical directors; any later return needs a new confirmed request."""

    appointee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="appointment_removals"
    )
    removed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    removed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["removed_at", "pk"]

    def __str__(self):
        return f"{self.appointee} left Medical directors ({self.removed_at:%Y-%m-%d})"
