"""A director signs claim by claim on the review screen; the reviewed revision goes live."""

import pytest

from django.core import mail
from django.urls import reverse

from wagtail.models import Comment, PageLogEntry, TaskState, WorkflowState

from pages.models import TreatmentArticlePage
from review.fingerprint import claim_fingerprint
from review.models import Decision, SignOff
from review.models.signoffs import APPROVAL_MEANING, CARRIED_OVER_MEANING
from review.selectors import claims_under_review
from tests.support.factories import (
    ReferenceFactory,
    WriterFactory,
    add_article,
    claims_body,
    signing_director,
)
from tests.support.publishing import go_live, reword_claim, submit_for_review
from tests.support.review_screen import review_url, signing_post

pytestmark = pytest.mark.django_db


def test_director_sees_every_claim_with_its_evidence(client, director, submitted):
    article, task_state = submitted
    client.force_login(director)

    response = client.get(review_url(task_state))

    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('class="claim-status new"') == 4
    assert 'href="https://doi.org/10.5555/' in html
    assert "I have reviewed each claim listed against its references" in html
    assert 'type="password"' in html


def test_signing_every_claim_publishes_the_reviewed_revision(client, director, submitted):
    article, task_state = submitted
    client.force_login(director)

    response = client.post(review_url(task_state), signing_post(task_state))

    assert response.status_code == 302
    article = TreatmentArticlePage.objects.get(pk=article.pk)
    assert article.live
    assert article.live_revision_id == task_state.revision_id
    sign_offs = SignOff.objects.filter(revision=task_state.revision)
    assert sign_offs.count() == 4
    for sign_off, claim in zip(sign_offs.order_by("pk"), article.claims, strict=True):
        assert sign_off.decision == Decision.APPROVED
        assert sign_off.meaning == APPROVAL_MEANING
        assert sign_off.signer_name == "Dr Maya Chen, MD"
        assert "Psychiatry" in sign_off.signer_credentials
        assert sign_off.block_id == claim.block_id
        assert sign_off.content_hash == claim_fingerprint(claim, article.therapy_status)
    assert len({s.signing for s in sign_offs}) == 1
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_APPROVED


def test_wrong_password_records_nothing(client, director, submitted):
    article, task_state = submitted
    client.force_login(director)

    response = client.post(review_url(task_state), signing_post(task_state, password="guess"))

    assert response.status_code == 200
    assert "That password is not right. Nothing was signed." in response.content.decode()
    assert not SignOff.objects.exists()
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_IN_PROGRESS
    assert not TreatmentArticlePage.objects.get(pk=article.pk).live


def test_a_wrong_password_is_said_next_to_the_password_box(client, director, submitted):
    article, task_state = submitted
    client.force_login(director)

    html = client.post(review_url(task_state), signing_post(task_state, password="guess")).content
    html = html.decode()

    box = html.index('name="password"')
    said = html.index("That password is not right")
    assert html.index('id="signing-title"') < box < said < html.index('type="submit"', box)
    assert html.count("That password is not right") == 1


def test_request_changes_needs_a_reason(client, director, submitted):
    article, task_state = submitted
    client.force_login(director)

    response = client.post(review_url(task_state), signing_post(task_state, changes={2: "  "}))

    assert "Say what needs to change in claim 2, and why." in response.content.decode()
    assert not SignOff.objects.exists()
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_IN_PROGRESS


def test_changes_requested_go_back_to_the_writer_next_to_the_claim(
    client, director, writer, submitted
):
    article, task_state = submitted
    client.force_login(director)
    mail.outbox.clear()

    client.post(
        review_url(task_state),
        signing_post(task_state, changes={2: "Say 'in one trial', not 'in trials'."}),
    )

    workflow_state = WorkflowState.objects.get(pk=task_state.workflow_state_id)
    assert workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    claim = article.claims[1]
    comment = Comment.objects.get(page=article)
    assert comment.contentpath == claim.content_path
    assert "Say 'in one trial'" in comment.text
    # Approvals of the other claims were signed and kept.
    assert SignOff.objects.filter(decision=Decision.APPROVED).count() == 3
    assert SignOff.objects.get(decision=Decision.CHANGES_REQUESTED).block_id == claim.block_id
    assert not TreatmentArticlePage.objects.get(pk=article.pk).live
    assert any(writer.email in message.to for message in mail.outbox)


