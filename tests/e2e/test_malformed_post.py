"""A writer whose browser sends a post the editor cannot read sees a plain page saying so."""

import pytest

from pages.models import TreatmentArticlePage
from tests.support.browser import log_in
from tests.support.factories import TEST_PASSWORD, WriterFactory, add_article

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_tampered_editor_post_gets_a_friendly_page_and_saves_nothing(
    page, live_server, screenshot
):
    writer = WriterFactory(username="alex", first_name="Alex", last_name="Rivera")
    article = add_article(owner=writer)
    revisions_before = article.revisions.count()
    log_in(page, live_server, "alex", TEST_PASSWORD)
    page.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")

    # What a broken extension or a hand-made request might send: a negative block count.
    page.evaluate("document.querySelector('input[name=\"body-count\"]').value = '-1'")
    page.get_by_role("button", name="Save draft").click()

    assert page.title().startswith("Not saved")
    alert = page.get_by_role("alert").first.inner_text()
    assert "Nothing was saved" in alert
    assert "body-count" in alert
    assert page.get_by_role("link", name="Back to the editor").is_visible()
    screenshot("editor-malformed-post")
    assert TreatmentArticlePage.objects.get(pk=article.pk).revisions.count() == revisions_before
