from django.db import models

from wagtail.admin.panels import FieldPanel

from clinic.models.locations import live_locations
from pages.models import ReviewedPage


class ContactPage(ReviewedPage):
    """How to reach the clinic: phone, email, each location, and the request form."""

    intro = models.TextField(blank=True, max_length=600)
    email = models.EmailField(blank=True, help_text="For general questions; never for urgent ones.")

    content_panels = [*ReviewedPage.content_panels, FieldPanel("intro"), FieldPanel("email")]
    patient_visible_fields = (*ReviewedPage.patient_visible_fields, "intro", "email")

    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "contact page"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["locations"] = live_locations()
        return context
