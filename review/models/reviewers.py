import datetime

from simple_history.models import HistoricalRecords

from django.conf import settings
from django.db import models
from django.utils import timezone

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from review.roles import MEDICAL_DIRECTORS

# A licence check older than this has lapsed: the director must be re-verified before signing.
LICENCE_VERIFICATION_VALID_FOR = datetime.timedelta(days=365)


class ReviewerProfile(models.Model):
    """Who a medical director is, as patients and auditors see them."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="reviewer_profile",
        limit_choices_to={"groups__name": MEDICAL_DIRECTORS},
    )
    full_name = models.CharField(max_length=200, help_text="As it should appear to patients.")
    degrees = models.CharField(max_length=100, help_text="e.g. “MD” or “MD, PhD”")
    specialty = models.CharField(max_length=200)
    board_certification = models.CharField(max_length=255, blank=True)
    licence_state = models.CharField(max_length=50)
    licence_number = models.CharField(max_length=50)
    licence_verified_on = models.DateField(
        help_text="When the licence was last checked with the state board."
    )
    bio = models.TextField(blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    conflict_of_interest = models.TextField(
        "conflict-of-interest statement",
        help_text="Financial or other interests in the treatments reviewed, or “None declared”.",
    )

    history = HistoricalRecords()

    panels = [
        FieldPanel("user"),
        FieldRowPanel([FieldPanel("full_name"), FieldPanel("degrees")]),
        FieldRowPanel([FieldPanel("specialty"), FieldPanel("board_certification")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("licence_state"), FieldPanel("licence_number")]),
                FieldPanel("licence_verified_on"),
            ],
            heading="Licence",
        ),
        FieldPanel("bio"),
        FieldPanel("photo"),
        FieldPanel("conflict_of_interest"),
    ]

    class Meta:
        ordering = ["full_name"]

    def __str__(self):
        return self.printed_name

    @property
    def printed_name(self):
        return f"{self.full_name}, {self.degrees}"

    @property
    def credentials(self):
        # The degrees already follow the name in printed_name.
        parts = [self.specialty]
        if self.board_certification:
            parts.append(self.board_certification)
        return "; ".join(parts)

    def licence_is_current(self, today=None):
        today = today or timezone.now().date()
        return today - self.licence_verified_on <= LICENCE_VERIFICATION_VALID_FOR
