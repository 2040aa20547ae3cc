"""Every signing rule, tried for real through the admin, checking that nothing changed."""

import datetime
import json

import pytest

from django.urls import reverse

from wagtail.models import TaskState

from pages.models import TreatmentArticlePage
from review.guard.errors import UnsignedClaimsError
from review.models import Decision, SignOff
from review.selectors import claims_under_review
from review.services import ClaimDecision, SigningRefused, sign_review
from tests.support import editor_forms
from tests.support.factories import (
    TEST_PASSWORD,
    DirectorFactory,
    ReferenceFactory,
    ReviewerProfileFactory,
    UserFactory,
    WriterFactory,
    add_article,
    claims_body,
    signing_director,
)
from tests.support.identity import fresh_code
from tests.support.publishing import approve_all, go_live, reword_claim, submit_for_review
from tests.support.review_screen import review_url, signing_post

pytestmark = pytest.mark.django_db


def assert_nothing_changed(article, task_state):
    assert not SignOff.objects.exists()
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_IN_PROGRESS
    assert not TreatmentArticlePage.objects.get(pk=article.pk).live


def test_writer_cannot_open_or_sign(client, writer, submitted):
    article, task_state = submitted
    client.force_login(writer)

    assert client.get(review_url(task_state)).status_code == 403
    response = client.post(review_url(task_state), signing_post(task_state))

    assert response.status_code == 403
    assert_nothing_changed(article, task_state)


def test_superuser_who_is_not_a_director_cannot_sign(client, submitted):
    article, task_state = submitted
    client.force_login(UserFactory(is_superuser=True, is_staff=True))

    response = client.post(review_url(task_state), signing_post(task_state))

    assert response.status_code == 403
    assert "Only medical directors can sign off claims." in response.content.decode()
    assert_nothing_changed(article, task_state)


def test_superuser_cannot_approve_through_wagtails_generic_workflow_action(client, submitted):
    article, task_state = submitted
    client.force_login(UserFactory(is_superuser=True, is_staff=True))

    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[article.pk, "approve", task_state.pk]),
        {"comment": "Looks fine"},
        follow=True,
    )

    assert "you do not have permission" in response.content.decode()
    assert_nothing_changed(article, task_state)


def test_director_with_lapsed_licence_cannot_sign(client, submitted):
    article, task_state = submitted
    lapsed = ReviewerProfileFactory(
        user=DirectorFactory(), licence_verified_on=datetime.date.today() - datetime.timedelta(400)
    ).user
    client.force_login(lapsed)

    response = client.post(review_url(task_state), signing_post(task_state))

    assert response.status_code == 403
    assert "licence verification has lapsed" in response.content.decode()
    assert_nothing_changed(article, task_state)


def test_director_without_reviewer_profile_cannot_sign(client, submitted):
    article, task_state = submitted
    client.force_login(DirectorFactory())

    response = client.post(review_url(task_state), signing_post(task_state))

    assert response.status_code == 403
    assert_nothing_changed(article, task_state)


def test_director_cannot_sign_a_revision_they_edited(client, director, submitted):
    article, _ = submitted
    # A director who also edited the text is a maker, not a checker.
    revision = article.get_latest_revision_as_object().save_revision(user=director)
    workflow_state = article.current_workflow_state
    workflow_state.cancel(user=director)
    article.get_workflow().start(article, WriterFactory())
    task_state = article.__class__.objects.get(pk=article.pk).current_workflow_task_state
    assert task_state.revision_id == revision.pk
    client.force_login(director)

    response = client.post(review_url(task_state), signing_post(task_state))

    assert response.status_code == 403
    assert "You wrote or edited this version" in response.content.decode()
    assert_nothing_changed(article, task_state)


def test_director_cannot_sign_an_article_they_authored(client, director):
    article = add_article(owner=director)
    task_state = submit_for_review(article)
    client.force_login(director)

    response = client.post(review_url(task_state), signing_post(task_state))

    assert response.status_code == 403
    assert_nothing_changed(article, task_state)


def test_article_is_locked_for_everyone_during_review(client, director, writer, submitted):
    article, task_state = submitted
    revisions_before = article.revisions.count()
    edit_url = reverse("wagtailadmin_pages:edit", args=[article.pk])

    edit = editor_forms.article_form(
        title="Edited during review",
        slug=article.slug,
        therapy_status=article.therapy_status,
        body=[editor_forms.claim("Rewritten while the director reads.", [ReferenceFactory()])],
    )

    for user in (writer, director, UserFactory(is_superuser=True, is_staff=True)):
        client.force_login(user)
        client.post(edit_url, edit)

    assert article.revisions.count() == revisions_before
    assert TreatmentArticlePage.objects.get(pk=article.pk).title == article.title


