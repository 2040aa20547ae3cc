"""The services index and each service page, linking to the treatment articles patients may read."""

import pytest

from django.test import Client

from tests.support.clinic import add_service, add_service_index
from tests.support.factories import add_article
from tests.support.publishing import go_live

pytestmark = pytest.mark.django_db


@pytest.fixture
def services():
    return go_live(add_service_index(intro="What we offer."))


def test_the_index_lists_each_reviewed_service_with_its_summary(services):
    go_live(add_service(services, title="TMS therapy", slug="tms", summary="Weekday sessions."))
    add_service(services, title="Unreviewed service", slug="draft")

    page = Client().get(services.url).content.decode()

    assert "TMS therapy" in page
    assert "Weekday sessions." in page
    assert "Unreviewed service" not in page


def test_a_service_links_to_its_live_treatment_articles(services):
    live = go_live(add_article(title="IV ketamine for depression", slug="iv-ketamine"))
    draft = add_article(title="A draft article", slug="draft-article")
    service = go_live(add_service(services, treatments=[live, draft]))

    page = Client().get(service.url).content.decode()

    assert f'href="{live.url}"' in page
    assert "A draft article" not in page
    assert "/consultation/?treatment=iv-ketamine" in page
