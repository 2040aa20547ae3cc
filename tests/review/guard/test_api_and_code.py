"""Wagtail's admin API, code calling publish, and a management command running code."""

import pytest

from django.core.management import call_command
from django.urls import reverse

from wagtail.actions.publish_page_revision import PublishPageRevisionAction
from wagtail.models import TaskState

from pages.models import TreatmentArticlePage
from review.guard.errors import UnsignedClaimsError, WithdrawnApprovalError
from review.models import Withdrawal
from tests.support.factories import add_article
from tests.support.publishing import go_live, submit_for_review
from tests.support.snapshots import snapshot

pytestmark = pytest.mark.django_db


def test_admin_api_publish_action_is_refused_for_a_superuser(superuser_client, live_article):
    before = snapshot(live_article)

    response = superuser_client.post(
        reverse("wagtailadmin_api:pages:action", args=[live_article.pk, "publish"]),
        content_type="application/json",
        data={},
    )

    assert response.status_code == 403
    assert "Not published" in response.json()["detail"]
    assert snapshot(live_article) == before


def test_revision_publish_from_code_is_refused(live_article, superuser):
    before = snapshot(live_article)

    with pytest.raises(UnsignedClaimsError):
        live_article.unsigned_revision.publish(user=superuser, skip_permission_checks=True)

    assert snapshot(live_article) == before


def test_save_revision_then_publish_from_code_is_refused(live_article):
    before = snapshot(live_article)
    edited = live_article.get_latest_revision_as_object()

    with pytest.raises(UnsignedClaimsError):
        edited.save_revision().publish()

    assert snapshot(live_article) == before


def test_publish_action_used_directly_is_refused(live_article, superuser):
    before = snapshot(live_article)

    with pytest.raises(UnsignedClaimsError):
        PublishPageRevisionAction(live_article.unsigned_revision, user=superuser).execute()

    assert snapshot(live_article) == before


def test_saving_the_live_row_with_unsigned_content_is_refused(live_article):
    before = snapshot(live_article)
    edited = live_article.unsigned_revision.as_object()
    assert edited.live

    with pytest.raises(UnsignedClaimsError):
        edited.save()

    assert snapshot(live_article) == before


def test_publishing_from_a_management_command_is_refused(live_article):
    before = snapshot(live_article)
    code = (
        "from wagtail.models import Revision; "
        f"Revision.objects.get(pk={live_article.unsigned_revision.pk}).publish()"
    )

    with pytest.raises(UnsignedClaimsError):
        call_command("shell", command=code)

    assert snapshot(live_article) == before


def test_superuser_approving_the_review_task_from_code_is_refused(live_article, superuser):
    task_state = submit_for_review(live_article)
    before = snapshot(live_article)

    with pytest.raises(UnsignedClaimsError):
        task_state.approve(user=superuser)

    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS
    assert snapshot(live_article) == before


def test_after_a_withdrawal_the_signed_revision_returns_only_through_a_new_review():
    article = go_live(add_article(title="Ketamine-assisted psychotherapy"))
    signed = article.get_latest_revision()
    article.unpublish()  # from code: recorded, and the approval is over
    before = snapshot(article)

    with pytest.raises(WithdrawnApprovalError):
        signed.publish()

    assert snapshot(article) == before
    assert not TreatmentArticlePage.objects.get(pk=article.pk).live
    withdrawal = Withdrawal.objects.get(page=article)
    assert withdrawal.route == Withdrawal.Route.CODE
    assert "no reason was given" in withdrawal.reason

    article = go_live(article)  # a new review brings it back
    assert article.live
