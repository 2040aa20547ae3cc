from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils import timezone

from consultations import limits
from consultations.fields import EncryptedTextField


class Status(models.TextChoices):
    NEW = "new", "New"
    CONTACTED = "contacted", "Contacted"
    BOOKED = "booked", "Booked"
    CLOSED = "closed", "Closed"


class TimeOfDay(models.TextChoices):
    ANY = "any", "Any time"
    MORNING = "morning", "Morning"
    AFTERNOON = "afternoon", "Afternoon"
    EVENING = "evening", "Evening"


class ConsultationRequestQuerySet(models.QuerySet):
    def past_retention(self, now=None):
        """Closed requests whose retention period has ended."""
        now = now or timezone.now()
        cutoff = now - timezone.timedelta(days=settings.CONSULTATIONS_RETENTION_DAYS)
        return self.filter(status=Status.CLOSED, closed_at__lte=cutoff)


class ConsultationRequest(models.Model):
    """A patient's request to be contacted. Everything that identifies them, or says what
    they are being treated for, is encrypted at rest (docs/consultation-requests.md)."""

    received_at = models.DateTimeField(default=timezone.now, db_index=True)
    name = EncryptedTextField()
    email = EncryptedTextField(blank=True)
    phone = EncryptedTextField(blank=True)
    treatment = EncryptedTextField(blank=True)
    message = EncryptedTextField(blank=True)
    preferred_location = models.CharField(max_length=limits.LOCATION_MAX, blank=True)
    time_of_day = models.CharField(max_length=10, choices=TimeOfDay.choices, default=TimeOfDay.ANY)
    consented_at = models.DateTimeField()

    status = models.CharField(max_length=10, choices=Status.choices, default=Status.NEW)
    closed_at = models.DateTimeField(null=True, blank=True, db_index=True)
    notes = EncryptedTextField(blank=True, validators=[MaxLengthValidator(limits.NOTES_MAX)])
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = ConsultationRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at"]
        # Nobody gets Django's model permissions on this: Intake membership is the only key
        # (consultations.roles).
        default_permissions = ()

    def __str__(self):
        # Never the patient's name: this string can reach logs and admin messages.
        return f"Consultation request #{self.pk}"

    @property
    def reference(self):
        return f"#{self.pk}"


class Access(models.TextChoices):
    VIEWED = "viewed", "Viewed"
    UPDATED = "updated", "Updated"
    EXPORTED = "exported", "Exported to CSV"
    DELETED = "deleted", "Deleted on request"
    EXPIRED = "expired", "Deleted after the retention period"


class AccessRecord(models.Model):
    """Who read or changed a request, when. Append-only; outlives the request it names."""

    at = models.DateTimeField(default=timezone.now, db_index=True)
    # Null only for the retention job, which no person runs.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    action = models.CharField(max_length=10, choices=Access.choices)
    # The request's number, not a foreign key: the record stays when the request is deleted.
    request_number = models.PositiveBigIntegerField(null=True)
    count = models.PositiveIntegerField(default=1)
    reason = models.CharField(max_length=limits.REASON_MAX, blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        default_permissions = ()

    def __str__(self):
        return f"{self.get_action_display()} at {self.at:%Y-%m-%d %H:%M}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("Access records are never changed.")
        return super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("Access records are never deleted.")
