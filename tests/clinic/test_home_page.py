"""The home page: the clinic's promise, a search box, featured treatments, services, locations."""

import json

import pytest

from django.test import Client

from pages.models import HomePage
from tests.support.clinic import add_location, add_location_index, add_service, add_service_index
from tests.support.factories import WriterFactory, add_article
from tests.support.publishing import go_live

pytestmark = pytest.mark.django_db


def test_the_home_page_shows_what_a_patient_looks_for_first():
    featured = go_live(add_article(title="TMS for depression", slug="tms"))
    unreviewed = add_article(title="An unreviewed article", slug="unreviewed")
    home = HomePage.objects.get()
    draft = home.get_latest_revision_as_object()
    draft.intro = "Every page here is checked by our medical directors."
    draft.featured_treatments = json.dumps(
        [{"type": "treatment", "value": a.pk} for a in (featured, unreviewed)]
    )
    draft.save_revision(user=WriterFactory())
    go_live(HomePage.objects.get())
    services = go_live(add_service_index())
    go_live(add_service(services, title="TMS therapy", slug="tms-therapy"))
    go_live(add_location(go_live(add_location_index()), title="Riverside clinic"))

    page = Client().get("/").content.decode()

    assert "Every page here is checked by our medical directors." in page
    assert '<label for="home-search">What would you like to find?</label>' in page
    assert f'href="{featured.url}"' in page
    assert "An unreviewed article" not in page
    assert ">TMS therapy</a>" in page
    assert ">Riverside clinic</a>" in page
