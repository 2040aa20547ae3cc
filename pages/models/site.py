from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from pages.models.article import TreatmentArticlePage
from pages.models.reviewed import ReviewedPage
from review.guard.entry import patients_may_see


class HomePage(ReviewedPage):
    intro = models.TextField(blank=True, help_text="A short welcome shown under the clinic name.")

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    patient_visible_fields = (*ReviewedPage.patient_visible_fields, "intro")
    shipped_content = {
        "title": "Claimcheck Clinic",
        "seo_title": "",
        "search_description": "",
        "intro": "Clear, medically reviewed information about the treatments we offer.",
    }

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["pages.TreatmentIndexPage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["treatment_indexes"] = patients_may_see(
            TreatmentIndexPage.objects.child_of(self).live().public()
        )
        return context


class TreatmentIndexPage(ReviewedPage):
    intro = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    patient_visible_fields = (*ReviewedPage.patient_visible_fields, "intro")
    shipped_content = {
        "title": "Treatments",
        "seo_title": "",
        "search_description": "",
        "intro": "Every article here was checked, claim by claim, by one of our medical directors.",
    }
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.TreatmentArticlePage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # live().public(): drafts and private pages never reach patients' listings; nor does
        # an article whose live content fails the serve-time rule ("being reviewed").
        context["articles"] = patients_may_see(
            TreatmentArticlePage.objects.child_of(self)
            .live()
            .public()
            .select_related("therapy_status")
            .order_by("title")
        )
        return context
