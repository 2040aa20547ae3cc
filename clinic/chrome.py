"""What every patient page shows around its content: the clinic's details, its sections, and
where each reviewer's bio page is for the trust block's links.

Read once and kept in the shared cache, so the site's header, footer and those links cost no
query on a patient page; dropped whenever the details are saved or a page goes live, leaves or
moves.
"""

from django.core.cache import cache

from wagtail.models import Page

from clinic.models import (
    ClinicSettings,
    ContactPage,
    LocationIndexPage,
    ReviewerBioPage,
    ServiceIndexPage,
    live_bios,
)

CHROME_KEY = "claimcheck:clinic:chrome"
KEPT_SECONDS = 300
_SECTIONS = {ServiceIndexPage: "services", LocationIndexPage: "locations", ContactPage: "contact"}


def _sections():
    """The live services index, locations index and contact page, for the site's navigation.

    The links carry fixed labels, not the pages' titles, so nothing of a page's own text is
    shown; a page the serve-time rule holds back answers "being reviewed" when followed.
    """
    pages = (
        Page.objects.live()
        .type(*_SECTIONS)
        .only("id", "path", "depth", "url_path", "content_type_id")
        .order_by("path")
    )
    sections = {}
    for page in pages:
        sections.setdefault(_SECTIONS[page.specific_class], page)
    return sections


def _reviewer_bios():
    """Each reviewer's live bio page address, by their account: only pages patients would be
    served (the serve-time rule), so the trust block never links to one held back."""
    addresses = {}
    for bio in live_bios(ReviewerBioPage.objects.select_related("reviewer")):
        addresses.setdefault(bio.reviewer.user_id, bio.url)
    return addresses


def site_chrome():
    chrome = cache.get(CHROME_KEY)
    if chrome is None:
        details = ClinicSettings.objects.select_related("logo").first() or ClinicSettings()
        chrome = {"clinic": details, "sections": _sections(), "reviewer_bios": _reviewer_bios()}
        cache.set(CHROME_KEY, chrome, KEPT_SECONDS)
    return chrome


def forget_site_chrome(**kwargs):
    cache.delete(CHROME_KEY)
