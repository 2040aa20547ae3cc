"""Serving patient pages from the shared cache, and the Cache-Control every response carries."""

from delivery import page_cache
from delivery.policy import (
    PATIENT_PAGE,
    mark_private,
    mark_shared,
    shareable_request,
    shareable_response,
    staff_only,
)


class PatientPageCacheMiddleware:
    """Placed near the top of the stack: a kept page is answered before sessions, the second
    factor or routing are looked at, without a query. What it keeps carries the headers the
    middleware below it added (the content security policy and the like)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        shareable = shareable_request(request)
        if shareable and page_cache.enabled():
            kept = page_cache.fetch(request)
            if kept is not None:
                return kept
        response = self.get_response(request)
        served = getattr(request, PATIENT_PAGE, None)
        if staff_only(request):
            mark_private(response)
        elif served is not None and shareable and shareable_response(response):
            mark_shared(response)
            if request.method == "GET" and page_cache.enabled():
                page_cache.keep(request, *served, response)
        return response
