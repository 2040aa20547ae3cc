"""The claims library: statements of medical fact signed once and shown in many articles."""

import uuid

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.html import strip_tags
from django.utils.text import Truncator

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin

from pages.blocks.claims import STATEMENT_FEATURES, ReferenceChooserBlock
from pages.choices import ClaimType
from pages.claims import Claim
from pages.limits import CLAIM_MAX_CHARS
from review import clock
from review.fingerprint import claim_content, fingerprint
from review.guard.entry import medical_review_workflow
from review.models.signoffs import AppendOnlyError, AppendOnlyQuerySet

# The section a library claim's wording is said to sit in, on the review screen and sheets.
LIBRARY_SECTION = "library"


class LibraryClaim(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model):
    """One statement of medical fact, kept once for every article that shows it.

    Its identity (a UUID) never changes; its wording, type, references and therapy scope change
    only through a new version, which patients read only once a medical director has signed it
    (the same medical review and sign-off ledger as articles). The row holds the version
    patients may read; drafts are revisions (docs/claims-library.md).
    """

    identity = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    statement = RichTextField(
        features=STATEMENT_FEATURES,
        max_length=CLAIM_MAX_CHARS,
        help_text="One statement of medical fact, in plain words, as every article will show it.",
    )
    claim_type = models.CharField(
        max_length=20, choices=ClaimType.choices, default=ClaimType.EFFICACY
    )
    references = StreamField(
        [("reference", ReferenceChooserBlock())],
        help_text="The published evidence for this statement: at least one.",
    )
    therapy_status = models.ForeignKey(
        "pages.TherapyStatus",
        verbose_name="therapy scope",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="library_claims",
        help_text="The therapy, route and use this statement is about; its regulatory status is "
        "part of what the director signs. Leave empty for a statement about the condition that "
        "holds whatever the therapy.",
    )

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="library_claim")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="library_claim",
        for_concrete_model=False,
    )

    panels = [
        FieldPanel("statement"),
        FieldRowPanel([FieldPanel("claim_type"), FieldPanel("therapy_status")]),
        FieldPanel("references"),
    ]

    #: The review screen Wagtail's workflow task sends a director to (review/models/tasks.py).
    review_screen_url_name = "library:review"

    class Meta:
        verbose_name = "library claim"
        ordering = ["pk"]

    def __str__(self):
        return Truncator(strip_tags(self.statement)).chars(90)

    def get_admin_display_title(self):
        return f"Library claim: {self}"

    @property
    def revisions(self):
        return self._revisions

    def get_workflow(self):
        # The same medical review as articles, whatever Wagtail's assignments say.
        return medical_review_workflow()

    @property
    def has_workflow(self):
        return self.get_workflow() is not None

    @property
    def cited(self):
        """The references, in the order the claim cites them."""
        return tuple(child.value for child in self.references if child.value is not None)

    def as_claim(self):
        """This version as a claim, the way an article's claim is signed."""
        return Claim(
            block_id=str(self.identity),
            statement=self.statement,
            claim_type=self.claim_type,
            references=self.cited,
            reviewer_note="",
            section=LIBRARY_SECTION,
            content_path="",
        )

    @property
    def signed_content(self):
        """What a sign-off of this version covers: wording, type, references, therapy status."""
        return claim_content(self.as_claim(), self.therapy_status)

    @property
    def content_hash(self):
        return fingerprint(self.signed_content)


class LibraryWithdrawal(models.Model):
    """A library claim taken away from every article at once: who, why, and which approval it
    ended. Append-only, like the sign-offs; the claim returns only through a new review."""

    claim = models.ForeignKey(LibraryClaim, on_delete=models.PROTECT, related_name="withdrawals")
    sign_off = models.ForeignKey(
        "review.SignOff",
        on_delete=models.PROTECT,
        related_name="+",
        help_text="The approval this withdrawal ended.",
    )
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    reason = models.TextField()
    withdrawn_at = models.DateTimeField(help_text="The database server's time (UTC).")

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        ordering = ["withdrawn_at", "pk"]

    def __str__(self):
        return f"Withdrawn on {self.withdrawn_at:%Y-%m-%d}: {self.reason}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError("Withdrawal records cannot be changed.")
        self.withdrawn_at = self.withdrawn_at or clock.database_now()
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Withdrawal records cannot be deleted.")
