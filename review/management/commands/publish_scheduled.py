"""Wagtail's `publish_scheduled`, re-checking each patient page's review at go-live.

A schedule is set when a review completes, but a reference or therapy status can change before
the go-live time, and a revision can be scheduled by a route that skipped the review. So the
check runs again now: a revision that would put an unsigned claim live is taken off the schedule,
the refusal goes on the page's history, and every other due revision is published as usual.
"""

import logging

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import log
from wagtail.management.commands.publish_scheduled import Command as WagtailPublishScheduled
from wagtail.models import Revision

from pages.models import reviewed_page_types
from review.guard.rule import approval_to_go_live
from review.log_actions import PUBLISH_REFUSED

logger = logging.getLogger(__name__)


def due_article_revisions():
    return Revision.objects.filter(
        content_type__in=ContentType.objects.get_for_models(*reviewed_page_types()).values(),
        approved_go_live_at__lt=timezone.now(),
    ).order_by("approved_go_live_at")


class Command(WagtailPublishScheduled):
    help = "Publish scheduled revisions, refusing patient pages not approved by a review."

    def handle(self, *args, **options):
        if not options["dryrun"]:
            self._expire_articles()
        for revision in due_article_revisions():
            try:
                approval_to_go_live(revision.content_object, revision)
            except PermissionDenied as refused:
                refusal = refused
            else:
                continue
            if options["dryrun"]:
                self.stdout.write(f"Would refuse revision {revision.pk}: {refusal}")
            else:
                self._refuse(revision, refusal)
        super().handle(*args, **options)

    def _expire_articles(self):
        # Wagtail's own loop unpublishes expired pages as plain Pages; the reviewed page's
        # unpublish records who set the expiry and why, and ends the approval.
        for page_type in reviewed_page_types():
            expired = page_type.objects.live().filter(expire_at__lt=timezone.now())
            for page in list(expired):
                with transaction.atomic():
                    page.unpublish(set_expired=True, log_action="wagtail.unpublish.scheduled")

    @transaction.atomic
    def _refuse(self, revision, refusal):
        revision.approved_go_live_at = None
        revision.save(update_fields=["approved_go_live_at"])
        log(
            instance=revision.content_object,
            action=PUBLISH_REFUSED,
            revision=revision,
            data={"unsigned_claims": [claim.block_id for claim in getattr(refusal, "claims", [])]},
        )
        logger.warning("Scheduled publish of revision %s refused: %s", revision.pk, refusal)
        self.stderr.write(f"Refused revision {revision.pk}: {refusal}")
