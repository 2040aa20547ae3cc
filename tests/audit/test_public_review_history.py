"""Patients see when each live version was medically reviewed, by whom, and what was corrected."""

import pytest

from django.template.loader import render_to_string

from audit.public import public_review_history
from tests.support.factories import add_article
from tests.support.history import drop_last_risk
from tests.support.publishing import go_live

pytestmark = pytest.mark.django_db


def test_each_reviewed_version_is_listed_newest_first(article_with_two_versions):
    history = public_review_history(article_with_two_versions)

    assert [review.revised_claims for review in history] == [1, 0]
    assert [r.printed_name for r in history[0].reviewers] == ["Dr Maya Chen, MD"]


def test_the_include_shows_dates_reviewers_and_the_correction(article_with_two_versions):
    html = render_to_string(
        "audit/public_review_history.html",
        {"review_history": public_review_history(article_with_two_versions)},
    )

    assert html.count("medically reviewed by Dr Maya Chen, MD") == 2
    assert html.count("Correction: we changed 1 statement of medical fact") == 1


def test_removing_a_claim_is_not_a_reworded_claim(article_with_two_versions, director, writer):
    drop_last_risk(article_with_two_versions, writer)
    article = go_live(article_with_two_versions, director)

    assert [review.revised_claims for review in public_review_history(article)] == [0, 1, 0]


def test_an_article_never_reviewed_shows_no_history(treatments):

    draft = add_article(title="Unreviewed")

    assert public_review_history(draft) == []
    assert not render_to_string("audit/public_review_history.html", {"review_history": []}).strip()
