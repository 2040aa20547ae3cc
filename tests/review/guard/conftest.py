"""Articles in the states each route is tried from."""

import pytest

from django.contrib.auth import get_user_model

from tests.support.factories import add_article
from tests.support.publishing import go_live, reword_first_claim


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser(
        "root", "root@clinic.example", "root-pass-not-used"
    )


@pytest.fixture
def superuser_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture
def draft_article(db):
    """Never reviewed: every claim is unsigned."""
    return add_article(title="Esketamine nasal spray")


@pytest.fixture
def live_article(db):
    """Live through a completed medical review, with an unsigned reworded draft on top."""
    article = go_live(add_article(title="Ketamine infusion for depression"))
    unsigned = reword_first_claim(article)
    article.refresh_from_db()
    article.unsigned_revision = unsigned
    return article
