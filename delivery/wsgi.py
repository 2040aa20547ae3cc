"""Kept patient pages answered in front of Django, before it handles the request at all.

A page the shared cache keeps is found by the same request Django would build and the same
entry the page cache middleware would serve, with the same rules (delivery/policy.py): a
visitor without a session, GET or HEAD, no query. Django's own handling (its request signals,
the middleware stack, the response it builds) was most of the time such a page took. Anything
else, or anything in doubt, is Django's.
"""

from django.core.handlers.wsgi import WSGIRequest

from delivery import page_cache
from delivery.policy import shareable_request


class KeptPagesFirst:
    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        entry = self._kept(environ)
        if entry is None:
            return self.application(environ, start_response)
        content = entry["content"]
        headers = [*entry["headers"], ("Content-Length", str(len(content)))]
        start_response("200 OK", headers)
        return [b"" if environ["REQUEST_METHOD"] == "HEAD" else content]

    def _kept(self, environ):
        # Only a plain GET or HEAD is worth parsing; everything else is Django's at once.
        if environ.get("REQUEST_METHOD") not in ("GET", "HEAD") or environ.get("QUERY_STRING"):
            return None
        if not page_cache.enabled():
            return None
        request = WSGIRequest(environ)
        if not shareable_request(request):
            return None
        return page_cache.kept_entry(request)