def test_resubmitted_article_shows_what_changed_and_carries_over_the_rest(
    client, director, writer, submitted
):
    article, task_state = submitted
    client.force_login(director)
    client.post(review_url(task_state), signing_post(task_state, changes={1: "Too vague."}))

    # The writer rewords claim 1 and resubmits.
    reword_claim(article, 1, "<p>Benefit statement, reworded.</p>", writer)
    workflow_state = WorkflowState.objects.get(pk=task_state.workflow_state_id)
    workflow_state.resume(user=writer)
    new_task_state = TaskState.objects.filter(workflow_state=workflow_state).latest("pk")

    html = client.get(review_url(new_task_state)).content.decode()
    assert html.count('class="claim-status changed"') == 1
    assert html.count('class="claim-status unchanged"') == 3
    assert "<del>statement 0.</del> <ins>statement, reworded.</ins>" in html
    assert "Previously signed by Dr Maya Chen, MD" in html

    client.post(review_url(new_task_state), signing_post(new_task_state))

    article = TreatmentArticlePage.objects.get(pk=article.pk)
    assert article.live and article.live_revision_id == new_task_state.revision_id
    carried = SignOff.objects.filter(revision=new_task_state.revision, meaning=CARRIED_OVER_MEANING)
    assert carried.count() == 3
    assert all(s.carried_over_from.revision_id == task_state.revision_id for s in carried)


def test_signing_writes_wagtail_log_entries(client, director, submitted):
    article, task_state = submitted
    client.force_login(director)

    client.post(review_url(task_state), signing_post(task_state))

    actions = list(PageLogEntry.objects.filter(page=article).values_list("action", flat=True))
    assert "claimcheck.sign" in actions
    assert "wagtail.publish" in actions
    assert "wagtail.workflow.approve" in actions


def test_directors_are_emailed_when_an_article_awaits_review(director, writer):

    mail.outbox.clear()
    submit_for_review(add_article(title="Esketamine nasal spray"), writer)

    assert any(director.email in message.to for message in mail.outbox)


def test_writer_is_emailed_when_the_article_goes_live(client, director, writer, submitted):
    article, task_state = submitted
    client.force_login(director)
    mail.outbox.clear()

    client.post(review_url(task_state), signing_post(task_state))

    assert any(writer.email in message.to for message in mail.outbox)


def test_review_screen_frames_the_submitted_version_as_patients_will_see_it(
    client, director, submitted
):
    article, task_state = submitted
    client.force_login(director)

    response = client.get(reverse("review:preview", args=[task_state.pk]))

    assert response.status_code == 200
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    html = response.content.decode()
    assert "Benefit statement 0." in html
    assert "Not yet medically reviewed" in html


def test_preview_is_refused_to_someone_who_may_not_review(client, writer, submitted):
    article, task_state = submitted
    client.force_login(writer)

    response = client.get(reverse("review:preview", args=[task_state.pk]))

    assert response.status_code == 403
    assert b"Benefit statement" not in response.content


def test_the_screen_jumps_to_what_needs_a_decision_and_folds_the_rest(client, director):
    article = go_live(add_article(body=claims_body(4, [ReferenceFactory()])), director)
    reword_claim(article, 3, "<p>Risk statement, worded with more care.</p>", WriterFactory())
    task_state = submit_for_review(article)
    second_director = signing_director()
    client.force_login(second_director)

    html = client.get(review_url(task_state)).content.decode()

    jump = html[html.index('class="review-jump"') : html.index("</nav>", html.index("review-jump"))]
    changed = next(
        row for row in claims_under_review(article, task_state.revision) if row.number == 3
    )
    assert "Needs your decision (1)" in jump
    assert f'href="#claim-{changed.claim.block_id}"' in jump
    assert 'href="#signing-title"' in jump
    assert html.count('<details class="claim-review claim-unchanged"') == 3
    assert f'<section class="claim-review" id="claim-{changed.claim.block_id}"' in html
