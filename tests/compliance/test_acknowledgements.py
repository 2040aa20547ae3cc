"""Warnings need the writer's reason before submission; the director reads those reasons."""

import json
import uuid

import pytest

from django.urls import reverse

from wagtail.models import WorkflowState

from compliance.models import ComplianceAcknowledgement
from pages import body_builder
from tests.support import editor_forms
from tests.support.editor_posts import post_article, risks, text
from tests.support.factories import signing_director
from tests.support.publishing import submit_for_review

pytestmark = pytest.mark.django_db

FASTER = "Many patients say the infusion works faster than tablets."
TEXT_ID = str(uuid.uuid4())
COMPARISON = ("comparison-wording", TEXT_ID)
UNMARKED = ("unmarked-claim", TEXT_ID)


def warned_body(trial):
    return [
        editor_forms.claim("In trials, about half of people felt better within a week.", [trial]),
        text(f"<p>{FASTER}</p>", block_id=TEXT_ID),
        risks(editor_forms.claim("Ketamine can raise blood pressure.", [trial], "safety")),
    ]


REASONS = {
    COMPARISON: "Patients' own words, quoted from our survey; the director asked to keep it.",
    UNMARKED: "It reports what patients told us, not a finding.",
}


def submit(client, article, trial, therapy, reasons):
    return post_article(
        client,
        article,
        warned_body(trial),
        therapy_status=therapy,
        action="action-submit",
        reasons=reasons,
    )


def test_submission_with_unacknowledged_warnings_is_refused_naming_them(
    author_client, article, trial, therapy
):
    revisions_before = article.revisions.count()

    response = submit(author_client, article, trial, therapy, {COMPARISON: REASONS[COMPARISON]})

    assert response.status_code == 200
    html = response.content.decode()
    assert f"Text 1 (“{FASTER}”) has a warning with no reason given: This sentence reads" in html
    # The acknowledged comparison is not listed as missing, and its reason is still in its box.
    assert "(“faster than”) has a warning with no reason given" not in html
    assert "Patients&#x27; own words, quoted from our survey" in html
    assert article.revisions.count() == revisions_before
    assert not WorkflowState.objects.filter(object_id=str(article.pk)).exists()
    assert not ComplianceAcknowledgement.objects.exists()


def test_blank_reasons_do_not_acknowledge(author_client, article, trial, therapy):
    response = submit(author_client, article, trial, therapy, dict.fromkeys(REASONS, "   "))

    assert response.status_code == 200
    assert "(“faster than”) has a warning with no reason given" in response.content.decode()
    assert not WorkflowState.objects.filter(object_id=str(article.pk)).exists()


def test_a_reason_longer_than_a_short_note_is_refused(author_client, article, trial, therapy):
    response = submit(author_client, article, trial, therapy, REASONS | {UNMARKED: "x" * 501})

    assert response.status_code == 200
    assert "your reason is 501 characters long. Keep it to 500." in response.content.decode()
    assert not WorkflowState.objects.filter(object_id=str(article.pk)).exists()


def test_acknowledged_warnings_let_the_article_go_to_review(
    author_client, author, article, trial, therapy
):
    # A reason for a warning the article does not have is not recorded.
    stray = {("reading-level", None): "Short words throughout."}
    response = submit(author_client, article, trial, therapy, REASONS | stray)

    assert response.status_code == 302
    state = WorkflowState.objects.get(object_id=str(article.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    submitted = state.current_task_state.revision
    recorded = {
        ack.key: ack for ack in ComplianceAcknowledgement.objects.filter(revision=submitted)
    }
    assert {key: ack.reason for key, ack in recorded.items()} == REASONS
    assert recorded[COMPARISON].user == author
    assert recorded[COMPARISON].excerpt == "faster than"
    assert recorded[COMPARISON].block_label == "Text 1"


def test_director_sees_warnings_and_the_writers_reasons(author_client, article, trial, therapy):
    submit(author_client, article, trial, therapy, REASONS)
    task_state = WorkflowState.objects.get(object_id=str(article.pk)).current_task_state
    director_client = author_client
    director_client.force_login(signing_director())

    response = director_client.get(reverse("review:screen", args=[task_state.pk]))

    assert response.status_code == 200
    html = response.content.decode()
    checks = html.split('id="compliance-review-title"')[1].split("<h2>Claims</h2>")[0]
    assert "Warning · Text 1</strong>: “faster than”" in checks
    assert "Check the comparison" in checks
    assert "Writer’s reason (Sam Okoro" in checks
    assert "Patients&#x27; own words, quoted from our survey" in checks
    assert "It reports what patients told us, not a finding." in checks


def test_reason_given_with_a_draft_is_offered_again(author_client, article, trial, therapy):
    post_article(
        author_client,
        article,
        warned_body(trial),
        therapy_status=therapy,
        reasons={UNMARKED: REASONS[UNMARKED]},
    )

    html = author_client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).content
    panel = html.decode().split('id="compliance-checks"')[1]

    assert "It reports what patients told us, not a finding.</textarea>" in panel


def test_director_is_told_when_a_warning_came_without_a_reason(client, article, trial):
    # Started in code, not through the editor, so no reasons were asked for.
    article.body = json.dumps(
        [
            body_builder.claim("About half of people felt better.", "efficacy", [trial]),
            body_builder.text(FASTER),
            body_builder.risks([body_builder.claim("Blood pressure can rise.", "safety", [trial])]),
        ]
    )
    article.save_revision()
    task_state = submit_for_review(article)
    client.force_login(signing_director())

    html = client.get(reverse("review:screen", args=[task_state.pk])).content.decode()

    checks = html.split('id="compliance-review-title"')[1].split("<h2>Claims</h2>")[0]
    assert "Warning · Text 1</strong>: “faster than”" in checks
    assert "The writer gave no reason." in checks
