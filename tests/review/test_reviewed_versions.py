"""A completed review approves the whole page, and only a full review moves "last reviewed"."""

import datetime

import pytest

from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from pages.models import TreatmentArticlePage
from review.guard.errors import UnreviewedContentError
from review.models import AppendOnlyError, ReviewedVersion, SignOff
from review.selectors import claims_under_review, medical_review_of_live_version
from tests.support.factories import WriterFactory, add_article, claims_body, signing_director
from tests.support.publishing import go_live, reword_claim, submit_for_review
from tests.support.review_screen import review_url, signing_post

pytestmark = pytest.mark.django_db


def test_unreviewed_text_beside_signed_claims_cannot_go_live_from_code(director):
    article = go_live(add_article(body=claims_body(2, [])), director=director)
    draft = article.get_latest_revision_as_object()
    draft.summary = "Most people are cured after one visit."
    revision = draft.save_revision(user=WriterFactory())

    with pytest.raises(UnreviewedContentError):
        revision.publish()

    article = TreatmentArticlePage.objects.get(pk=article.pk)
    assert article.summary != "Most people are cured after one visit."
    assert article.live_revision_id != revision.pk


def test_reviewed_version_records_are_append_only(director):
    article = go_live(add_article(body=claims_body(2, [])), director=director)
    record = ReviewedVersion.objects.get(page=article)

    with pytest.raises(AppendOnlyError):
        ReviewedVersion.objects.filter(pk=record.pk).update(content_hash="0" * 64)
    with pytest.raises(AppendOnlyError):
        record.delete()
    with pytest.raises(AppendOnlyError):
        record.save()


def test_last_reviewed_moves_only_with_a_full_review(director, monkeypatch):
    article = go_live(add_article(body=claims_body(4, [])), director=director)
    first_review = medical_review_of_live_version(article).last_reviewed
    assert ReviewedVersion.objects.get(page=article).full_review

    # A month later a small edit: one claim reworded, three carried over.
    later = timezone.now() + datetime.timedelta(days=31)
    monkeypatch.setattr("review.clock.database_now", lambda: later)
    reword_claim(article, 2, "<p>Risk statement, worded more carefully.</p>", WriterFactory())
    okafor = signing_director(username="okafor")
    article = go_live(article, director=okafor)

    review = medical_review_of_live_version(article)
    assert not ReviewedVersion.objects.filter(page=article).latest("pk").full_review
    assert review.last_reviewed == first_review
    # The carried-over claims stay credited to the director who signed their wording.
    assert {reviewer.printed_name for reviewer in review.reviewers} == {
        director.reviewer_profile.printed_name,
        okafor.reviewer_profile.printed_name,
    }


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the trigger is PostgreSQL's")
@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE review_reviewedversion SET content_hash = 'forged' WHERE id = %s",
        "DELETE FROM review_reviewedversion WHERE id = %s",
    ],
)
def test_postgresql_refuses_changing_reviewed_versions_past_the_model(director, sql):
    article = go_live(add_article(body=claims_body(2, [])), director=director)
    record = ReviewedVersion.objects.get(page=article)

    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(sql, [record.pk])

    assert ReviewedVersion.objects.get(pk=record.pk).content_hash == record.content_hash


def test_periodic_full_review_decides_every_claim_again_and_moves_last_reviewed(
    client, director, writer, monkeypatch
):
    article = go_live(add_article(body=claims_body(3, []), owner=writer), director=director)
    first = medical_review_of_live_version(article).last_reviewed
    # A year on, the article is due: the writer resubmits it unchanged.
    later = timezone.now() + datetime.timedelta(days=365)
    monkeypatch.setattr("review.clock.database_now", lambda: later)
    task_state = submit_for_review(article, writer)
    client.force_login(director)

    carried = client.get(review_url(task_state)).content.decode()
    full = client.get(review_url(task_state) + "?full=1").content.decode()
    assert carried.count("Decision on claim") == 0
    assert full.count("Decision on claim") == 3

    data = {**signing_post(task_state), "full_review": "True"}
    for row in claims_under_review(article, task_state.revision):
        data[f"decision-{row.claim.block_id}"] = "approved"
    response = client.post(review_url(task_state), data)

    assert response.status_code == 302
    assert not SignOff.objects.filter(revision=task_state.revision, carried_over_from__isnull=False)
    assert ReviewedVersion.objects.filter(page=article).latest("pk").full_review
    article = TreatmentArticlePage.objects.get(pk=article.pk)
    assert medical_review_of_live_version(article).last_reviewed == later.date() != first
