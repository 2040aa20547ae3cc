from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.utils.functional import cached_property

from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.blocks import ArticleBodyBlock
from pages.claims import claims_in, references_in_citation_order
from pages.limits import SUMMARY_MAX_CHARS
from pages.text import nfc, nfc_stream
from review.guard.entry import (
    approval_to_go_live,
    medical_review_workflow,
    patients_may_see,
    record_unpublishing,
    serve_signed_content,
)

MAX_REVIEW_INTERVAL_MONTHS = 36


class TreatmentArticlePage(Page):
    """A patient article about one treatment, built from claims a director signs off."""

    summary = models.TextField(
        help_text="Two or three plain sentences: what the treatment is and who it may help.",
        validators=[MaxLengthValidator(SUMMARY_MAX_CHARS)],
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

    #: Every field a patient reads, or that changes what the page tells them ("Next review
    #: due" comes from the review interval). The medical review approves exactly these, and the
    #: publish guard refuses to make any change to them live without one; nothing else may list
    #: them. The compliance app adds its checks panel and form to the editor (compliance/apps.py).
    patient_visible_fields = (
        "title",
        "seo_title",
        "search_description",
        "summary",
        "condition",
        "therapy_status",
        "body",
        "next_review_months",
    )

    class Meta:
        verbose_name = "treatment article"

    def clean(self):
        super().clean()
        # Runs on every validated save and revision (Wagtail's save_revision calls full_clean),
        # so the text stored, signed and served is in one Unicode form (pages/text.py).
        for name in self.patient_visible_fields:
            value = getattr(self, name)
            if isinstance(value, str):
                setattr(self, name, nfc(value))
        composed = nfc_stream(self.body)
        if composed is not None:
            self.body = composed

    def publish(self, revision, *args, **kwargs):
        # Checked before Wagtail writes anything, so a refused publish changes nothing. The
        # pre_save guard in review.guard.receivers backs this up for routes that skip this method.
        # Publishing what is already live exactly as approved does nothing: no new live revision.
        if not approval_to_go_live(self, revision):
            return None
        return super().publish(revision, *args, **kwargs)

    def unpublish(self, set_expired=False, commit=True, user=None, **kwargs):
        # Every unpublish says who and why, and ends the approval: the article returns only
        # through a new review. Wagtail's scheduled expiry comes through here too.
        with transaction.atomic():
            if commit and self.live:
                record_unpublishing(self, user=user, set_expired=set_expired)
            return super().unpublish(set_expired=set_expired, commit=commit, user=user, **kwargs)

    # The medical review belongs to the page type, not to where the article sits in the tree:
    # Wagtail looks a workflow up by position (WorkflowPage on an ancestor), so these replace
    # its lookup (https://docs.wagtail.org/en/stable/reference/models.html#wagtail.models.Page.get_workflow).
    def get_workflow(self):
        return medical_review_workflow()

    @property
    def has_workflow(self):
        return self.get_workflow() is not None

    def get_sitemap_urls(self, request=None):
        # The sitemap lists only articles patients would be served, not "being reviewed" ones.
        if not patients_may_see([self]):
            return []
        return super().get_sitemap_urls(request)

    def serve(self, request, *args, **kwargs):
        # Second line behind the publish guard: live content that does not match its sign-offs
        # (after a write that bypassed the ORM) is not shown to patients.
        return serve_signed_content(self, request, super().serve, *args, **kwargs)

    def refresh_from_db(self, *args, **kwargs):
        # The claims are read from the body once; a refreshed body must be read again.
        self.__dict__.pop("claims", None)
        self.__dict__.pop("cited_references", None)
        return super().refresh_from_db(*args, **kwargs)

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
        context = super().get_context(request, *args, **kwargs)
        # Who reviewed the page and its public history come from the review and audit apps'
        # template tags (see the template), which sit above this app.
        context.update(
            citation_numbers={
                reference.pk: number for number, reference in enumerate(self.cited_references, 1)
            },
            body_groups=pair_benefits_with_risks(self.body),
            claims_being_rechecked=self.claims_being_rechecked(request),
        )
        return context

    def claims_being_rechecked(self, request):
        """Block ids of claims held back while new evidence is checked (a retracted study).

        Decided by the lifecycle app, above this one, through the `claims_being_rechecked`
        hook. A preview shows staff the whole draft.
        """
        if getattr(request, "is_preview", False):
            return set()
        held_back = set()
        for hook in hooks.get_hooks("claims_being_rechecked"):
            held_back |= set(hook(self))
        return held_back


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
