"""A retraction in a real browser: Compliance marks a study retracted, the patient page stops
showing the claim resting on it, and a director sees the urgent review with the event, sends
the claim back, and signs the corrected claim, which patients then read."""

import json

import pytest
from playwright.sync_api import expect

from lifecycle.evidence import forget_retractions
from lifecycle.models import EvidenceEvent
from pages import body_builder
from pages.choices import ClaimType
from pages.models import TreatmentArticlePage
from tests.support.browser import log_in, sign_with
from tests.support.factories import (
    TEST_PASSWORD,
    ComplianceFactory,
    ReferenceFactory,
    WriterFactory,
    add_article,
    signing_director,
)
from tests.support.publishing import go_live

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

RESTING_CLAIM = "In one small trial, most people felt better within a day."
CORRECTED_CLAIM = "In a larger trial, about half of people felt better within a day."
OTHER_CLAIM = "During an infusion, blood pressure often rises for a short time."


@pytest.fixture(autouse=True)
def no_kept_retractions():
    yield
    forget_retractions()  # the retraction recorded here is kept in the cache


@pytest.fixture
def clinic():
    writer = WriterFactory(username="alex", first_name="Alex", last_name="Rivera")
    director = signing_director(username="maya", first_name="Maya", last_name="Chen")
    ComplianceFactory(username="cora", first_name="Cora", last_name="Compliance")
    doomed = ReferenceFactory(authors="Doubtful D, Later L", title="A small trial later retracted")
    sound = ReferenceFactory(authors="Sound S, Steady T", title="A larger trial")
    body = json.dumps(
        [
            body_builder.claim(RESTING_CLAIM, ClaimType.EFFICACY, [doomed]),
            body_builder.claim(OTHER_CLAIM, ClaimType.SAFETY, [sound]),
        ]
    )
    article = add_article(title="Ketamine infusion for depression", body=body, owner=writer)
    return go_live(article, director), writer, director, doomed, sound


def correct_the_claim(article, writer, replacement):
    """The writer rewords the claim and cites the larger trial, then resubmits it."""
    draft = article.get_latest_revision_as_object()
    raw = list(draft.body.raw_data)
    claim = next(body_builder.raw_claims(raw))
    claim["value"]["statement"] = f"<p>{CORRECTED_CLAIM}</p>"
    claim["value"]["references"] = [{"type": "item", "value": replacement.pk, "id": "r1"}]
    draft.body = json.dumps(raw)
    draft.save_revision(user=writer)
    TreatmentArticlePage.objects.get(pk=article.pk).current_workflow_state.resume(user=writer)


def test_a_retracted_study_hides_its_claim_until_a_director_signs_the_correction(
    page, live_server, screenshot, clinic
):
    article, writer, director, doomed, sound = clinic

    # Compliance records the retraction.
    log_in(page, live_server, "cora", TEST_PASSWORD)
    page.goto(live_server.url + "/admin/snippets/lifecycle/evidenceevent/add/")
    page.locator("#id_reference").select_option(label=str(doomed))
    page.locator("#id_kind").select_option(label="Retracted")
    page.locator("#id_occurred_on").fill("2026-11-20")
    page.locator("#id_source_url").fill("https://doi.org/10.5555/retraction.7")
    page.locator("#id_note").fill("The journal found the data could not be verified.")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".messages")).to_contain_text("created")
    assert EvidenceEvent.objects.get().kind == EvidenceEvent.Kind.RETRACTED

    # A patient no longer reads the claim; the rest of the page is still there.
    page.context.clear_cookies()
    page.goto(live_server.url + article.url)
    expect(page.get_by_text(RESTING_CLAIM)).to_have_count(0)
    expect(page.get_by_text(OTHER_CLAIM)).to_be_visible()
    expect(page.get_by_role("heading", name="A statement is being re-checked")).to_be_visible()
    screenshot("retracted-claim-hidden")

    # The director finds the urgent review with the event, and sends the claim back.
    log_in(page, live_server, "maya", TEST_PASSWORD)
    panel = page.locator("section[aria-labelledby=awaiting-my-sign-off-heading]")
    expect(panel).to_contain_text("Urgent")
    panel.get_by_role("button", name="I’m taking this one").click()
    expect(page.locator(".messages")).to_contain_text("You are taking this review")
    expect(panel.get_by_role("button", name="I’m taking this one")).to_have_count(0)
    panel.get_by_role("link", name=article.title).click()
    causes = page.locator("section[aria-labelledby=review-causes]")
    expect(causes).to_contain_text("Retracted")
    expect(causes).to_contain_text("A small trial later retracted")
    screenshot("urgent-review-with-event")
    # Nothing changed in the text, so the claims would carry over: the director decides each
    # afresh.
    page.get_by_role("link", name="do a full review").click()
    expect(page.get_by_text("Full review: decide every claim again.")).to_be_visible()
    expect(page.locator(".claim-review")).to_have_count(2)
    first, second = page.locator(".claim-review").all()
    first.get_by_label("Request changes", exact=True).check()
    first.get_by_role("textbox").fill("The study was retracted: cite the larger trial.")
    second.get_by_label("Approve", exact=True).check()
    sign_with(page, director, TEST_PASSWORD)
    expect(page.get_by_text("went back to the writer with your reasons")).to_be_visible()

    # The writer corrects the claim; the director signs the corrected claim.
    correct_the_claim(article, writer, sound)
    page.goto(live_server.url + "/admin/")
    panel.get_by_role("link", name=article.title).click()
    expect(page.locator("section[aria-labelledby=review-causes]")).to_contain_text("Retracted")
    expect(page.locator(".claim-status.changed")).to_have_count(1)
    page.locator(".claim-review").first.get_by_label("Approve", exact=True).check()
    sign_with(page, director, TEST_PASSWORD)
    expect(page.get_by_text("It is now live")).to_be_visible()

    page.context.clear_cookies()
    page.goto(live_server.url + article.url)
    expect(page.get_by_text(CORRECTED_CLAIM)).to_be_visible()
    expect(page.get_by_role("heading", name="A statement is being re-checked")).to_have_count(0)
    screenshot("corrected-claim-live")
