"""A writer meets the compliance checks in the real editor; the director reads the reasons."""

import json

import pytest

from wagtail.models import WorkflowState

from compliance.models import ComplianceAcknowledgement
from pages import body_builder
from pages.choices import ClaimType
from tests.support.browser import log_in
from tests.support.factories import (
    TEST_PASSWORD,
    ReferenceFactory,
    TherapyStatusFactory,
    WriterFactory,
    add_article,
    signing_director,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

GUARANTEED = "Ketamine gives guaranteed relief from depression."
UNREFERENCED = "Ketamine may lift mood within a day."
FASTER = "Many patients say the infusion works faster than tablets."
FIXED = "In trials, about half of people felt better within a week."
REASON = "Quoted from our patient survey; the survey is linked in the FAQ."


@pytest.fixture
def draft():
    """A draft like the demo clinic's, with the mistakes a new writer makes."""
    writer = WriterFactory(username="alex", first_name="Alex", last_name="Rivera")
    trial = ReferenceFactory(authors="Okafor N, Lee J", year=2023)
    benefits = body_builder.benefits(
        [
            body_builder.claim(GUARANTEED, ClaimType.EFFICACY, [trial]),
            body_builder.claim(UNREFERENCED, ClaimType.EFFICACY, []),
        ]
    )
    body = [
        body_builder.heading("What to expect"),
        body_builder.text(FASTER),
        benefits,
        body_builder.risks(
            [body_builder.claim("Ketamine can raise blood pressure.", ClaimType.SAFETY, [trial])]
        ),
    ]
    article = add_article(
        body=json.dumps(body),
        owner=writer,
        therapy_status=TherapyStatusFactory(),
        summary="This page explains IV ketamine treatment at our clinic.",
    )
    claim_ids = [claim["id"] for claim in benefits["value"]["claims"]]
    return article, claim_ids


def submit(page):
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Submit to Medical review").click()
    page.wait_for_load_state()


def refusal(page):
    return page.locator(".messages .error").inner_text()


def test_writer_fixes_blocks_acknowledges_warnings_and_director_reads_them(
    page, live_server, screenshot, draft
):
    article, (guaranteed_id, unreferenced_id) = draft
    log_in(page, live_server, "alex", TEST_PASSWORD)
    page.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")

    # The panel lists what the last save contains, before the writer tries to submit.
    panel = page.locator("#compliance-checks")
    panel.scroll_into_view_if_needed()
    assert "Must fix" in panel.inner_text()
    screenshot("compliance-editor-panel")

    # 1. Guaranteed relief and an unreferenced claim: refused, saying what to change.
    submit(page)
    message = refusal(page)
    assert "Claim 1 in Benefits (“guaranteed”): Remove 'guaranteed'" in message
    assert f"Claim 2 in Benefits (“{UNREFERENCED}”): This claim has no reference" in message
    assert "Add the study it rests on" in message
    screenshot("compliance-submission-refused")
    assert not WorkflowState.objects.filter(object_id=str(article.pk)).exists()

    # 2. The writer rewrites the promise and removes the unsupported claim.
    statement = page.locator(f'[data-contentpath="{guaranteed_id}"] [contenteditable="true"]')
    statement.first.click()
    page.keyboard.press("Control+A")
    page.keyboard.type(FIXED)
    # Draftail copies what was typed into the form a moment later, as it does for a person.
    page.wait_for_timeout(800)
    page.locator(
        f'[data-contentpath="{unreferenced_id}"] button[data-streamfield-action="DELETE"]'
    ).first.click()
    submit(page)

    # 3. Only warnings remain: they need a reason each.
    message = refusal(page)
    assert "Must fix" not in page.locator("#compliance-checks").inner_text()
    assert f"Text 1 (“{FASTER}”) has a warning with no reason given" in message
    assert "Text 1 (“faster than”) has a warning with no reason given" in message
    reasons = page.locator("#compliance-checks textarea")
    assert reasons.count() == 2
    for index in range(reasons.count()):
        reasons.nth(index).fill(REASON)
    page.locator("#compliance-checks").scroll_into_view_if_needed()
    screenshot("compliance-warnings-acknowledged")
    submit(page)

    assert "has been submitted for moderation" in page.locator(".messages").inner_text()
    state = WorkflowState.objects.get(object_id=str(article.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    submitted = state.current_task_state.revision
    assert FIXED in submitted.as_object().claims[0].statement
    assert ComplianceAcknowledgement.objects.filter(revision=submitted).count() == 2

    # 4. The director sees the warnings and the writer's reasons on the review screen.
    signing_director(username="maya", first_name="Maya", last_name="Chen")
    page.context.clear_cookies()
    log_in(page, live_server, "maya", TEST_PASSWORD)
    page.goto(f"{live_server.url}/admin/medical-review/{state.current_task_state.pk}/")
    checks = page.locator(".compliance-review")
    checks.scroll_into_view_if_needed()
    text = checks.inner_text()
    assert "Warning · Text 1: “faster than”" in text
    assert "Writer’s reason (Alex Rivera" in text
    assert REASON in text
    screenshot("compliance-director-review")
