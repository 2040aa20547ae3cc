from django.db import models

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from clinic.blocks import OpeningHoursBlock
from pages.models import ReviewedPage
from review.guard.entry import patients_may_see


class LocationIndexPage(ReviewedPage):
    """“Our locations”: every site of the clinic."""

    intro = models.TextField(blank=True, max_length=600)

    content_panels = [*ReviewedPage.content_panels, FieldPanel("intro")]
    patient_visible_fields = (*ReviewedPage.patient_visible_fields, "intro")

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["clinic.LocationPage"]
    max_count = 1

    class Meta:
        verbose_name = "locations index"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["locations"] = live_locations()
        return context


def live_locations():
    return patients_may_see(LocationPage.objects.live().public().order_by("path"))


class LocationPage(ReviewedPage):
    """One clinic site: where it is, when it is open, how to get there and in."""

    street_address = models.CharField(max_length=200)
    locality = models.CharField("town or city", max_length=100)
    region = models.CharField("state", max_length=100)
    postal_code = models.CharField("ZIP code", max_length=20)
    phone = models.CharField(max_length=30, help_text="e.g. “(555) 010-0142”")
    opening_hours = StreamField([("hours", OpeningHoursBlock())])
    directions_url = models.URLField(
        "directions link", blank=True, help_text="A map service's directions to this address."
    )
    getting_here = models.TextField(
        blank=True, max_length=800, help_text="Public transport and landmarks."
    )
    parking = models.TextField(blank=True, max_length=800)
    accessibility = models.TextField(
        blank=True, max_length=800, help_text="Step-free access, lifts, accessible toilets."
    )

    content_panels = [
        *ReviewedPage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("locality"), FieldPanel("region")]),
                FieldPanel("postal_code"),
            ],
            heading="Address",
        ),
        FieldPanel("phone"),
        FieldPanel("opening_hours"),
        MultiFieldPanel(
            [
                FieldPanel("directions_url"),
                FieldPanel("getting_here"),
                FieldPanel("parking"),
                FieldPanel("accessibility"),
            ],
            heading="Getting here",
        ),
    ]
    search_fields = [
        *ReviewedPage.search_fields,
        index.SearchField("locality"),
        index.SearchField("street_address"),
    ]
    patient_visible_fields = (
        *ReviewedPage.patient_visible_fields,
        "street_address",
        "locality",
        "region",
        "postal_code",
        "phone",
        "opening_hours",
        "directions_url",
        "getting_here",
        "parking",
        "accessibility",
    )

    parent_page_types = ["clinic.LocationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "location"

    @property
    def address_lines(self):
        return [self.street_address, f"{self.locality}, {self.region} {self.postal_code}"]
