import pytest

from django.core.cache import cache


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    """Each test starts with no requests counted against the test client's address."""
    cache.clear()
    yield
    cache.clear()
