import pytest

from django.urls import reverse

from lifecycle.models import ReviewKind, ReviewTrigger, StatusSupersession
from pages.choices import RegulatoryStatus
from pages.models import TreatmentArticlePage
from tests.support.factories import TherapyStatusFactory, add_article, signing_director
from tests.support.publishing import approve_all, go_live

pytestmark = pytest.mark.django_db


@pytest.fixture
def spray(db):
    return TherapyStatusFactory(
        therapy="Compounded ketamine",
        route="nasal spray",
        indication="depression",
        status=RegulatoryStatus.NOT_APPROVED,
    )


@pytest.fixture
def new_spray_status(db):
    return TherapyStatusFactory(
        therapy="Compounded ketamine",
        route="nasal spray",
        indication="depression in adults",
        status=RegulatoryStatus.OFF_LABEL,
    )


@pytest.fixture
def article_using(spray, director, writer):
    return go_live(add_article(therapy_status=spray, owner=writer), director)


def supersede(client, old, new, by):
    client.force_login(by)
    return client.post(
        reverse("wagtailsnippets_lifecycle_statussupersession:add"),
        {"old_status": old.pk, "new_status": new.pk, "reason": "FDA notice of 1 Dec 2026."},
    )


def test_superseding_a_status_opens_a_review_of_each_article_with_the_new_one(
    client, article_using, spray, new_spray_status, compliance
):
    response = supersede(client, spray, new_spray_status, compliance)

    assert response.status_code == 302
    article = TreatmentArticlePage.objects.get(pk=article_using.pk)
    task_state = article.current_workflow_task_state
    assert task_state.revision.as_object().therapy_status == new_spray_status
    trigger = ReviewTrigger.objects.get(task_state=task_state)
    assert trigger.kind == ReviewKind.REGULATORY
    assert trigger.supersession.recorded_by == compliance


def test_patients_keep_the_old_disclosure_until_the_review_signs_the_new_one(
    client, article_using, spray, new_spray_status, compliance
):
    supersede(client, spray, new_spray_status, compliance)
    client.logout()
    assert spray.disclosure in client.get(article_using.url).content.decode()

    task_state = TreatmentArticlePage.objects.get(pk=article_using.pk).current_workflow_task_state
    approve_all(task_state, signing_director(username="status-reviewer"))

    html = client.get(article_using.url).content.decode()
    assert new_spray_status.disclosure in html
    assert spray.disclosure not in html


def test_the_review_screen_shows_the_change(
    client, article_using, spray, new_spray_status, compliance
):
    supersede(client, spray, new_spray_status, compliance)
    task_state = TreatmentArticlePage.objects.get(pk=article_using.pk).current_workflow_task_state
    client.force_login(signing_director(username="status-reviewer"))

    html = client.get(reverse("review:screen", args=[task_state.pk])).content.decode()

    assert "Regulatory status changed" in html
    assert "FDA notice of 1 Dec 2026." in html


def test_a_writer_cannot_supersede_a_status(client, article_using, spray, new_spray_status, writer):
    supersede(client, spray, new_spray_status, writer)

    assert not StatusSupersession.objects.exists()
    assert not TreatmentArticlePage.objects.get(pk=article_using.pk).workflow_in_progress


def supersede_for_the_same_use(client, old, by, **changes):
    client.force_login(by)
    fields = {
        "therapy": old.therapy,
        "route": old.route,
        "indication": old.indication,
        "status": old.status,
        "restrictions": old.restrictions,
        "reason": "FDA approval of 1 Dec 2026 for this indication.",
    }
    return client.post(reverse("lifecycle:supersede_status", args=[old.pk]), {**fields, **changes})


def test_a_new_approval_for_the_same_use_supersedes_the_old_status_through_review(
    client, article_using, spray, compliance
):
    response = supersede_for_the_same_use(
        client, spray, compliance, status=RegulatoryStatus.APPROVED
    )

    assert response.status_code == 302
    spray.refresh_from_db()
    assert spray.superseded_on is not None
    new = StatusSupersession.objects.get(old_status=spray).new_status
    assert (new.indication, new.status) == (spray.indication, RegulatoryStatus.APPROVED)
    client.logout()
    assert spray.disclosure in client.get(article_using.url).content.decode()
    task_state = TreatmentArticlePage.objects.get(pk=article_using.pk).current_workflow_task_state
    assert task_state.revision.as_object().therapy_status == new
    approve_all(task_state, signing_director(username="status-reviewer"))
    assert new.disclosure in client.get(article_using.url).content.decode()


def test_superseding_without_a_reason_is_refused_and_keeps_what_was_typed(
    client, article_using, spray, compliance
):
    response = supersede_for_the_same_use(
        client, spray, compliance, reason="", restrictions="Only at certified clinics."
    )

    assert response.status_code == 200
    assert "Only at certified clinics." in response.content.decode()
    spray.refresh_from_db()
    assert spray.superseded_on is None
    assert not StatusSupersession.objects.exists()


def test_only_compliance_may_supersede_a_status(client, article_using, spray, director):
    response = supersede_for_the_same_use(client, spray, director)

    assert response.status_code in (302, 403)
    spray.refresh_from_db()
    assert spray.superseded_on is None
    assert not StatusSupersession.objects.exists()
