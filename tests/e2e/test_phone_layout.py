"""On a 390 px phone no demo page scrolls sideways: long addresses, DOIs and tables wrap."""

import pytest

from django.core.management import call_command

from wagtail.models import Page

from pages.models import ReviewedPage

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 390, "height": 844}
# Patient screens that are not pages of the tree.
OTHER_ADDRESSES = ("/search/?q=ketamine", "/consultation/", "/consultation/privacy/", "/nowhere/")


def _patient_addresses():
    pages = Page.objects.live().public().specific()
    return [p.url for p in pages if isinstance(p, ReviewedPage)] + list(OTHER_ADDRESSES)


def test_no_demo_page_scrolls_sideways_on_a_phone(page, live_server, screenshot):
    call_command("load_demo")
    addresses = _patient_addresses()
    assert len(addresses) > 10  # the demo's articles, services, locations and contact page
    page.set_viewport_size(PHONE)

    too_wide = {}
    for address in addresses:
        page.goto(live_server.url + address)
        width = page.evaluate("document.scrollingElement.scrollWidth")
        if width > PHONE["width"]:
            too_wide[address] = width
    page.goto(live_server.url + "/treatments/tms-for-depression/")
    screenshot("phone-article")

    assert too_wide == {}
