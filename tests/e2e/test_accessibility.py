"""Patient pages meet WCAG 2.2 A and AA as far as axe-core can tell, on phone and desktop."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.support.factories import ReferenceFactory, add_article, claims_body
from tests.support.publishing import go_live

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WCAG_AA = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"],
    },
    "resultTypes": ["violations"],
}
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}


@pytest.fixture
def article():
    return go_live(add_article(body=claims_body(6, [ReferenceFactory(), ReferenceFactory()])))


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_patient_pages_have_no_wcag_violations(page, live_server, article, viewport):
    page.set_viewport_size(VIEWPORTS[viewport])
    axe = Axe()
    for path in ("/", "/treatments/", article.url, "/search/?q=ketamine", "/no-such-page/"):
        page.goto(live_server.url + path)

        results = axe.run(page, options=WCAG_AA)

        assert results.violations_count == 0, f"{path}:\n{results.generate_report()}"


def test_skip_link_moves_focus_to_the_main_content(page, live_server, article):
    page.goto(live_server.url + article.url)

    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to main content"
    page.keyboard.press("Enter")

    assert page.evaluate("document.activeElement.id") == "main"


def test_article_reads_fully_without_javascript(browser, live_server, article):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()

    page.goto(live_server.url + article.url)

    assert page.locator("h1").inner_text() == article.title
    assert page.locator(".claim").count() == 6
    assert page.locator(".references li").count() == 2
    context.close()
