"""Limits no real article reaches: each refused with a message that says which and how much."""

import re

import pytest

from django.urls import reverse

from pages.limits import (
    ARTICLE_MAX_CHARS,
    BLOCKS_MAX,
    CLAIM_MAX_CHARS,
    SUMMARY_MAX_CHARS,
    TEXT_BLOCK_MAX_CHARS,
    TITLE_MAX_CHARS,
)
from tests.support import editor_forms, editor_posts
from tests.support.factories import WriterFactory, add_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def writer_client(client):
    client.force_login(WriterFactory())
    return client


@pytest.fixture
def article():
    return add_article()


def post(client, article, body, **fields):
    data = editor_forms.edit_form(article, body, action=None, **fields)
    return client.post(reverse("wagtailadmin_pages:edit", args=[article.pk]), data)


def words(length):
    return ("Plain words for patients. " * (length // 26 + 1))[:length]


def test_a_claim_at_the_limit_saves(writer_client, article):
    revisions = article.revisions.count()

    response = post(writer_client, article, [editor_forms.claim(words(CLAIM_MAX_CHARS))])

    assert response.status_code == 302
    assert article.revisions.count() == revisions + 1


def test_a_claim_over_the_limit_is_a_form_error(writer_client, article):
    revisions = article.revisions.count()

    response = post(writer_client, article, [editor_forms.claim(words(CLAIM_MAX_CHARS + 1))])

    assert response.status_code == 200
    assert f"at most {CLAIM_MAX_CHARS} characters" in response.content.decode()
    assert article.revisions.count() == revisions


def test_a_text_block_over_the_limit_is_a_form_error(writer_client, article):
    text = editor_posts.text(f"<p>{words(TEXT_BLOCK_MAX_CHARS + 1)}</p>")

    response = post(writer_client, article, [text])

    assert response.status_code == 200
    assert f"at most {TEXT_BLOCK_MAX_CHARS} characters" in response.content.decode()


def test_a_long_summary_is_a_form_error(writer_client, article):
    revisions = article.revisions.count()

    response = post(
        writer_client,
        article,
        [editor_forms.claim("Mood may lift.")],
        summary="S" * (SUMMARY_MAX_CHARS + 1),
    )

    assert response.status_code == 200
    assert f"at most {SUMMARY_MAX_CHARS} characters" in response.content.decode()
    assert article.revisions.count() == revisions


def test_a_long_title_is_a_form_error(writer_client, article):
    revisions = article.revisions.count()
    article.title = "T" * (TITLE_MAX_CHARS + 1)  # edit_form posts the article's own title

    response = post(writer_client, article, [editor_forms.claim("Mood may lift.")])

    assert response.status_code == 200
    assert f"at most {TITLE_MAX_CHARS} characters" in response.content.decode()
    assert article.revisions.count() == revisions


def test_more_blocks_than_an_article_may_hold_are_refused(writer_client, article):
    body = [("heading", f"Heading {n}", editor_forms.claim("x")[2]) for n in range(BLOCKS_MAX + 1)]
    revisions = article.revisions.count()

    response = post(writer_client, article, body)

    assert response.status_code == 400
    assert f"an article may have {BLOCKS_MAX:,}" in response.content.decode()
    assert article.revisions.count() == revisions


def test_an_article_larger_than_the_limit_is_refused(writer_client, article):
    block = f"<p>{words(TEXT_BLOCK_MAX_CHARS - 10)}</p>"
    body = [editor_posts.text(block) for _ in range(ARTICLE_MAX_CHARS // TEXT_BLOCK_MAX_CHARS + 1)]
    revisions = article.revisions.count()

    response = post(writer_client, article, body)

    assert response.status_code == 400
    assert f"passes {ARTICLE_MAX_CHARS:,} characters" in response.content.decode()
    assert article.revisions.count() == revisions


def test_a_post_larger_than_django_reads_gets_the_friendly_page(writer_client, article, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    revisions = article.revisions.count()

    response = post(writer_client, article, [editor_forms.claim(words(20_000))])

    assert response.status_code == 400
    assert "larger than the editor accepts" in response.content.decode()
    assert article.revisions.count() == revisions


def test_a_pasted_360_character_title_reaches_the_form_error_whole(writer_client, article):
    revisions = article.revisions.count()
    editor = writer_client.get(reverse("wagtailadmin_pages:edit", args=[article.pk]))
    title_input = re.search(r'<input[^>]*name="title"[^>]*>', editor.content.decode()).group(0)
    # With a maxlength the browser would cut the paste to 255 without a word.
    assert "maxlength" not in title_input

    article.title = words(360)
    response = post(writer_client, article, [editor_forms.claim("Mood may lift.")])

    page = response.content.decode()
    assert f"at most {TITLE_MAX_CHARS} characters (it has 360)" in page
    assert f'value="{words(360)}"' in page
    assert article.revisions.count() == revisions
