from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from pages.blocks import TreatmentLinkBlock
from pages.models import ReviewedPage, TreatmentArticlePage
from review.guard.entry import patients_may_see

SERVICE_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class ServiceIndexPage(ReviewedPage):
    """“Our services”: every service the clinic offers."""

    intro = models.TextField(blank=True, max_length=600)

    content_panels = [*ReviewedPage.content_panels, FieldPanel("intro")]
    search_fields = [*ReviewedPage.search_fields, index.SearchField("intro")]
    patient_visible_fields = (*ReviewedPage.patient_visible_fields, "intro")

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["clinic.ServicePage"]
    max_count = 1

    class Meta:
        verbose_name = "services index"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["services"] = patients_may_see(
            ServicePage.objects.child_of(self).live().public().order_by("path")
        )
        return context


class ServicePage(ReviewedPage):
    """One service, e.g. “Ketamine-assisted therapy”, linking to its treatment articles."""

    summary = models.TextField(max_length=400, help_text="One or two plain sentences.")
    description = RichTextField(features=SERVICE_TEXT_FEATURES, blank=True)
    treatments = StreamField(
        [("treatment", TreatmentLinkBlock())],
        blank=True,
        help_text="The treatment articles that explain this service.",
    )

    content_panels = [
        *ReviewedPage.content_panels,
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("treatments"),
    ]
    search_fields = [
        *ReviewedPage.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
    ]
    patient_visible_fields = (
        *ReviewedPage.patient_visible_fields,
        "summary",
        "description",
        "treatments",
    )

    parent_page_types = ["clinic.ServiceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "service"

    def treatment_articles(self):
        """The linked articles patients may be shown now (live, public, not under review)."""
        ids = [child.value.pk for child in self.treatments if child.value]
        articles = TreatmentArticlePage.objects.filter(pk__in=ids).live().public()
        shown = {article.pk: article for article in patients_may_see(articles)}
        return [shown[pk] for pk in ids if pk in shown]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["treatment_articles"] = self.treatment_articles()
        return context
