import uuid

import pytest
import redis

from django.core.cache import cache

from tests.support.services import require_redis


@pytest.fixture
def shared_cache(settings):
    """The page cache switched on, in a real Redis (a database number of its own)."""
    url = require_redis()
    # Each test its own key prefix: page ids repeat from test to test, and another run may be
    # using the same Redis database.
    prefix = f"claimcheck-test-{uuid.uuid4().hex}"
    settings.CACHES = {
        "default": {
            "BACKEND": "delivery.redis_cache.SharedRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": prefix,
        }
    }
    settings.DELIVERY_PAGE_CACHE_SECONDS = 300
    yield cache
    client = redis.Redis.from_url(url)
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)
