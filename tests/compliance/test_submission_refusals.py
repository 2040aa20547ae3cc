"""Risky wording and missing evidence stop a submission in the real editor; drafts still save."""

import pytest

from django.utils.html import strip_tags

from wagtail.models import WorkflowState

from compliance.models import ComplianceAcknowledgement
from tests.support import editor_forms
from tests.support.editor_posts import post_article, risks

pytestmark = pytest.mark.django_db

GUARANTEED = "Ketamine gives guaranteed relief from depression."
UNREFERENCED = "Ketamine may lift mood within a day."


GUARANTEED_ID = "5b0e6a4c-1c1f-4d7e-9f57-1d2c3b4a5e6f"


def risky_body(trial):
    return [
        editor_forms.claim(GUARANTEED, [trial], block_id=GUARANTEED_ID),
        editor_forms.claim(UNREFERENCED),
        risks(editor_forms.claim("Ketamine can raise blood pressure.", [trial], "safety")),
    ]


def test_submission_with_guaranteed_relief_and_unreferenced_claim_is_refused(
    author_client, article, trial, therapy
):
    revisions_before = article.revisions.count()

    response = post_article(
        author_client, article, risky_body(trial), therapy_status=therapy, action="action-submit"
    )

    assert response.status_code == 200
    html = response.content.decode()
    # Each message names the block and says what to change.
    assert (
        "Claim 1 (“guaranteed”): Remove &#x27;guaranteed&#x27;: no treatment works for everyone."
        in html
    )
    assert f"Claim 2 (“{UNREFERENCED}”): This claim has no reference" in html
    # Nothing saved, nothing submitted; the writer's words are still on screen.
    assert article.revisions.count() == revisions_before
    assert not WorkflowState.objects.filter(object_id=str(article.pk)).exists()
    assert GUARANTEED in html
    assert UNREFERENCED in html


def test_missing_reference_is_reported_once(author_client, article, trial, therapy):
    response = post_article(
        author_client, article, risky_body(trial), therapy_status=therapy, action="action-submit"
    )

    html = response.content.decode()
    refusals = html.split("Compliance checks")[0]
    assert refusals.count("has no reference") == 1


def test_benefit_claims_without_a_risks_section_are_refused(author_client, article, trial, therapy):
    body = [
        editor_forms.claim("In trials, about half of people felt better within a week.", [trial])
    ]

    response = post_article(
        author_client, article, body, therapy_status=therapy, action="action-submit"
    )

    assert response.status_code == 200
    assert "The whole article: " in response.content.decode()
    assert not WorkflowState.objects.filter(object_id=str(article.pk)).exists()


def test_risky_draft_saves_and_the_panel_lists_what_to_fix(author_client, article, trial, therapy):
    response = post_article(author_client, article, risky_body(trial), therapy_status=therapy)
    assert response.status_code == 302

    html = author_client.get(response["Location"]).content.decode()

    panel = html.split('id="compliance-checks"')[1]
    assert "Checked: the last saved version." in panel
    assert "Must fix" in panel
    # Each finding links to its block in the editor.
    assert f'<a href="#block-{GUARANTEED_ID}-section">Claim 1</a>' in panel
    assert "“guaranteed”" in panel
    assert "Claim 2" in panel and "This claim has no reference" in panel
    assert "Why: No treatment has the same result for every person" in panel
    assert not ComplianceAcknowledgement.objects.exists()


def test_a_forged_reason_cannot_wave_through_a_block_finding(
    author_client, article, trial, therapy
):
    body = [
        editor_forms.claim(GUARANTEED, [trial], block_id=GUARANTEED_ID),
        risks(editor_forms.claim("Ketamine can raise blood pressure.", [trial], "safety")),
    ]

    response = post_article(
        author_client,
        article,
        body,
        therapy_status=therapy,
        action="action-submit",
        reasons={("guarantee-wording", GUARANTEED_ID): "Our patients love it."},
    )

    assert response.status_code == 200
    assert "Claim 1 (“guaranteed”): Remove &#x27;guaranteed&#x27;" in response.content.decode()
    assert not WorkflowState.objects.filter(object_id=str(article.pk)).exists()
    assert not ComplianceAcknowledgement.objects.exists()


def test_a_status_for_another_condition_is_flagged_in_the_editor(
    author_client, article, trial, therapy
):
    body = [
        editor_forms.claim("Ketamine may ease symptoms.", [trial], "efficacy"),
        risks(editor_forms.claim("Ketamine can raise blood pressure.", [trial], "safety")),
    ]

    response = post_article(author_client, article, body, therapy_status=therapy, condition="PTSD")
    panel = (
        author_client.get(response["Location"]).content.decode().split('id="compliance-checks"')[1]
    )

    assert "The regulatory status does not match the condition" in panel
    assert f"The status chosen covers {therapy.indication}." in panel


def test_an_empty_reference_slot_gets_the_checks_own_explanation(
    author_client, article, trial, therapy
):
    # A new claim opens with one empty "Choose reference" slot; the writer leaves it empty.
    body = [
        editor_forms.claim(GUARANTEED, [""]),
        risks(editor_forms.claim("Ketamine can raise blood pressure.", [trial], "safety")),
    ]
    revisions_before = article.revisions.count()

    response = post_article(
        author_client, article, body, therapy_status=therapy, action="action-submit"
    )

    html = response.content.decode()
    assert "This field is required" not in html
    assert f"Claim 1 (“{GUARANTEED}”): This claim has no reference" in html
    assert "Claim 1 (“guaranteed”): Remove &#x27;guaranteed&#x27;" in html
    assert article.revisions.count() == revisions_before
    assert not WorkflowState.objects.filter(object_id=str(article.pk)).exists()


def test_a_draft_saves_with_its_empty_reference_slot_dropped(author_client, article, therapy):
    body = [editor_forms.claim(UNREFERENCED, [""])]

    response = post_article(author_client, article, body, therapy_status=therapy)

    assert response.status_code == 302
    draft = article.revisions.order_by("-pk").first().as_object()
    assert [(strip_tags(claim.statement), list(claim.references)) for claim in draft.claims] == [
        (UNREFERENCED, [])
    ]


def test_a_missing_risks_section_is_reported_once(author_client, article, trial, therapy):
    body = [editor_forms.claim("In trials, about half of people felt better within a week.", [""])]

    response = post_article(
        author_client, article, body, therapy_status=therapy, action="action-submit"
    )

    [refusal] = [str(message) for message in response.wsgi_request._messages]
    assert refusal.count("Risks and side effects") == 1
    assert refusal.count("risks") == 1
    assert "has no reference" in refusal
