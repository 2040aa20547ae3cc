from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from wagtail.admin.panels import FieldPanel

from lifecycle.models.records import RecordOnFile


class ReviewExtension(RecordOnFile):
    """Compliance's dated decision to keep an overdue article live past its grace period."""

    page = models.ForeignKey(
        "pages.TreatmentArticlePage", on_delete=models.PROTECT, related_name="review_extensions"
    )
    extended_until = models.DateField(help_text="The article stays live until this date.")
    reason = models.TextField(help_text="Why the article may stay live while its review is late.")
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("page", widget=forms.Select),  # no chooser: see EvidenceEvent.panels
        FieldPanel("extended_until"),
        FieldPanel("reason"),
    ]

    class Meta:
        ordering = ["-extended_until", "-pk"]

    def __str__(self):
        return f"{self.page} extended until {self.extended_until:%Y-%m-%d}"

    def clean(self):
        super().clean()
        if not (self.reason or "").strip():
            raise ValidationError({"reason": "Say why the article may stay live."})
        if self.extended_until and self.extended_until <= timezone.localdate():
            raise ValidationError({"extended_until": "An extension runs to a date after today."})
