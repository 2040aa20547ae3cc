"""How references read to patients and how writers find them."""

import json

import pytest

from django.urls import reverse

from pages import body_builder
from pages.choices import ClaimType
from tests.support.factories import ReferenceFactory, WriterFactory, add_article
from tests.support.publishing import go_live

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("authors", "label"),
    [
        ("Zarate CA Jr, Singh JB, Carlson PJ, et al.", "Zarate CA Jr et al. 2025"),
        ("Daly EJ, Trivedi MH", "Daly EJ et al. 2025"),
        ("Janssen Pharmaceuticals, Inc.", "Janssen Pharmaceuticals 2025"),
        ("World Health Organization", "World Health Organization 2025"),
    ],
)
def test_a_company_is_one_author_and_et_al_means_more_than_one(authors, label):
    assert ReferenceFactory.build(authors=authors, year=2025).short_label == label


def test_reference_list_has_one_full_stop_after_each_part_and_citations_run_in_order(client):
    first = ReferenceFactory(authors="Murrough JW, Iosifescu DV, et al.", publisher="Am J Psych.")
    second = ReferenceFactory(authors="Janssen Pharmaceuticals, Inc.")
    body = json.dumps(
        [
            body_builder.benefits(
                [
                    body_builder.claim("Mood may lift within a day.", ClaimType.EFFICACY, [first]),
                    # Cites the second study before the first: still read as [1][2].
                    body_builder.claim(
                        "Effects fade within a week.", ClaimType.EFFICACY, [second, first]
                    ),
                ]
            ),
            body_builder.risks(
                [body_builder.claim("Blood pressure rises.", ClaimType.SAFETY, [first])]
            ),
        ]
    )
    article = go_live(add_article(body=body))

    html = client.get(article.url).content.decode()

    assert ".." not in html.split('id="references"')[1]
    assert "Murrough JW, Iosifescu DV, et al. " in html
    assert "Janssen Pharmaceuticals, Inc. " in html
    assert "<i>Am J Psych.</i>" in html
    second_claim = html.split("Effects fade within a week.")[1].split("</div>")[0]
    assert second_claim.index("[1]") < second_claim.index("[2]")


@pytest.mark.parametrize("query", ["Murrough", "2013"])
def test_writers_find_a_reference_by_author_or_year(client, query):
    ReferenceFactory(authors="Murrough JW, Iosifescu DV", year=2013, title="Antidepressant trial")
    ReferenceFactory(authors="Someone Else", year=2020, title="Another study")
    client.force_login(WriterFactory())

    response = client.get(
        reverse("wagtailsnippetchoosers_pages_reference:choose_results"), {"q": query}
    )

    html = response.content.decode()
    assert "Antidepressant trial" in html
    assert "Another study" not in html


def _first_claim_references(article):
    """The references of the article's first claim, as stored."""
    claims = article.body.raw_data[0]["value"]["claims"]
    return claims[0]["value"]["references"]


def test_an_article_read_and_saved_again_keeps_each_citation_and_its_id():
    first, second = ReferenceFactory(), ReferenceFactory()
    body = json.dumps(
        [
            body_builder.benefits(
                [body_builder.claim("Mood may lift.", ClaimType.EFFICACY, [first, second])]
            )
        ]
    )
    article = add_article(body=body)
    stored = _first_claim_references(article)

    read = type(article).objects.get(pk=article.pk)
    assert [reference.pk for reference in read.claims[0].references] == [first.pk, second.pk]
    read.save()

    assert _first_claim_references(type(article).objects.get(pk=article.pk)) == stored


def test_a_citation_added_in_code_to_a_read_claim_is_saved():
    first, second = ReferenceFactory(), ReferenceFactory()
    body = json.dumps(
        [body_builder.benefits([body_builder.claim("Mood may lift.", ClaimType.EFFICACY, [first])])]
    )
    article = add_article(body=body)

    read = type(article).objects.get(pk=article.pk)
    read.body[0].value["claims"][0].value["references"].append(second)
    read.save()

    again = type(article).objects.get(pk=article.pk)
    assert [reference.pk for reference in again.claims[0].references] == [first.pk, second.pk]
