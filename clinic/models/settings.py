from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

DEFAULT_CRISIS_LINE = (
    "In an emergency call 911. If you are thinking about suicide, call or text 988 "
    "(Suicide & Crisis Lifeline, US)."
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
    crisis_line = models.TextField(
        "crisis line text",
        max_length=400,
        default=DEFAULT_CRISIS_LINE,
        help_text="Shown at the foot of every page.",
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
