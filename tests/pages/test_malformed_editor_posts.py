"""Malformed editor posts get a 400 page naming what was wrong; nothing is saved, nothing lost."""

import json
import uuid
from urllib.parse import urlencode

import pytest

from django.urls import reverse

from pages import body_builder
from pages.models import TreatmentArticlePage
from tests.support import editor_forms, editor_posts
from tests.support.factories import ReferenceFactory, WriterFactory, add_article, claims_body
from tests.support.publishing import go_live
from tests.support.snapshots import snapshot

pytestmark = pytest.mark.django_db


@pytest.fixture
def writer_client(client):
    client.force_login(WriterFactory())
    return client


@pytest.fixture
def live_article():
    return go_live(add_article(body=claims_body(4, [ReferenceFactory()])))


def edit_url(article):
    return reverse("wagtailadmin_pages:edit", args=[article.pk])


def saved_form(article, **fields):
    """The editor's post of the article as it stands, saving a draft."""
    return editor_forms.edit_form(
        article, editor_forms.body_as_posted(article), action=None, **fields
    )


def assert_refused(client, article, data, *, naming):
    before = snapshot(article)
    revisions = article.revisions.count()

    response = client.post(edit_url(article), data)

    assert response.status_code == 400
    page = response.content.decode()
    assert "Nothing was saved" in page
    assert naming in page
    assert article.revisions.count() == revisions
    assert snapshot(article) == before
    return page


def first_key(data, suffix):
    return next(key for key in sorted(data) if key.endswith(suffix))


def test_unknown_block_type_is_refused_not_dropped(writer_client, live_article):
    data = saved_form(live_article)
    data["body-1-type"] = "promotion"

    page = assert_refused(writer_client, live_article, data, naming="body-1-type")
    assert "“promotion” is not a kind of block here" in page


@pytest.mark.parametrize("count", ["-1", "abc", "", "1.5", "٣"])
def test_bad_block_count_is_refused(writer_client, live_article, count):
    data = saved_form(live_article)
    data["body-count"] = count

    assert_refused(writer_client, live_article, data, naming="body-count")


def test_count_smaller_than_the_blocks_posted_is_refused(writer_client, live_article):
    data = saved_form(live_article)
    data["body-count"] = str(int(data["body-count"]) - 1)

    page = assert_refused(writer_client, live_article, data, naming="body-2")
    assert "would be dropped unsaved" in page


@pytest.mark.parametrize("suffix", ["-order", "-deleted", "-type", "-id"])
def test_missing_structural_field_is_refused(writer_client, live_article, suffix):
    data = saved_form(live_article)
    key = first_key(data, f"claims-0{suffix}")
    del data[key]

    page = assert_refused(writer_client, live_article, data, naming=key)
    assert "is missing from the post" in page


def test_deleted_must_be_empty_or_one(writer_client, live_article):
    data = saved_form(live_article)
    key = first_key(data, "claims-0-deleted")
    data[key] = "false"  # Wagtail would read any text as "deleted"

    assert_refused(writer_client, live_article, data, naming=key)


def test_negative_order_is_refused(writer_client, live_article):
    data = saved_form(live_article)
    data["body-0-order"] = "-1"

    assert_refused(writer_client, live_article, data, naming="body-0-order")


@pytest.mark.parametrize("block_id", ["a.b", "not-a-uuid", "", "../x"])
def test_block_ids_must_be_uuids(writer_client, live_article, block_id):
    data = saved_form(live_article)
    key = first_key(data, "claims-0-id")
    data[key] = block_id

    page = assert_refused(writer_client, live_article, data, naming=key)
    if block_id:
        assert "is not a block id (a UUID)" in page


def test_a_repeated_block_id_is_refused(writer_client, live_article):
    data = saved_form(live_article)
    data["body-2-value-claims-0-id"] = data["body-1-value-claims-0-id"]

    page = assert_refused(writer_client, live_article, data, naming="body-2-value-claims-0-id")
    assert "repeats another block" in page


def test_deeply_nested_rich_text_is_refused(writer_client, live_article):
    data = saved_form(live_article)
    key = first_key(data, "claims-0-value-statement")
    data[key] = "[" * 5000 + "]" * 5000

    page = assert_refused(writer_client, live_article, data, naming=key)
    assert "nested too deeply" in page


