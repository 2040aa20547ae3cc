from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.blocks import TreatmentLinkBlock
from pages.models.article import TreatmentArticlePage
from pages.models.reviewed import ReviewedPage
from pages.routing import route_to_address, route_to_child
from review.guard.entry import patients_may_see


class HomePage(ReviewedPage):
    intro = models.TextField(
        "the clinic's promise",
        blank=True,
        help_text="A short welcome shown under the clinic name: what patients can count on.",
    )
    featured_treatments = StreamField(
        [("treatment", TreatmentLinkBlock())],
        blank=True,
        help_text="Treatment articles shown first on the home page.",
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("featured_treatments")]
    patient_visible_fields = (*ReviewedPage.patient_visible_fields, "intro", "featured_treatments")
    shipped_content = {
        "title": "Claimcheck Clinic",
        "seo_title": "",
        "search_description": "",
        "intro": "Clear, medically reviewed information about the treatments we offer.",
        "featured_treatments": "",
    }

    parent_page_types = ["wagtailcore.Page"]
    # The clinic's own sections (clinic/) sit beside the treatments.
    subpage_types = [
        "pages.TreatmentIndexPage",
        "clinic.ServiceIndexPage",
        "clinic.LocationIndexPage",
        "clinic.ContactPage",
        "clinic.MedicalTeamIndexPage",
    ]
    max_count = 1

    def route(self, request, path_components):
        if len(path_components) == 2:
            # An article, the page patients arrive at most, with the disclosure it shows.
            articles = (
                TreatmentArticlePage.objects.descendant_of(self)
                .filter(depth=self.depth + 2)
                .select_related("therapy_status")
            )
            routed = route_to_address(self, request, path_components, articles)
            if routed:
                return routed
        children = TreatmentIndexPage.objects.child_of(self)
        routed = route_to_child(self, request, path_components, children)
        return routed or super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["treatment_indexes"] = patients_may_see(
            TreatmentIndexPage.objects.child_of(self).live().public()
        )
        context["featured_treatments"] = self.featured_articles()
        return context

    def featured_articles(self):
        """The featured articles patients may be shown now, in the order chosen."""
        ids = [child.value.pk for child in self.featured_treatments if child.value]
        articles = TreatmentArticlePage.objects.filter(pk__in=ids).live().public()
        shown = {article.pk: article for article in patients_may_see(articles)}
        return [shown[pk] for pk in ids if pk in shown]


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

    def route(self, request, path_components):
        # The disclosure every article shows comes with it, rather than in a query of its own.
        children = TreatmentArticlePage.objects.child_of(self).select_related("therapy_status")
        routed = route_to_child(self, request, path_components, children)
        return routed or super().route(request, path_components)

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
