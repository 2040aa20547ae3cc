from django import forms
from django.conf import settings
from django.db import models

from wagtail.admin.panels import FieldPanel, FieldRowPanel

from lifecycle.models.records import RecordOnFile
from review import clock
from review.models import SignOff


class EvidenceEvent(RecordOnFile):
    """Something that happened to a cited study: a retraction, a correction or a concern.

    Recorded by Compliance; it opens an urgent review of every live article citing the study,
    and a retraction hides each claim resting only on retracted studies until it is signed
    again (docs/review-lifecycle.md).
    """

    class Kind(models.TextChoices):
        RETRACTED = "retracted", "Retracted"
        CORRECTED = "corrected", "Corrected"
        EXPRESSION_OF_CONCERN = "concern", "Expression of concern"

    reference = models.ForeignKey(
        "pages.Reference", on_delete=models.PROTECT, related_name="evidence_events"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    occurred_on = models.DateField(help_text="The date the journal or publisher announced it.")
    source_url = models.URLField(
        "source",
        max_length=500,
        help_text="The notice itself, e.g. the retraction notice's DOI link.",
    )
    note = models.TextField(blank=True, help_text="What changed, in a sentence or two.")
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(editable=False)
    # The newest sign-off when the event was recorded: a claim signed after it was decided
    # with the event known. Ids order the ledger without trusting two clocks to agree.
    last_sign_off_before = models.BigIntegerField(default=0, editable=False)
    # Compliance and the directors are emailed once per event, however often the job runs.
    notified_at = models.DateTimeField(null=True, editable=False)

    panels = [
        # A plain list, not Wagtail's chooser: the chooser starts from an inline script, which
        # the admin's Content-Security-Policy refuses on this screen (cms/settings/base.py).
        FieldPanel("reference", widget=forms.Select),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("occurred_on")]),
        FieldPanel("source_url"),
        FieldPanel("note"),
    ]

    class Meta:
        ordering = ["-recorded_at", "-pk"]

    def __str__(self):
        return (
            f"{self.get_kind_display()}: {self.reference.short_label} ({self.occurred_on:%Y-%m-%d})"
        )

    def save(self, *args, **kwargs):
        if self._state.adding:
            self.recorded_at = self.recorded_at or clock.database_now()
            newest = SignOff.objects.order_by("-pk").values_list("pk", flat=True).first()
            self.last_sign_off_before = newest or 0
        super().save(*args, **kwargs)

    @property
    def hides_claims(self):
        return self.kind == self.Kind.RETRACTED


class StatusSupersession(RecordOnFile):
    """A therapy's regulatory status replaced by a new one (for example a new FDA approval).

    Every article using the old status gets a new version with the new one, under review; the
    new disclosure reaches patients only when that review completes.
    """

    old_status = models.OneToOneField(
        "pages.TherapyStatus", on_delete=models.PROTECT, related_name="superseded_by"
    )
    new_status = models.ForeignKey(
        "pages.TherapyStatus", on_delete=models.PROTECT, related_name="supersedes"
    )
    reason = models.TextField(help_text="What changed, with the source (e.g. the FDA's notice).")
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("old_status", widget=forms.Select),
        FieldPanel("new_status", widget=forms.Select),
        FieldPanel("reason"),
    ]

    class Meta:
        ordering = ["-recorded_at", "-pk"]

    def __str__(self):
        return f"{self.old_status} superseded by {self.new_status}"