@pytest.mark.parametrize("statement", ["{", "", '{"blocks": 5}', '{"blocks": [{"text": 5}]}'])
def test_rich_text_the_editor_did_not_write_is_refused(writer_client, live_article, statement):
    data = saved_form(live_article)
    key = first_key(data, "claims-0-value-statement")
    data[key] = statement

    assert_refused(writer_client, live_article, data, naming=key)


@pytest.mark.parametrize("reference", ["abc", "1.5", "-1", "99999999999999999999"])
def test_non_numeric_snippet_id_is_refused(writer_client, live_article, reference):
    data = saved_form(live_article)
    key = first_key(data, "references-0-value")
    data[key] = reference

    page = assert_refused(writer_client, live_article, data, naming=key)
    assert "is not the id of a chosen item" in page


def test_non_numeric_therapy_status_is_refused(writer_client, live_article):
    data = saved_form(live_article)
    data["therapy_status"] = "ketamine"

    assert_refused(writer_client, live_article, data, naming="therapy_status")


def test_nul_in_a_title_is_refused(writer_client, live_article):
    page = assert_refused(
        writer_client,
        live_article,
        saved_form(live_article) | {"title": "Ketamine\x00 infusion"},
        naming="title",
    )
    assert "NUL character (U+0000)" in page


def test_invalid_utf8_in_a_title_is_refused(writer_client, live_article):
    data = saved_form(live_article)
    data.pop("title")
    body = urlencode(data) + "&title=Ketamine%FF%FE+infusion"  # bytes that are not UTF-8
    before = snapshot(live_article)

    response = writer_client.post(
        edit_url(live_article), body, content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 400
    assert "U+FFFD" in response.content.decode()
    assert snapshot(live_article) == before


def test_lone_surrogate_in_a_claim_is_refused(writer_client, live_article):
    data = saved_form(live_article)
    key = first_key(data, "claims-0-value-statement")
    state = json.loads(data[key])
    raw = json.dumps(state).replace(state["blocks"][0]["text"], "Mood \\\\ud800 lifts")
    data[key] = raw.replace("\\\\ud800", "\\ud800")

    page = assert_refused(writer_client, live_article, data, naming=key)
    assert "lone surrogate" in page


def test_preview_of_a_malformed_post_is_refused(writer_client, live_article):
    data = saved_form(live_article)
    data["body-count"] = "-1"

    response = writer_client.post(
        reverse("wagtailadmin_pages:preview_on_edit", args=[live_article.pk]), data
    )

    assert response.status_code == 400


def test_creating_an_article_from_a_malformed_post_creates_nothing(writer_client, treatments):
    data = editor_forms.article_form(
        title="New article",
        therapy_status=add_article().therapy_status,
        body=[editor_forms.claim("Mood may lift.")],
    )
    data["body-0-type"] = "nonsense"
    articles = TreatmentArticlePage.objects.count()

    response = writer_client.post(
        reverse("wagtailadmin_pages:add", args=["pages", "treatmentarticlepage", treatments.pk]),
        data,
    )

    assert response.status_code == 400
    assert TreatmentArticlePage.objects.count() == articles


def test_a_well_formed_post_still_saves_every_claim(writer_client, live_article):
    body = [*editor_forms.body_as_posted(live_article), editor_posts.text("<p>Plain words.</p>")]

    response = writer_client.post(
        edit_url(live_article), editor_forms.edit_form(live_article, body, action=None)
    )

    assert response.status_code == 302
    saved = TreatmentArticlePage.objects.get(pk=live_article.pk).get_latest_revision_as_object()
    assert [c.block_id for c in saved.claims] == [c.block_id for c in live_article.claims]


def test_an_article_stored_with_a_dotted_block_id_can_still_be_edited(writer_client):
    """Ids from before they had to be UUIDs: the editor's check names the block, no KeyError."""
    reference = ReferenceFactory()
    odd = body_builder.claim("Nausea is common.", "safety", [reference], block_id="risk.one")
    body = [
        body_builder.benefits([body_builder.claim("Mood may lift.", "efficacy", [reference])]),
        {**body_builder.risks([odd]), "id": "section.two"},
    ]
    article = add_article(body=json.dumps(body))

    response = writer_client.get(edit_url(article))

    assert response.status_code == 200
    good = {
        **saved_form(article),
        "body-1-id": str(uuid.uuid4()),
        "body-1-value-claims-0-id": str(uuid.uuid4()),
    }
    assert writer_client.post(edit_url(article), good).status_code == 302
