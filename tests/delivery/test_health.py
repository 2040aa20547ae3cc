"""The health check answers for the database, the shared cache and media storage."""

import pytest

from django.urls import reverse

from tests.support.services import free_port

pytestmark = pytest.mark.django_db


def health(client):
    response = client.get(reverse("delivery:health"), HTTP_ACCEPT="application/json")
    return response, response.json()


def test_the_health_check_covers_the_database_the_cache_and_storage(client, shared_cache):
    response, checks = health(client)

    assert response.status_code == 200
    assert {name.split("(")[0] for name in checks} == {"Database", "Cache", "Storage"}
    assert set(checks.values()) == {"OK"}
    assert "no-store" in response["Cache-Control"]


def test_an_unreachable_cache_fails_the_health_check_naming_it(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "delivery.redis_cache.SharedRedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
        }
    }

    response, checks = health(client)

    assert response.status_code == 500
    failing = [name for name, state in checks.items() if state != "OK"]
    assert [name.split("(")[0] for name in failing] == ["Cache"]
