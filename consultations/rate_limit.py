"""How many consultation requests one address may send: counted in the shared cache.

The address is kept only as a keyed hash, so the cache holds no patient's IP address.
"""

import hashlib
import hmac

from axes.helpers import get_client_ip_address

from django.conf import settings
from django.core.cache import cache


def _key(request):
    address = get_client_ip_address(request) or "unknown"
    digest = hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256).hexdigest()
    return f"consultations:sent:{digest}"


def allow(request):
    """Count this attempt; False once the address has used up its attempts in the window."""
    key = _key(request)
    window = settings.CONSULTATIONS_RATE_LIMIT_WINDOW_SECONDS
    # add() starts the window only if it is not running; incr() is atomic on Redis and locmem.
    cache.add(key, 0, timeout=window)
    try:
        sent = cache.incr(key)
    except ValueError:  # the window ended between add() and incr()
        cache.add(key, 1, timeout=window)
        sent = 1
    return sent <= settings.CONSULTATIONS_RATE_LIMIT
