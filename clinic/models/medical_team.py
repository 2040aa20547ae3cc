from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from pages.models import ReviewedPage
from review.guard.entry import patients_may_see
from review.models import ReviewerProfile


class MedicalTeamIndexPage(ReviewedPage):
    """“Our medical team”: the doctors who review what patients read here."""

    intro = models.TextField(blank=True, max_length=600)

    content_panels = [*ReviewedPage.content_panels, FieldPanel("intro")]
    patient_visible_fields = (*ReviewedPage.patient_visible_fields, "intro")

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["clinic.ReviewerBioPage"]
    max_count = 1

    class Meta:
        verbose_name = "medical team index"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["bios"] = live_bios(ReviewerBioPage.objects.child_of(self))
        return context


def live_bios(pages=None):
    """The bio pages patients may be shown now (live, public, not held back for review)."""
    pages = ReviewerBioPage.objects.all() if pages is None else pages
    return patients_may_see(pages.live().public().order_by("path"))


class ReviewerBioPage(ReviewedPage):
    """One medical director, as patients meet them: who they are and what they declare.

    Everything it shows is the page's own text, approved by the review like any other page;
    the reviewer profile only supplies a first draft of it and says whose page this is, so
    that articles that director reviewed can link here.
    """

    reviewer = models.ForeignKey(
        ReviewerProfile,
        on_delete=models.PROTECT,
        related_name="bio_pages",
        help_text="The medical director this page is about; their reviews link here.",
    )
    credentials = models.CharField(
        max_length=500,
        blank=True,
        help_text="Leave empty to start from the reviewer profile's specialty and certification.",
    )
    biography = models.TextField(
        max_length=3000,
        blank=True,
        help_text="Leave empty to start from the reviewer profile's biography.",
    )
    conflict_of_interest = models.TextField(
        "conflict-of-interest statement",
        max_length=2000,
        blank=True,
        help_text="Leave empty to start from the reviewer profile's statement.",
    )

    content_panels = [
        *ReviewedPage.content_panels,
        FieldPanel("reviewer"),
        FieldPanel("credentials"),
        FieldPanel("biography"),
        FieldPanel("conflict_of_interest"),
    ]
    search_fields = [*ReviewedPage.search_fields, index.SearchField("biography")]
    patient_visible_fields = (
        *ReviewedPage.patient_visible_fields,
        "reviewer",
        "credentials",
        "biography",
        "conflict_of_interest",
    )

    parent_page_types = ["clinic.MedicalTeamIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "reviewer bio"

    def clean(self):
        # Filled in before the base class composes the text, so the draft a writer starts from
        # is stored, reviewed and served like anything they typed.
        profile = self.reviewer if self.reviewer_id else None
        if profile is not None:
            if not self.credentials:
                self.credentials = profile.credentials
            if not self.biography:
                self.biography = profile.bio
            if not self.conflict_of_interest:
                self.conflict_of_interest = profile.conflict_of_interest
        super().clean()
