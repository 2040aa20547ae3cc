"""Which responses a cache may keep, and the Cache-Control each kind of response carries.

Only a patient page that a medical review approved, served whole to a visitor without a
session, is shared: staff, previews, the admin and the "being reviewed" page never are.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control

# Set on the request by the serving hook when the page served is a reviewed patient page.
PATIENT_PAGE = "delivery_patient_page"


def reviewed_page(page):
    # The page types a medical review approves declare the fields it covers.
    return hasattr(page, "patient_visible_fields")


def without_session(request):
    """A visitor the site knows nothing about: no session, so no staff member, no password
    given for a private page, nothing that could make the page differ from anyone else's."""
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


def asks_for_a_file(request):
    # Static files and media are never pages: they are not looked for among the kept pages.
    prefixes = tuple(prefix for prefix in (settings.STATIC_URL, settings.MEDIA_URL) if prefix)
    return request.path.startswith(prefixes)


def shareable_request(request):
    return (
        request.method in ("GET", "HEAD")
        and without_session(request)
        and not request.GET
        and not asks_for_a_file(request)
    )


def staff_only(request):
    return request.path.startswith(settings.DELIVERY_STAFF_PATH) or (
        hasattr(request, "user") and request.user.is_authenticated
    )


def shareable_response(response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in cache_control
        and "no-store" not in cache_control
        and "no-cache" not in cache_control
    )


def mark_shared(response):
    # Browsers keep nothing (max-age=0): a withdrawal cannot reach into a patient's browser.
    # Shared caches (ours, which are purged) keep the page for s-maxage.
    patch_cache_control(
        response, public=True, max_age=0, s_maxage=settings.DELIVERY_SHARED_CACHE_SECONDS
    )


def mark_private(response):
    cache_control = response.get("Cache-Control", "")
    # Wagtail's admin already says more ("no-cache, no-store, must-revalidate, private").
    if "private" not in cache_control or "no-store" not in cache_control:
        response["Cache-Control"] = "private, no-store"
