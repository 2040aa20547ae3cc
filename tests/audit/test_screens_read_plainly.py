"""Compliance's screens in the clinic's words: names, not usernames or ids, in reading order."""

import pytest

from django.urls import reverse

from review.models import SignOff
from tests.support.factories import ReferenceFactory, WriterFactory, add_article, claims_body
from tests.support.publishing import go_live, reword_claim

pytestmark = pytest.mark.django_db


@pytest.fixture
def reworded_last_claim(director):
    article = go_live(add_article(body=claims_body(4, [ReferenceFactory()])), director)
    reword_claim(article, 4, "<p>Risk statement, worded with more care.</p>", WriterFactory())
    return go_live(article, director)


def test_the_history_lists_each_version_s_claims_in_reading_order(
    client, compliance, reworded_last_claim
):
    client.force_login(compliance)

    html = client.get(
        reverse("audit:article_history", args=[reworded_last_claim.pk])
    ).content.decode()
    latest = html[: html.index('id="version-1"')]

    # Signed first in that review, as the only claim decided afresh, yet listed last.
    assert latest.index("Benefit statement 0.") < latest.index("Risk statement, worded with")


def test_a_claim_history_is_titled_by_its_words_not_its_id(client, compliance, reworded_last_claim):
    block_id = SignOff.objects.filter(statement__contains="Risk statement 1.").first().block_id
    client.force_login(compliance)

    html = client.get(
        reverse("audit:claim_history", args=[reworded_last_claim.pk, block_id])
    ).content.decode()

    assert "The claim first worded “Risk statement 1.”" in html
    assert "<title>Claim history: “Risk statement 1.”" in html


def test_the_export_form_offers_names_and_says_what_empty_means(
    client, compliance, reworded_last_claim, director
):
    client.force_login(compliance)

    html = client.get(reverse("audit:index")).content.decode()

    assert "---------" not in html
    assert "Every article" in html and "Every signer" in html
    assert f">{director.get_full_name()}</option>" in html
    assert f">{director.username}</option>" not in html
