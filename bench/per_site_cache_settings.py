"""bench_http.py's what-if: Django's per-site cache (local memory) in place of the shared cache.

Claimcheck with this cache served the demo article at about the rate bakerydemo's blog page
does with its own per-site cache (issue 16's figures), so it stands in for that yardstick in a
run that has no bakerydemo beside it. Never used to serve patients: the per-site cache knows
nothing of reviews or purges.
"""

from cms.settings.production import *  # noqa: F403
from cms.settings.production import MIDDLEWARE

# Inside the patient-page middleware, so that it stores the page before the short browser
# max-age is added, and answers last, as Django's documentation places it.
_inside = MIDDLEWARE.index("delivery.middleware.PatientPageCacheMiddleware") + 1
MIDDLEWARE = [
    *MIDDLEWARE[:_inside],
    "django.middleware.cache.UpdateCacheMiddleware",
    *MIDDLEWARE[_inside:],
    "django.middleware.cache.FetchFromCacheMiddleware",
]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
CACHE_MIDDLEWARE_SECONDS = 300
DELIVERY_PAGE_CACHE_SECONDS = 0
