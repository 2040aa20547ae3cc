from simple_history.models import HistoricalRecords

from django.db import models

from wagtail.admin.panels import FieldPanel, FieldRowPanel

from pages.choices import RegulatoryStatus


def _in_sentence(phrase):
    """“Treatment-resistant depression” reads as “treatment-resistant depression” mid-sentence,
    while acronyms and names (“TMS”, “Spravato”) keep their capitals."""
    first_word = phrase.split(" ", 1)[0]
    if first_word[:1].isupper() and first_word[1:].islower():
        return phrase[0].lower() + phrase[1:]
    return phrase


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

    superseded_on = models.DateField(
        null=True,
        editable=False,
        help_text="When a newer status for this use replaced it (set by the review lifecycle).",
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
            # A superseded status stays (its sign-offs cite it); one current status per use.
            models.UniqueConstraint(
                fields=["therapy", "route", "indication"],
                condition=models.Q(superseded_on__isnull=True),
                name="one_current_status_per_therapy_use",
            )
        ]

    def __str__(self):
        return f"{self.therapy}, {self.route}, for {self.indication}: {self.get_status_display()}"

    @property
    def disclosure(self):
        verb = "cleared" if self.is_device else "approved"
        therapy = f"{self.therapy}, given by {_in_sentence(self.route)},"
        indication = _in_sentence(self.indication)
        if self.status == RegulatoryStatus.APPROVED:
            text = (
                f"{therapy} is {verb} by the US Food and Drug Administration (FDA) for "
                f"{indication}."
            )
        elif self.status == RegulatoryStatus.OFF_LABEL:
            text = (
                f"{therapy} is {verb} by the US Food and Drug Administration (FDA) for other "
                f"uses, but not for {indication}. Using it for this is called “off-label” use. "
                "Doctors may do this when they judge it right for a patient."
            )
        else:
            text = (
                f"{therapy} is not {verb} by the US Food and Drug Administration (FDA) for "
                f"{indication}."
            )
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
