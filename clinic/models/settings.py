from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


class CrisisLine(models.TextChoices):
    """Where patients in crisis can get help now, written once by us for each country.

    A choice, not free text: it is on every page patients read, outside any medical review,
    so nothing a Site admin types can reach patients through it.
    """

    US = (
        "us",
        (
            "In an emergency call 911. If you are thinking about suicide, call or text 988 "
            "(Suicide & Crisis Lifeline, US), at any time."
        ),
    )
    CANADA = (
        "ca",
        (
            "In an emergency call 911. If you are thinking about suicide, call or text 988 "
            "(Suicide Crisis Helpline, Canada), at any time."
        ),
    )
    UK = (
        "uk",
        (
            "In an emergency call 999. If you are struggling to cope, call Samaritans free on "
            "116 123, day or night."
        ),
    )


@register_setting(icon="site")
class ClinicSettings(BaseGenericSetting):
    """What every patient page shows about the clinic: its name, phone and crisis line.

    One clinic per installation, so one set (generic, not per site); Site admins edit it."""

    name = models.CharField("clinic name", max_length=120, default="Claimcheck Clinic")
    phone = models.CharField(
        max_length=30,
        blank=True,
        help_text="Shown on every page as “Call now”, e.g. “(555) 010-0100”.",
    )
    crisis_line = models.CharField(
        "crisis line",
        max_length=2,
        choices=CrisisLine.choices,
        default=CrisisLine.US,
        help_text="Shown at the foot of every page: the help line for the clinic's country.",
    )
    logo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("phone"),
        FieldPanel("crisis_line"),
        FieldPanel("logo"),
    ]

    class Meta:
        verbose_name = "clinic details"