def test_approving_never_saves_an_edit(client, director, submitted):
    article, task_state = submitted
    client.force_login(director)
    forged = {**signing_post(task_state), "title": "Director's own title", "body-count": "0"}

    client.post(review_url(task_state), forged)

    article = TreatmentArticlePage.objects.get(pk=article.pk)
    assert article.revisions.count() == 1
    assert article.title != "Director's own title"
    assert len(article.claims) == 4


def test_signing_refused_when_the_article_changed_since_it_was_opened(
    client, director, writer, submitted
):
    article, task_state = submitted
    client.force_login(director)
    opened = signing_post(task_state)
    # Code (not the locked editor) saves a newer revision while the director reads.
    reword_claim(article, 1, "<p>Sneaky new wording.</p>", writer)

    response = client.post(review_url(task_state), opened)

    assert "The article changed since you opened it" in response.content.decode()
    assert_nothing_changed(article, task_state)


def test_stale_form_with_an_older_seen_revision_is_refused(client, director, submitted):
    article, task_state = submitted
    client.force_login(director)

    response = client.post(
        review_url(task_state), signing_post(task_state, seen_revision=task_state.revision_id - 1)
    )

    assert "The article changed since you opened it" in response.content.decode()
    assert_nothing_changed(article, task_state)


def test_a_decision_for_a_claim_not_in_the_revision_signs_nothing(client, director, submitted):
    article, task_state = submitted
    client.force_login(director)
    forged = {**signing_post(task_state), "decision-not-a-claim": "approved"}

    # Through the screen the stray field is no form field: the real claims are signed alone.
    client.post(review_url(task_state), forged)

    assert not SignOff.objects.filter(block_id="not-a-claim").exists()
    assert SignOff.objects.filter(revision=task_state.revision).count() == 4


def test_signing_service_refuses_decisions_for_claims_not_in_the_revision(director, submitted):
    article, task_state = submitted
    decisions = {
        row.claim.block_id: ClaimDecision(Decision.APPROVED)
        for row in claims_under_review(article, task_state.revision)
    }
    decisions["not-a-claim"] = ClaimDecision(Decision.APPROVED)

    with pytest.raises(SigningRefused, match="do not match the claims"):
        sign_review(
            task_state=task_state,
            director=director,
            password=TEST_PASSWORD,
            seen_revision_id=task_state.revision_id,
            decisions=decisions,
            second_factor=fresh_code(director),
        )

    assert_nothing_changed(article, task_state)


def test_reused_block_id_never_carries_a_sign_off_onto_different_text(director):
    article = go_live(add_article(body=claims_body(2, [])), director=director)
    signed_claim = article.claims[0]
    # A new revision puts different words under the signed claim's id.
    raw = list(article.body.raw_data)
    forged = json.loads(json.dumps(raw))
    forged[1]["value"]["claims"][0]["value"]["statement"] = "<p>Ketamine always works.</p>"
    forged[1]["value"]["claims"][0]["id"] = signed_claim.block_id
    article.body = json.dumps(forged)
    revision = article.save_revision(user=WriterFactory())

    with pytest.raises(UnsignedClaimsError, match="Ketamine always works"):
        revision.publish()

    article.refresh_from_db()
    assert article.live_revision_id != revision.pk
    assert article.claims[0].statement == signed_claim.statement


def test_copied_claim_with_a_duplicate_id_cannot_ride_on_the_original(director):
    article = go_live(add_article(body=claims_body(2, [])), director=director)
    signed = article.claims[0]
    raw = list(article.body.raw_data)
    twin = json.loads(json.dumps(raw[1]["value"]["claims"][0]))
    twin["value"]["statement"] = "<p>Unreviewed twin.</p>"
    raw[1]["value"]["claims"].insert(0, twin)  # same id, before the signed original
    assert twin["id"] == signed.block_id
    article.body = json.dumps(raw)

    with pytest.raises(UnsignedClaimsError, match="Unreviewed twin"):
        article.save_revision().publish()


def test_when_the_task_completes_exactly_the_reviewed_revision_goes_live(director, writer):
    article = add_article(body=claims_body(2, []))
    task_state = submit_for_review(article, writer)
    reviewed_revision = task_state.revision

    approve_all(task_state, director)

    article.refresh_from_db()
    assert article.live_revision_id == reviewed_revision.pk


def test_another_director_can_sign_what_a_director_wrote(client, submitted):
    article, task_state = submitted
    checker = signing_director(username="okafor")
    client.force_login(checker)

    response = client.post(review_url(task_state), signing_post(task_state))

    assert response.status_code == 302
    assert TreatmentArticlePage.objects.get(pk=article.pk).live
