"""Patients never see drafts: not by URL, search, sitemap or the treatments listing."""

import json

import pytest

from pages import body_builder
from pages.choices import ClaimType
from tests.support.factories import ReferenceFactory, add_article
from tests.support.publishing import go_live

pytestmark = pytest.mark.django_db

SECRET_TITLE = "Unreleased zebrafish protocol"


@pytest.fixture
def draft():
    return add_article(title=SECRET_TITLE, slug="zebrafish")


def test_draft_url_is_not_found(client, draft):
    response = client.get("/treatments/zebrafish/")

    assert response.status_code == 404
    assert SECRET_TITLE.encode() not in response.content


def test_draft_is_not_in_search_results(client, draft):
    response = client.get("/search/", {"q": "zebrafish"})

    assert response.status_code == 200
    assert SECRET_TITLE.encode() not in response.content
    assert b"No pages matched" in response.content


def test_draft_is_not_in_the_sitemap(client, draft):
    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    assert b"zebrafish" not in response.content
    assert b"/treatments/" in response.content


def test_draft_is_not_in_the_treatments_listing(client, draft):
    response = client.get("/treatments/")

    assert SECRET_TITLE.encode() not in response.content


def test_unpublished_edits_to_a_live_article_stay_private(client, draft):
    article = go_live(draft)
    article.title = "Live title"
    article.summary = "Draft-only wording about zebrafish dosing"
    article.save_revision()

    response = client.get(article.url)

    assert b"Draft-only wording" not in response.content
    search = client.get("/search/", {"q": "dosing"})
    assert b"Draft-only wording" not in search.content


def test_live_article_is_listed_searchable_and_in_sitemap(client, draft):
    article = go_live(draft)

    assert SECRET_TITLE.encode() in client.get("/treatments/").content
    assert SECRET_TITLE.encode() in client.get("/search/", {"q": "zebrafish"}).content
    assert article.url.encode() in client.get("/sitemap.xml").content


def test_a_search_for_the_reviewer_notes_words_does_not_find_the_live_article(client):
    reference = ReferenceFactory()
    body = [
        body_builder.claim(
            "Most people feel a little dizzy during a session.",
            ClaimType.SAFETY,
            [reference],
            note="Quillwort wording agreed on the telephone with the pharmacist.",
        )
    ]
    article = go_live(add_article(title="Ketamine infusion", body=json.dumps(body)))

    by_note = client.get("/search/", {"q": "quillwort"})
    by_wording = client.get("/search/", {"q": "dizzy"})

    assert article.title.encode() not in by_note.content
    assert b"No pages matched" in by_note.content
    assert article.title.encode() in by_wording.content
