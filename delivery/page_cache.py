"""Patient pages kept whole in the shared cache (Redis in production, see docs/deploy.md).

An entry is found by the address asked for, and holds the page it is and that page's
generation when it was drawn. Dropping a page (`delivery.purge.drop_page`) moves the page's
generation on, so every entry drawn before, under any address, stops being served at once,
even one a request that started before the change stores after it.

Each process serves an entry it found current again, without asking Redis, for at most
DELIVERY_RECHECK_SECONDS (half a second): asking was three quarters of the time a kept page
took. A page dropped anywhere is so gone from every process well within the second the
clinic's promise allows, and at once from the process that dropped it. What is answered from
memory tells HTTP caches in front not to keep it (`s-maxage=0`), and Varnish refilling after a
purge says so (the `Shared-Cache-Fill` header, deploy/varnish/) and is always given what Redis
holds, so that neither keeps a copy up to half a second old for an hour.
"""

import hashlib
import re
import time

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse

# Headers a stored page is served with again; the rest (dates, cookies) are each response's own.
_KEPT_HEADERS = {
    "strict-transport-security",
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
    # With the scheme: a page asked for over HTTPS carries HSTS, and plain HTTP is redirected.
    address = f"{request.scheme}://{request.get_host()}{request.path}"
    return f"delivery:page:{hashlib.sha256(address.encode()).hexdigest()}"


def _generation_key(page_id):
    return f"delivery:generation:{page_id}"


def generation(page_id):
    return cache.get(_generation_key(page_id), 0)


def move_on(page_ids):
    """A new generation for each page: what was kept of them is no longer served."""
    # This process forgets at once; the others within DELIVERY_RECHECK_SECONDS.
    _found_current.clear()
    for page_id in page_ids:
        key = _generation_key(page_id)
        # The generation outlives the entries it guards, so it never falls back to one in use.
        if not cache.add(key, 1, timeout=None):
            cache.incr(key)


# Which page each address was last seen to hold, in this process: the entry and that page's
# generation can then be read in one round trip. Only a hint: the generation compared is always
# the one of the page the entry itself names.
_page_at = {}
# {the address's full cache key: (entry, when it was last found current)}, in this process.
_found_current = {}
# However many addresses are asked for, what this process holds stays small.
_FOUND_CURRENT_MAX = 1000
_S_MAXAGE = re.compile(r"s-maxage=\d+")


def _recently_found(address_key):
    found = _found_current.get(address_key)
    if found is None:
        return None
    as_remembered, checked_at = found
    if time.monotonic() - checked_at >= settings.DELIVERY_RECHECK_SECONDS:
        return None
    return as_remembered


def _not_for_shared_caches(entry):
    """The entry as answered from a process's memory: with `s-maxage=0`, so that no HTTP cache
    in front keeps what may be up to DELIVERY_RECHECK_SECONDS old, whether or not it said it
    was refilling."""
    headers = [
        (name, _S_MAXAGE.sub("s-maxage=0", value) if name.lower() == "cache-control" else value)
        for name, value in entry["headers"]
    ]
    return {**entry, "headers": headers}


def _found(address_key, entry):
    if entry is None:
        _found_current.pop(address_key, None)
        return None
    if len(_found_current) >= _FOUND_CURRENT_MAX:
        _found_current.clear()
    _found_current[address_key] = (_not_for_shared_caches(entry), time.monotonic())
    return entry


def _current_entry(address_key, recheck=False):
    # Held under the cache's own full key: another cache (prefix, version) is another store.
    held_as = cache.make_key(address_key)
    entry = None if recheck else _recently_found(held_as)
    if entry is not None:
        return entry
    return _found(held_as, _entry_in_redis(address_key))


def _entry_in_redis(address_key):
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


def kept_entry(request):
    """What was kept of the page `request` asks for, if it is still current: its headers and
    content. None for anything else, a host the site does not serve included."""
    try:
        address_key = _address_key(request)
    except DisallowedHost:
        return None  # Django answers it, with its 400
    return _current_entry(address_key, recheck="shared-cache-fill" in request.headers)


def fetch(request):
    entry = kept_entry(request)
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
    address_key = _address_key(request)
    cache.set(address_key, entry, settings.DELIVERY_PAGE_CACHE_SECONDS)
    # Not served from this process's memory until Redis is asked whether it is still current.
    _found_current.pop(cache.make_key(address_key), None)
