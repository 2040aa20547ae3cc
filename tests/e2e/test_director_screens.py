"""A medical director's screens in a real browser: the review screen leads to what needs a
decision, a wrong signing password is reported beside the password box, and a live article
can be withdrawn starting from the dashboard."""

import pytest
from playwright.sync_api import expect

from pages.models import TreatmentArticlePage
from tests.support.browser import log_in, sign_with
from tests.support.factories import (
    TEST_PASSWORD,
    ReferenceFactory,
    WriterFactory,
    add_article,
    claims_body,
    signing_director,
)
from tests.support.publishing import go_live, reword_claim, submit_for_review
from tests.support.review_screen import review_url

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

REWORDED = "Risk statement, worded with more care."
# For each radio, measured at one moment (the admin scrolls smoothly): how far its middle sits
# from the middle of its words' line, and where its top is.
RADIO_LAYOUT = """radios => radios.map(radio => {
    const box = radio.getBoundingClientRect();
    const words = document.createRange();
    words.selectNodeContents(radio.parentElement);
    words.setStartAfter(radio);
    const line = words.getBoundingClientRect();
    return [(box.top + box.height / 2) - (line.top + line.height / 2), box.top];
})"""


@pytest.fixture
def director():
    return signing_director(username="maya", first_name="Maya", last_name="Chen")


@pytest.fixture
def one_claim_changed(director):
    """A live article of 12 claims, resubmitted with the 7th reworded, for a second director."""
    article = go_live(add_article(body=claims_body(12, [ReferenceFactory()])), director)
    reword_claim(article, 7, f"<p>{REWORDED}</p>", WriterFactory())
    task_state = submit_for_review(article)
    reviewer = signing_director(username="sam", first_name="Samuel", last_name="Okafor")
    return task_state, reviewer


def test_the_review_screen_jumps_to_the_one_claim_that_needs_a_decision(
    page, live_server, screenshot, one_claim_changed
):
    task_state, reviewer = one_claim_changed
    log_in(page, live_server, "sam", TEST_PASSWORD)
    page.goto(live_server.url + review_url(task_state))

    jump = page.get_by_role("navigation", name="Needs your decision (1)")
    expect(jump).to_be_visible()
    # The eleven unchanged claims start folded; only the changed one is open to decide.
    expect(page.locator("details.claim-unchanged:not([open])")).to_have_count(11)
    changed = page.locator("section.claim-review").filter(has_text=REWORDED)
    expect(changed).not_to_be_in_viewport()

    jump.get_by_role("link", name="Claim 7").click()

    expect(changed).to_be_in_viewport()
    approve = changed.get_by_label("Approve", exact=True)
    expect(approve).to_be_visible()
    # Each radio sits in line with its words, and the two choices share a line.
    radios = changed.locator(".decision input[type=radio]")
    expect(radios).to_have_count(2)
    offsets, tops = zip(*radios.evaluate_all(RADIO_LAYOUT), strict=True)
    assert all(abs(offset) <= 2 for offset in offsets), offsets
    assert abs(tops[0] - tops[1]) <= 2, tops
    screenshot("review-screen-jump")

    jump.get_by_role("link", name="Go to signing").click()
    expect(page.get_by_label("Your password")).to_be_in_viewport()


def test_a_wrong_signing_password_is_reported_beside_the_password_box(
    page, live_server, screenshot, one_claim_changed
):
    task_state, reviewer = one_claim_changed
    log_in(page, live_server, "sam", TEST_PASSWORD)
    page.goto(live_server.url + review_url(task_state))
    page.locator("section.claim-review").get_by_label("Approve", exact=True).check()

    sign_with(page, reviewer, "not-my-password")

    password = page.get_by_label("Your password")
    error = page.locator("#password-error")
    expect(error).to_be_visible()
    expect(error).to_be_in_viewport()
    # Next to the box: within a line or two below it, not at the top of a long screen.
    gap = error.evaluate(
        "error => error.getBoundingClientRect().top"
        " - document.getElementById('id_password').getBoundingClientRect().bottom"
    )
    assert 0 <= gap < 40
    assert password.get_attribute("aria-describedby") and "password-error" in (
        password.get_attribute("aria-describedby")
    )
    screenshot("review-wrong-password")
    task_state.refresh_from_db()
    assert task_state.status == "in_progress"


def test_a_director_withdraws_a_live_article_starting_from_the_dashboard(
    page, live_server, director
):
    article = go_live(add_article(), director)
    log_in(page, live_server, "maya", TEST_PASSWORD)

    page.get_by_role("link", name="Live pages").click()
    page.get_by_role("link", name=f"Withdraw from patients: {article.title}").click()
    page.get_by_label("Why is this page being withdrawn?").fill("The cited trial was retracted.")
    page.get_by_role("button", name="Withdraw", exact=True).click()

    expect(page.get_by_role("heading", name="Live pages")).to_be_visible()
    assert not TreatmentArticlePage.objects.get(pk=article.pk).live
    page.goto(live_server.url + article.url)
    expect(page.get_by_role("heading", level=1)).not_to_have_text(article.title)
