from simple_history.models import HistoricalRecords

from django.db import models

from wagtail.admin.panels import FieldPanel, FieldRowPanel

from pages.choices import RegulatoryStatus


class TherapyStatus(models.Model):
    """The regulatory status of one therapy, by one route, for one indication.

    Articles show the disclosure generated here; writers never type it.
    """

    therapy = models.CharField(max_length=120, help_text="e.g. “Esketamine (Spravato)”")
    route = models.CharField(max_length=120, help_text="e.g. “nasal spray”")
    indication = models.CharField(max_length=200, help_text="e.g. “treatment-resistant depression”")
    status = models.CharField(max_length=20, choices=RegulatoryStatus.choices)
    is_device = models.BooleanField(
        default=False,
        help_text="Devices are “cleared” by the FDA rather than “approved”.",
    )
    restrictions = models.TextField(
        blank=True,
        help_text="Programme restrictions patients should know, in plain words.",
    )

    history = HistoricalRecords()

    panels = [
        FieldRowPanel([FieldPanel("therapy"), FieldPanel("route")]),
        FieldPanel("indication"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("is_device")]),
        FieldPanel("restrictions"),
    ]

    class Meta:
        verbose_name_plural = "therapy statuses"
        ordering = ["therapy", "route", "indication"]
        constraints = [
            models.UniqueConstraint(
                fields=["therapy", "route", "indication"], name="one_status_per_therapy_use"
            )
        ]

    def __str__(self):
        return f"{self.therapy}, {self.route}, for {self.indication}: {self.get_status_display()}"

    @property
    def disclosure(self):
        verb = "cleared" if self.is_device else "approved"
        if self.status == RegulatoryStatus.APPROVED:
            text = (
                f"{self.therapy} ({self.route}) is {verb} by the US Food and Drug "
                f"Administration (FDA) for {self.indication}."
            )
        elif self.status == RegulatoryStatus.OFF_LABEL:
            text = (
                f"{self.therapy} ({self.route}) is {verb} by the FDA for other uses, but not "
                f"for {self.indication}. Using it for {self.indication} is called “off-label” "
                "use. Doctors may do this when they judge it right for a patient."
            )
        else:
            text = f"{self.therapy} ({self.route}) is not {verb} by the FDA for {self.indication}."
        if self.restrictions:
            text = f"{text} {self.restrictions}"
        return text

    def canonical(self):
        return {
            "id": self.pk,
            "therapy": self.therapy,
            "route": self.route,
            "indication": self.indication,
            "status": self.status,
            "is_device": self.is_device,
            "restrictions": self.restrictions,
        }
