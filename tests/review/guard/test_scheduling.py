"""Scheduled publishing: `manage.py publish_scheduled` re-checks sign-offs at go-live time."""

import datetime
import io

import pytest

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import PageLogEntry

from review.log_actions import PUBLISH_REFUSED
from tests.support.factories import add_article
from tests.support.publishing import go_live
from tests.support.snapshots import snapshot

pytestmark = pytest.mark.django_db

NOW = timezone.now().replace(microsecond=0)
GO_LIVE = NOW + datetime.timedelta(hours=1)
AFTER_GO_LIVE = NOW + datetime.timedelta(hours=2)


@pytest.fixture
def clock(monkeypatch):
    """Move Django's clock (which Wagtail's scheduler reads) to a later moment."""

    def move_to(moment):
        monkeypatch.setattr(timezone, "now", lambda: moment)

    return move_to


def scheduled_through_review(title):
    """Reviewed and signed now, scheduled by its go-live date to appear in an hour."""
    article = go_live(add_article(title=title, go_live_at=GO_LIVE))
    assert not article.live
    assert article.get_latest_revision().approved_go_live_at == GO_LIVE
    return article


def scheduled_without_review(article, when):
    """A schedule written straight to the revision, as an import or old data might leave it."""
    revision = article.get_latest_revision()
    revision.approved_go_live_at = when
    revision.save(update_fields=["approved_go_live_at"])
    return revision


def publish_scheduled(**options):
    out, err = io.StringIO(), io.StringIO()
    call_command("publish_scheduled", stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


def publish_entries(article):
    return PageLogEntry.objects.filter(
        page_id=article.pk, action__in=["wagtail.publish", "wagtail.publish.scheduled"]
    )


def logged_since(snapshot_before, article):
    entries = PageLogEntry.objects.filter(page_id=article.pk).order_by("-pk")
    new_count = entries.count() - snapshot_before.log_entries
    return {entry.action for entry in entries[:new_count]}


def test_unsigned_scheduled_revision_is_refused_and_the_others_still_go_live(clock, draft_article):
    unsigned = scheduled_without_review(draft_article, NOW - datetime.timedelta(minutes=5))
    signed = scheduled_through_review("Esketamine with monitoring")
    before = snapshot(draft_article)
    clock(AFTER_GO_LIVE)

    _, errors = publish_scheduled()

    assert "Refused revision" in errors
    after = snapshot(draft_article)
    assert (after.live, after.live_revision_id, after.body, after.workflow_states) == (
        before.live,
        before.live_revision_id,
        before.body,
        before.workflow_states,
    )
    assert not publish_entries(draft_article).exists()
    assert logged_since(before, draft_article) == {PUBLISH_REFUSED, "wagtail.schedule.cancel"}
    refusal = PageLogEntry.objects.get(page_id=draft_article.pk, action=PUBLISH_REFUSED)
    assert refusal.revision_id == unsigned.pk
    unsigned.refresh_from_db()
    assert unsigned.approved_go_live_at is None
    signed.refresh_from_db()
    assert signed.live
    assert publish_entries(signed).filter(action="wagtail.publish.scheduled").exists()


def test_signed_schedule_is_refused_when_a_reference_changed_before_go_live(clock):
    article = scheduled_through_review("Ketamine infusion for depression")
    reference = article.get_latest_revision_as_object().claims[0].references[0]
    reference.title = "A different trial, never shown to the director"
    reference.save()
    before = snapshot(article)
    clock(AFTER_GO_LIVE)

    publish_scheduled()

    after = snapshot(article)
    assert not after.live
    assert after.live_revision_id == before.live_revision_id
    assert not publish_entries(article).exists()
    # The history gains the refusal, for staff to follow up, and the schedule's end.
    assert logged_since(before, article) == {PUBLISH_REFUSED, "wagtail.schedule.cancel"}


def test_signed_schedule_goes_live_at_go_live_time(clock):
    article = scheduled_through_review("Ketamine infusion for depression")
    signed_revision = article.get_latest_revision()

    clock(NOW + datetime.timedelta(minutes=30))
    publish_scheduled()
    article.refresh_from_db()
    assert not article.live

    clock(AFTER_GO_LIVE)
    publish_scheduled()
    article.refresh_from_db()
    assert article.live
    assert article.live_revision == signed_revision


def test_dry_run_names_the_refusal_and_changes_nothing(clock, draft_article):
    unsigned = scheduled_without_review(draft_article, NOW - datetime.timedelta(minutes=5))
    before = snapshot(draft_article)
    clock(AFTER_GO_LIVE)

    output, _ = publish_scheduled(dryrun=True)

    assert f"Would refuse revision {unsigned.pk}" in output
    assert snapshot(draft_article) == before
    unsigned.refresh_from_db()
    assert unsigned.approved_go_live_at is not None
