"""Patients see when each live version was medically reviewed, by whom, and what was corrected."""

import json

import pytest

from django.template.loader import render_to_string

from audit.public import public_review_history
from pages import body_builder
from pages.choices import ClaimType
from tests.support.factories import ReferenceFactory, add_article, claims_body
from tests.support.history import drop_last_risk
from tests.support.publishing import go_live

pytestmark = pytest.mark.django_db


def test_each_reviewed_version_is_listed_newest_first(article_with_two_versions):
    history = public_review_history(article_with_two_versions)

    assert [review.changed_claims for review in history] == [1, 0]
    assert [r.printed_name for r in history[0].reviewers] == ["Dr Maya Chen, MD"]


def test_the_include_shows_dates_reviewers_and_the_correction(article_with_two_versions):
    html = render_to_string(
        "audit/public_review_history.html",
        {"review_history": public_review_history(article_with_two_versions)},
    )

    assert html.count("medically reviewed by Dr Maya Chen, MD") == 2
    assert html.count("In this update we changed 1 statement of medical fact.") == 1
    assert "Correction" not in html


def test_a_removed_claim_is_said_removed_not_reworded(article_with_two_versions, director, writer):
    drop_last_risk(article_with_two_versions, writer)
    article = go_live(article_with_two_versions, director)

    history = public_review_history(article)
    assert [review.changed_claims for review in history] == [0, 1, 0]
    assert [review.removed_claims for review in history] == [1, 0, 0]
    assert history[0].changes == "removed 1"


def test_an_added_claim_is_said_added(director, writer):
    article = go_live(add_article(body=claims_body(2, [ReferenceFactory()])), director)
    draft = article.get_latest_revision_as_object()
    raw = list(draft.body.raw_data)
    raw.append(body_builder.claim("A new statement.", ClaimType.SAFETY, [ReferenceFactory().pk]))
    draft.body = json.dumps(raw)
    draft.save_revision(user=writer)
    article = go_live(article, director)

    html = render_to_string(
        "audit/public_review_history.html", {"review_history": public_review_history(article)}
    )

    assert "In this update we added 1 statement of medical fact." in html
    assert html.count("In this update") == 1  # the first version added nothing to anything


def test_an_article_never_reviewed_shows_no_history(treatments):

    draft = add_article(title="Unreviewed")

    assert public_review_history(draft) == []
    assert not render_to_string("audit/public_review_history.html", {"review_history": []}).strip()
