"""The site's own "page not found" for patient addresses under `make run` too.

With DEBUG on, Django answers every 404 with its yellow debug page, so a newcomer trying the
demo sees a stack of URL patterns where a patient would see the clinic's page. For patient
addresses this middleware renders the 404 page production shows; staff addresses keep Django's
debug page, which helps whoever is building the admin, and every other error is left alone.
"""

from django.conf import settings
from django.http import Http404
from django.views.defaults import page_not_found


class SiteNotFoundPageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not settings.DEBUG or not isinstance(exception, Http404):
            return None  # production already renders 404.html; other errors stay visible
        if request.path.startswith(settings.DELIVERY_STAFF_PATH):
            return None
        return page_not_found(request, exception)
