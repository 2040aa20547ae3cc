"""In a real browser: a medical director edits a library claim two articles share and submits
it; another director signs it once on the library's review screen; both articles show the new
wording to patients."""

import re

import pytest
from playwright.sync_api import expect

from library.models import LibraryClaim
from review.models import SignOff
from tests.support.browser import log_in, sign_with
from tests.support.factories import TEST_PASSWORD, signing_director
from tests.support.library import approved_library_claim, article_showing
from tests.support.publishing import go_live

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

OLD = "Blood pressure is checked every 15 minutes during a session."
NEW = "Blood pressure is checked every 10 minutes during a session."


def test_a_shared_claim_edited_and_signed_once_changes_both_articles(page, live_server, screenshot):
    signing_director(username="ravi", first_name="Ravi", last_name="Okafor")  # edits it
    director = signing_director(username="maya", first_name="Maya", last_name="Chen")
    shared = approved_library_claim(OLD, director=director)
    articles = [
        go_live(article_showing([shared], "Ketamine infusion", "ketamine"), director),
        go_live(article_showing([shared], "Esketamine nasal spray", "esketamine"), director),
    ]

    # A director rewords the shared claim in the claims library and submits it for review.
    log_in(page, live_server, "ravi", TEST_PASSWORD)
    page.goto(live_server.url + f"/admin/snippets/library/libraryclaim/edit/{shared.pk}/")
    statement = page.locator("[data-contentpath='statement'] [contenteditable=true]").first
    statement.click()
    page.keyboard.press("Control+A")
    page.keyboard.type(NEW)
    expect(statement).to_have_text(NEW)
    # Draftail copies what was typed into the form's hidden field a moment later; on a busy
    # machine that moment is long, and submitting before it would send the old wording.
    expect(page.locator("input[name=statement]")).to_have_value(re.compile("every 10 minutes"))
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Submit to Medical review").click()
    expect(page.locator(".messages")).to_contain_text(re.compile("submitted"))

    # Until it is signed, both articles keep the approved wording.
    page.context.clear_cookies()
    for article in articles:
        page.goto(live_server.url + article.url)
        expect(page.locator(".library-claim p")).to_have_text(OLD)

    # Another director opens it from "Awaiting my sign-off", approves and signs once.
    log_in(page, live_server, "maya", TEST_PASSWORD)
    panel = page.locator("section[aria-labelledby=awaiting-my-sign-off-heading]")
    panel.get_by_role("link", name=re.compile("Library claim")).click()
    expect(page.get_by_role("heading", name="Used in")).to_be_visible()
    expect(page.locator(".word-diff ins")).to_contain_text("10")
    page.get_by_label("Approve", exact=True).check()
    screenshot("library-review-screen")
    sign_with(page, director, TEST_PASSWORD)
    expect(page.get_by_text("You signed the library claim")).to_be_visible()

    # Patients of both articles read the new wording.
    page.context.clear_cookies()
    for article in articles:
        page.goto(live_server.url + article.url)
        expect(page.locator(".library-claim p")).to_have_text(NEW)
    screenshot("library-claim-live")
    signed = SignOff.objects.filter(block_id=str(shared.identity), decision="approved")
    assert signed.count() == 2  # the first version and this one, each signed once
    assert NEW in LibraryClaim.objects.get(pk=shared.pk).statement
