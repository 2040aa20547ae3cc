"""The whole journey in a real browser: a writer builds and submits an article in Wagtail's
editor, a director asks for a change, the writer fixes it, the director signs with their
password and authenticator code, and a patient reads the live page with its medical review."""

import re

import pytest
from playwright.sync_api import expect

from pages.models import TreatmentArticlePage, TreatmentIndexPage
from review.models import SignOff
from tests.support.browser import log_in, sign_with
from tests.support.factories import (
    TEST_PASSWORD,
    ReferenceFactory,
    TherapyStatusFactory,
    WriterFactory,
    signing_director,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

CLAIMS = [
    ("In one trial, about half of people felt better within a day.", "Statistic"),
    ("During an infusion, blood pressure often goes up for a short time.", "Safety"),
]


@pytest.fixture
def people():
    writer = WriterFactory(username="alex", first_name="Alex", last_name="Rivera")
    director = signing_director(username="maya", first_name="Maya", last_name="Chen")
    return writer, director


@pytest.fixture
def evidence():
    TherapyStatusFactory()
    return ReferenceFactory(
        authors="Anand A, Mathew SJ, Sanacora G",
        title="Ketamine versus ECT for nonpsychotic treatment-resistant major depression",
        year=2023,
        doi="10.1056/NEJMoa2302399",
    )


def add_claim(page, statement, claim_type):
    page.get_by_role("button", name="Insert a block").last.click()
    page.get_by_role("option", name="Claim", exact=True).click()
    claim = page.locator("[data-contentpath='statement']").last
    editor = claim.locator("[contenteditable=true]")
    # Typed into this claim's own editor, and checked there: keyboard input sent to whichever
    # editor had focus once landed inside the previous claim's words.
    expect(editor).to_be_visible()
    editor.click()
    expect(editor).to_be_focused()
    page.keyboard.type(statement)
    expect(editor).to_have_text(statement)
    block = claim.locator("xpath=ancestor::*[@data-contentpath][1]")
    block.locator("[data-contentpath='claim_type'] select").select_option(label=claim_type)
    # A new claim starts with one empty reference slot.
    block.get_by_role("button", name="Choose reference").click()
    page.locator(".modal-content").get_by_role("link", name=re.compile("Anand")).first.click()
    expect(page.locator(".modal-content")).to_have_count(0)


def test_article_goes_from_draft_to_signed_and_live(
    page, live_server, screenshot, people, evidence
):
    treatments = TreatmentIndexPage.objects.get()
    _, director = people

    # The writer builds the article in the editor and submits it.
    log_in(page, live_server, "alex", TEST_PASSWORD)
    page.goto(live_server.url + f"/admin/pages/add/pages/treatmentarticlepage/{treatments.pk}/")
    page.fill("#id_title", "Ketamine infusion for depression")
    page.get_by_role("tab", name="Promote").click()
    page.fill("#id_slug", "ketamine-infusion-for-depression")
    page.get_by_role("tab", name="Content").click()
    page.fill(
        "#id_summary", "This page explains a treatment our clinic offers and how a visit works."
    )
    page.fill("#id_condition", "Treatment-resistant depression")
    page.get_by_role("button", name="Choose therapy status").click()
    page.locator(".modal-content").get_by_role("link", name=re.compile("Ketamine")).first.click()
    for statement, claim_type in CLAIMS:
        add_claim(page, statement, claim_type)
    page.get_by_role("button", name="Save draft").click()
    expect(
        page.get_by_text(re.compile("Ketamine infusion for depression' (created|has been)"))
    ).to_be_visible()
    screenshot("editor-draft")
    submit(page)
    article = TreatmentArticlePage.objects.get()
    assert article.current_workflow_state.status == "in_progress"

    # The director asks for a change to the first claim.
    log_in(page, live_server, "maya", TEST_PASSWORD)
    open_from_awaiting_my_sign_off(page)
    expect(page.get_by_role("heading", name="Claims")).to_be_visible()
    first, second = page.locator(".claim-review").all()
    first.get_by_label("Request changes", exact=True).check()
    first.get_by_role("textbox").fill("Name the trial: say 'in one 2023 trial'.")
    second.get_by_label("Approve", exact=True).check()
    sign_with(page, director, TEST_PASSWORD)
    expect(page.get_by_text("went back to the writer with your reasons")).to_be_visible()

    # The writer sees the reason and rewords the claim.
    log_in(page, live_server, "alex", TEST_PASSWORD)
    expect(page.get_by_text("Name the trial: say 'in one 2023 trial'.").first).to_be_visible()
    page.goto(live_server.url + f"/admin/pages/{article.pk}/edit/")
    statement = page.locator("[data-contentpath='statement'] [contenteditable=true]").first
    statement.click()
    page.keyboard.press("End")
    page.keyboard.type(" This was one 2023 trial.")
    # Draftail copies what was typed into the form a moment later, as it does for a person.
    page.wait_for_timeout(800)
    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_text(re.compile("has been updated"))).to_be_visible()
    submit(page, resubmit=True)

    # The director sees what changed, signs with the password, and the page goes live.
    log_in(page, live_server, "maya", TEST_PASSWORD)
    open_from_awaiting_my_sign_off(page)
    expect(page.locator(".claim-status.changed")).to_have_count(1)
    expect(page.locator(".word-diff ins")).to_contain_text("2023")
    expect(page.locator(".claim-status.unchanged")).to_have_count(1)
    page.locator(".claim-review").first.get_by_label("Approve", exact=True).check()
    screenshot("review-screen")
    sign_with(page, director, TEST_PASSWORD)
    expect(page.get_by_text("It is now live")).to_be_visible()
    assert SignOff.objects.filter(decision="approved").count() == 3

    # A patient reads it, with the director named.
    page.context.clear_cookies()
    page.goto(live_server.url + "/treatments/ketamine-infusion-for-depression/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Ketamine infusion for depression")
    expect(page.locator(".trust-block")).to_contain_text("Medically reviewed by Dr Maya Chen, MD")
    # Each claim reads as the writer typed it and the director signed it.
    first, second = (statement for statement, _ in CLAIMS)
    expect(page.locator(".claim").first).to_contain_text(f"{first} This was one 2023 trial.")
    expect(page.locator(".claim").nth(1)).to_contain_text(second)
    screenshot("live-article")


def open_from_awaiting_my_sign_off(page):
    panel = page.locator("section[aria-labelledby=awaiting-my-sign-off-heading]")
    panel.get_by_role("link", name="Ketamine infusion for depression").click()


def submit(page, resubmit=False):
    label = "Resubmit to Medical director sign-off" if resubmit else "Submit to Medical review"

    def press_submit():
        page.get_by_role("button", name="More actions").click()
        page.get_by_role("button", name=label).click()
        # Wait for this submission's answer, not the previous page's messages: either the
        # checker's refusal or the confirmation.
        answer = page.locator(".messages .error").or_(
            page.locator(".messages").get_by_text(re.compile("submitted|resubmitted"))
        )
        expect(answer.first).to_be_visible()

    press_submit()
    if page.locator(".messages .error").count():
        # The checker asks for a reason for each warning; the director will read them.
        for reason in page.locator("#compliance-checks textarea").all():
            reason.fill("Describes the page, not the treatment's effects.")
        press_submit()
    expect(page.locator(".messages")).to_contain_text(re.compile("submitted|resubmitted"))
