"""Patient pages kept whole in the shared cache (Redis in production, see docs/deploy.md).

An entry is found by the address asked for, and holds the page it is and that page's
generation when it was drawn. Dropping a page (`delivery.purge.drop_page`) moves the page's
generation on, so every entry drawn before, under any address, stops being served at once,
even one a request that started before the change stores after it.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

# Headers a stored page is served with again; the rest (dates, cookies) are each response's own.
_KEPT_HEADERS = {
    "content-type",
    "content-language",
    "content-security-policy",
    "permissions-policy",
    "referrer-policy",
    "x-content-type-options",
    "x-frame-options",
    "cross-origin-opener-policy",
    "cache-control",
    "vary",
}


def enabled():
    return settings.DELIVERY_PAGE_CACHE_SECONDS > 0


def _address_key(request):
    address = f"{request.get_host()}{request.path}"
    return f"delivery:page:{hashlib.sha256(address.encode()).hexdigest()}"


def _generation_key(page_id):
    return f"delivery:generation:{page_id}"


def generation(page_id):
    return cache.get(_generation_key(page_id), 0)


def move_on(page_ids):
    """A new generation for each page: what was kept of them is no longer served."""
    for page_id in page_ids:
        key = _generation_key(page_id)
        # The generation outlives the entries it guards, so it never falls back to one in use.
        if not cache.add(key, 1, timeout=None):
            cache.incr(key)


# Which page each address was last seen to hold, in this process: the entry and that page's
# generation can then be read in one round trip. Only a hint: the generation compared is always
# the one of the page the entry itself names.
_page_at = {}


def _current_entry(address_key):
    hinted = _page_at.get(address_key)
    keys = [address_key] if hinted is None else [address_key, _generation_key(hinted)]
    found = cache.get_many(keys)
    entry = found.get(address_key)
    if entry is None:
        return None
    if entry["page_id"] == hinted:
        page_generation = found.get(_generation_key(hinted), 0)
    else:
        page_generation = generation(entry["page_id"])
        _page_at[address_key] = entry["page_id"]
    return entry if entry["generation"] == page_generation else None


def fetch(request):
    entry = _current_entry(_address_key(request))
    if entry is None:
        return None
    response = HttpResponse(entry["content"], status=200)
    for name, value in entry["headers"]:
        response[name] = value
    return response


def keep(request, page_id, page_generation, response):
    entry = {
        "page_id": page_id,
        "generation": page_generation,
        "headers": [(k, v) for k, v in response.items() if k.lower() in _KEPT_HEADERS],
        "content": response.content,
    }
    cache.set(_address_key(request), entry, settings.DELIVERY_PAGE_CACHE_SECONDS)
