import re

from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property

from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.blocks import ArticleBodyBlock
from pages.blocks.claims import using_references
from pages.citations import CitationMarks
from pages.claims import cited_in_reading_order, library_claims_in
from pages.limits import SUMMARY_MAX_CHARS
from pages.models.reviewed import ReviewedPage

MAX_REVIEW_INTERVAL_MONTHS = 36
# Conditions whose readers may be at risk of suicide or self-harm.
MENTAL_HEALTH_WORDING = re.compile(
    r"depress|suicid|self-harm|bipolar|ptsd|post-?traumatic|trauma|anxiety|panic|"
    r"obsessive|\bocd\b|psychos|schizo|mood|eating disorder|anorexia|bulimia|addiction|"
    r"substance use|alcohol use|opioid use|mental health|psychiatric"
)


class TreatmentArticlePage(ReviewedPage):
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

    #: "Next review due" comes from the review interval, so it is content patients read. The
    #: compliance app adds its checks panel and form to the editor (compliance/apps.py).
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

    def refresh_from_db(self, *args, **kwargs):
        self.__dict__.pop("cited_references", None)
        self.__dict__.pop("shown_library_claims", None)
        return super().refresh_from_db(*args, **kwargs)

    @cached_property
    def cited_references(self):
        """The article's own claims' references and those of the library claims it shows."""
        self.claims  # noqa: B018 - reads the body once, every section's lookups together
        return cited_in_reading_order(self.body, self.shown_library_claims)

    @cached_property
    def shown_library_claims(self):
        """{identity: the approved version patients read} of the library claims the body shows.

        Decided by the library app, below this one, through the `library_claims_shown` hook: only
        a library claim's currently approved, signed version is shown; a claim waiting for its
        review or withdrawn is not in it, and its place on the page stays empty.
        """
        self.claims  # noqa: B018 - every library claim of the body read in one query
        chosen = [child.value for child, identity in library_claims_in(self.body) if identity]
        shown = {}
        if chosen:
            # Their references were looked up with the body's: no query of their own.
            with using_references(self.body_references):
                for hook in hooks.get_hooks("library_claims_shown"):
                    shown.update(hook(chosen))
        return shown

    def library_blocks_not_shown(self):
        return {
            child.id
            for child, identity in library_claims_in(self.body)
            if identity not in self.shown_library_claims
        }

    @property
    def needs_crisis_help(self):
        """Whether readers may be in a mental health crisis: the page then shows where to get
        help now. Read from the condition and title, and the status's use, in any wording."""
        about = f"{self.condition} {self.title} {self.therapy_status.indication}".lower()
        return bool(MENTAL_HEALTH_WORDING.search(about))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Who reviewed the page and its public history come from the review and audit apps'
        # template tags (see the template), which sit above this app.
        rechecked = self.claims_being_rechecked(request)
        context.update(
            citation_marks=CitationMarks(self.cited_references),
            body_groups=pair_benefits_with_risks(self.body),
            claims_being_rechecked=rechecked,
            library_claims=self.shown_library_claims,
            claims_hidden=rechecked | self.library_blocks_not_shown(),
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
