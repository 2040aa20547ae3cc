"""Records: the database's clock stamps every review record; every unpublish says who and why."""

import datetime

import pytest

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import PageLogEntry

from pages.models import TreatmentArticlePage
from review.clock import database_now
from review.guard.errors import WithdrawnApprovalError
from review.models import ReviewedVersion, SignOff, Withdrawal
from tests.support.factories import ComplianceFactory, add_article
from tests.support.publishing import approve_all, go_live, submit_for_review

pytestmark = pytest.mark.django_db

WRONG_CLOCK = datetime.datetime(2001, 1, 1, tzinfo=datetime.UTC)


def test_sign_off_and_review_times_come_from_the_database_clock(director, monkeypatch):
    task_state = submit_for_review(add_article())
    # The application server's clock is wrong; the database's is not.
    monkeypatch.setattr(timezone, "now", lambda: WRONG_CLOCK)

    approve_all(task_state, director)

    monkeypatch.undo()
    database = database_now()
    for stamped in [
        *SignOff.objects.filter(task_state=task_state).values_list("signed_at", flat=True),
        ReviewedVersion.objects.get(task_state=task_state).completed_at,
    ]:
        assert abs(database - stamped) < datetime.timedelta(minutes=5)


def test_scheduled_expiry_records_who_set_it_and_why(live_article):
    setter = live_article.live_revision.user
    TreatmentArticlePage.objects.filter(pk=live_article.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=1)
    )

    call_command("publish_scheduled")

    article = TreatmentArticlePage.objects.get(pk=live_article.pk)
    assert not article.live
    assert article.expired
    withdrawal = Withdrawal.objects.get(page=article)
    assert withdrawal.route == Withdrawal.Route.SCHEDULED_EXPIRY
    assert withdrawal.withdrawn_by == setter
    assert "Scheduled expiry" in withdrawal.reason
    assert PageLogEntry.objects.filter(page=article, action="wagtail.unpublish.scheduled").exists()
    with pytest.raises(WithdrawnApprovalError):
        article.get_latest_revision().publish()


def test_withdrawal_records_who_and_why(client, live_article):
    officer = ComplianceFactory()
    client.force_login(officer)

    client.post(reverse("review:withdraw", args=[live_article.pk]), {"reason": "Safety alert."})

    withdrawal = Withdrawal.objects.get(page=live_article)
    assert (withdrawal.route, withdrawal.withdrawn_by, withdrawal.reason) == (
        Withdrawal.Route.WITHDRAW_SCREEN,
        officer,
        "Safety alert.",
    )
    assert withdrawal.reviewed_version == ReviewedVersion.objects.filter(page=live_article).last()


def test_unpublishing_from_code_records_the_user_and_ends_the_approval(superuser):
    article = go_live(add_article())

    article.unpublish(user=superuser)

    withdrawal = Withdrawal.objects.get(page=article)
    assert (withdrawal.route, withdrawal.withdrawn_by) == (Withdrawal.Route.CODE, superuser)
    with pytest.raises(WithdrawnApprovalError):
        article.get_latest_revision().publish()
