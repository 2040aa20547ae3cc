from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.blocks import ArticleBodyBlock
from pages.claims import claims_in, references_in_citation_order
from pages.forms import TreatmentArticleForm
from pages.structured_data import medical_web_page
from review.compliance_panels import ComplianceChecksPanel

MAX_REVIEW_INTERVAL_MONTHS = 36


class TreatmentArticlePage(Page):
    """A patient article about one treatment, built from claims a director signs off."""

    summary = models.TextField(
        help_text="Two or three plain sentences: what the treatment is and who it may help."
    )
    condition = models.CharField(max_length=200, help_text="e.g. “Treatment-resistant depression”")
    therapy_status = models.ForeignKey(
        "pages.TherapyStatus",
        on_delete=models.PROTECT,
        related_name="articles",
        help_text="Sets the regulatory disclosure patients see. Compliance adds missing ones.",
    )
    next_review_months = models.PositiveSmallIntegerField(
        "months until next review",
        default=12,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_REVIEW_INTERVAL_MONTHS)],
        help_text="Months from a completed medical review until the next is due (at most 36).",
    )
    body = StreamField(ArticleBodyBlock())

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("condition"), FieldPanel("therapy_status")]),
        FieldPanel("body"),
        ComplianceChecksPanel(),
    ]
    settings_panels = [
        *Page.settings_panels,
        MultiFieldPanel([FieldPanel("next_review_months")], heading="Medical review"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("condition"),
        index.SearchField("body"),
    ]

    parent_page_types = ["pages.TreatmentIndexPage"]
    subpage_types = []
    base_form_class = TreatmentArticleForm

    class Meta:
        verbose_name = "treatment article"

    def publish(self, revision, *args, **kwargs):
        # Checked before Wagtail writes anything, so a refused publish changes nothing. The
        # pre_save guard in review.publish_guard backs this up for routes that skip this method.
        from review.publish_guard import assert_publishable

        assert_publishable(revision.as_object())
        return super().publish(revision, *args, **kwargs)

    def serve(self, request, *args, **kwargs):
        # Second line behind the publish guard: live content that does not match its sign-offs
        # (after a write that bypassed the ORM) is not shown to patients.
        from review.serving import serve_signed_content

        return serve_signed_content(self, request, super().serve, *args, **kwargs)

    @cached_property
    def claims(self):
        return claims_in(self.body)

    @cached_property
    def cited_references(self):
        return references_in_citation_order(self.claims)

    @property
    def is_about_depression(self):
        return "depress" in f"{self.condition} {self.title}".lower()

    def get_context(self, request, *args, **kwargs):
        from review.audit.public import public_review_history
        from review.selectors import medical_review_of_live_version

        context = super().get_context(request, *args, **kwargs)
        # A preview shows unreviewed content: it must not borrow the live version's review.
        is_preview = getattr(request, "is_preview", False)
        medical_review = None if is_preview else medical_review_of_live_version(self)
        context.update(
            citation_numbers={
                reference.pk: number for number, reference in enumerate(self.cited_references, 1)
            },
            body_groups=pair_benefits_with_risks(self.body),
            medical_review=medical_review,
            review_history=[] if is_preview else public_review_history(self),
            structured_data=medical_web_page(self, request, medical_review),
        )
        return context


def pair_benefits_with_risks(body):
    """Group a benefits block with the risks block right after it, to show them side by side."""
    groups = []
    for child in body:
        previous = groups[-1] if groups else None
        if (
            child.block_type == "risks"
            and previous
            and len(previous) == 1
            and previous[0].block_type == "benefits"
        ):
            previous.append(child)
        else:
            groups.append([child])
    return groups
