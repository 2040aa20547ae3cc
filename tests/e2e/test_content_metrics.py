"""Wagtail's Checks side panel counts the words of the article as patients will read it."""

import re

import pytest

from tests.support.browser import collect_policy_violations, log_in
from tests.support.factories import TEST_PASSWORD, WriterFactory, add_article

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_the_checks_panel_shows_the_articles_word_count_and_reading_time(
    page, live_server, screenshot
):
    writer = WriterFactory(username="alex", first_name="Alex", last_name="Rivera")
    article = add_article(owner=writer)
    violations = collect_policy_violations(page)
    log_in(page, live_server, "alex", TEST_PASSWORD)
    page.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")

    page.get_by_role("button", name="Toggle checks").click()

    words = page.locator("[data-content-word-count]")
    # The panel reads the preview in the background; "-" until it has.
    page.wait_for_function("el => /^\\d+$/.test(el.textContent.trim())", arg=words.element_handle())
    assert int(words.inner_text()) > 20
    assert re.fullmatch(r"\d+ mins?", page.locator("[data-content-reading-time]").inner_text())
    assert page.locator("[data-content-readability-score]").inner_text() in {
        "Good",
        "Fair",
        "Complex",
    }
    assert violations == []
    screenshot("editor-checks-panel")
