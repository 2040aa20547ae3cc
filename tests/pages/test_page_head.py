"""What a browser tab, a search engine and a bookmark read of each patient page."""

import re

import pytest

from django.contrib.staticfiles import finders
from django.test import Client

from tests.support.factories import add_article
from tests.support.publishing import go_live

pytestmark = pytest.mark.django_db


def _head(response):
    return response.content.decode().split("</head>")[0]


def _meta_description(response):
    found = re.search(r'<meta name="description" content="([^"]*)">', _head(response))
    return found and found.group(1)


def _canonical(response):
    found = re.search(r'<link rel="canonical" href="([^"]*)">', _head(response))
    return found and found.group(1)


def test_the_home_page_is_titled_once_with_the_clinics_name(home):
    head = _head(Client().get("/"))

    assert "<title>Claimcheck Clinic</title>" in head


def test_other_pages_are_titled_with_their_own_name_then_the_clinics(treatments):
    head = _head(Client().get("/treatments/"))

    assert "<title>Treatments | Claimcheck Clinic</title>" in head


def test_home_and_treatments_describe_themselves_from_their_intro(home, treatments):
    assert _meta_description(Client().get("/")) == home.intro
    assert _meta_description(Client().get("/treatments/")) == treatments.intro


def test_an_article_describes_itself_from_its_search_description_or_its_summary():
    described = go_live(
        add_article(slug="described", search_description="What TMS is and who it may help.")
    )
    summarised = go_live(add_article(slug="summarised", summary="A summary for patients."))

    assert _meta_description(Client().get(described.url)) == "What TMS is and who it may help."
    assert _meta_description(Client().get(summarised.url)) == "A summary for patients."


def test_the_search_page_has_a_description(home):
    assert "Search the clinic" in _meta_description(Client().get("/search/?q=tms"))


def test_every_patient_page_names_its_full_address_on_the_host_it_was_asked_on(home):
    article = go_live(add_article(slug="tms"))
    client = Client(HTTP_HOST="clinic.example:8000")

    assert _canonical(client.get("/")) == "http://clinic.example:8000/"
    assert _canonical(client.get(article.url)) == f"http://clinic.example:8000{article.url}"
    # Search results are one page, whatever was searched for.
    assert _canonical(client.get("/search/?q=tms")) == "http://clinic.example:8000/search/"


def test_the_sitemap_lists_addresses_on_the_host_it_was_asked_on(home):
    article = go_live(add_article(slug="tms"))

    sitemap = Client(HTTP_HOST="127.0.0.1:8000").get("/sitemap.xml").content.decode()

    assert f"<loc>http://127.0.0.1:8000{article.url}</loc>" in sitemap
    assert "http://localhost/" not in sitemap


def test_a_favicon_is_linked_and_answers_at_its_usual_address(home):
    head = _head(Client().get("/"))
    assert 'rel="icon" href="/static/img/favicon.svg"' in head

    response = Client().get("/favicon.ico")

    assert response.status_code == 301
    assert response["Location"] == "/static/img/favicon.png"
    with open(finders.find("img/favicon.png"), "rb") as icon:
        assert icon.read(8) == b"\x89PNG\r\n\x1a\n"
