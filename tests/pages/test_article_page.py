import datetime
import json
import re

import pytest
import time_machine

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from pages import body_builder
from pages.choices import ClaimType, RegulatoryStatus
from review.selectors import add_months
from tests.support.factories import (
    ReferenceFactory,
    TherapyStatusFactory,
    UserFactory,
    WriterFactory,
    add_article,
    claims_body,
    signing_director,
)
from tests.support.publishing import go_live, reword_claim

pytestmark = pytest.mark.django_db


@pytest.fixture
def references():
    return [
        ReferenceFactory(authors="Zarate CA, Singh JB", year=2006, doi="10.1001/archpsyc.63.8.856"),
        ReferenceFactory(authors="Anand A, Mathew SJ", year=2023, doi="10.1056/NEJMoa2302399"),
    ]


@pytest.fixture
def article(references):
    zarate, anand = references
    body = json.dumps(
        [
            body_builder.heading("How it works"),
            body_builder.text("A session takes about two hours."),
            body_builder.benefits(
                [body_builder.claim("About half of people responded.", ClaimType.EFFICACY, [anand])]
            ),
            body_builder.risks(
                [
                    body_builder.claim("Blood pressure can rise.", ClaimType.SAFETY, [zarate]),
                    body_builder.claim("Some feel detached.", ClaimType.SAFETY, [anand, zarate]),
                ]
            ),
        ]
    )
    return go_live(add_article(body=body))


def test_claims_carry_numbered_citations_in_order_of_first_use(client, article):
    html = client.get(article.url).content.decode()

    markers = re.findall(r'href="#ref-(\d)"', html)
    assert markers == ["1", "2", "1", "2"]
    references = html[html.index('id="references"') :]
    assert references.index("Anand A") < references.index("Zarate CA")
    assert 'href="https://doi.org/10.1056/NEJMoa2302399"' in references


def test_risks_sit_beside_benefits(client, article):
    html = client.get(article.url).content.decode()

    pair = html[html.index('class="benefits-risks"') :]
    assert pair.index('class="benefits"') < pair.index('class="risks"')


def test_regulatory_disclosure_comes_from_the_therapy_status(client, article):
    html = client.get(article.url).content.decode()

    assert (
        "Ketamine, given by intravenous infusion, is approved by the US Food and Drug "
        "Administration (FDA) for other uses, but not for treatment-resistant depression."
    ) in html


def test_live_article_names_the_director_who_signed_it(client, references):
    director = signing_director(first_name="Maya", last_name="Chen")
    article = go_live(add_article(body=claims_body(2, references)), director=director)

    html = client.get(article.url).content.decode()

    today = timezone.now().date()
    assert "Medically reviewed by <strong>Dr Maya Chen, MD</strong>" in html
    assert f'datetime="{today:%Y-%m-%d}"' in html
    assert f'Next review due: <time datetime="{add_months(today, 12):%Y-%m-%d}"' in html


def test_preview_of_a_draft_does_not_pretend_to_be_reviewed(client, article):
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    article.summary = "New unreviewed wording"
    revision = article.save_revision()

    response = client.get(
        reverse("wagtailadmin_pages:revisions_view", args=[article.pk, revision.pk])
    )

    assert response.status_code == 200
    assert b"Not yet medically reviewed" in response.content
    assert b"Medically reviewed by" not in response.content


def test_depression_article_shows_crisis_resources_and_notices(client, article):
    html = client.get(article.url).content.decode()

    assert 'href="tel:988"' in html
    assert "It is not medical advice" in html
    assert "Report an error on this page" in html


def test_other_conditions_get_no_crisis_box(client, references):
    status = TherapyStatusFactory(
        therapy="Botulinum toxin",
        route="injection",
        indication="chronic migraine",
        status=RegulatoryStatus.APPROVED,
    )
    article = go_live(
        add_article(
            title="Botox for migraine",
            condition="Chronic migraine",
            therapy_status=status,
            body=claims_body(2, references),
        )
    )

    html = client.get(article.url).content.decode()

    assert 'href="tel:988"' not in html
    assert (
        "Botulinum toxin, given by injection, is approved by the US Food and Drug "
        "Administration (FDA) for chronic migraine."
    ) in html


def test_structured_data_describes_a_medical_web_page(client, article):
    html = client.get(article.url).content.decode()

    payload = re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1)
    data = json.loads(payload)
    assert data["@type"] == "MedicalWebPage"
    assert data["about"] == {"@type": "MedicalCondition", "name": "Treatment-resistant depression"}
    assert data["medicalAudience"]["audienceType"] == "Patient"
    assert [c["identifier"] for c in data["citation"]] == [
        "doi:10.1056/NEJMoa2302399",
        "doi:10.1001/archpsyc.63.8.856",
    ]
    assert data["reviewedBy"][0]["@type"] == "Person"
    assert data["reviewedBy"][0]["name"].endswith(", MD")
    assert data["lastReviewed"] == timezone.now().date().isoformat()


def test_structured_data_cannot_break_out_of_its_script_tag(client, references):
    article = go_live(
        add_article(title="</script><script>alert(1)</script>", body=claims_body(2, references))
    )

    html = client.get(article.url).content.decode()

    assert "<script>alert(1)" not in html


def queries_to_render(client, article):
    client.get(article.url)  # warm the Site and content-type caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(article.url)
    assert response.status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_claims_or_references(client):
    small = go_live(add_article(title="Small", body=claims_body(10, [ReferenceFactory()])))
    references = [ReferenceFactory() for _ in range(20)]
    large = go_live(add_article(title="Large", body=claims_body(200, references)))

    assert queries_to_render(client, large) == queries_to_render(client, small)


def test_patients_see_the_review_history_with_dated_corrections(client, references):
    director = signing_director(first_name="Maya", last_name="Chen")
    article = go_live(add_article(body=claims_body(2, references)), director=director)
    reword_claim(article, 1, "<p>Benefit statement, now more careful.</p>", WriterFactory())
    article = go_live(article, director=signing_director(first_name="Sam", last_name="Okafor"))

    html = client.get(article.url).content.decode()

    history = html[html.index('id="review-history"') :]
    assert history.count("<li>") == 2
    assert "medically reviewed by Dr Maya Chen, MD" in history
    assert "medically reviewed by Dr Sam Okafor, MD" in history
    assert "In this update we changed 1 statement of medical fact." in history


@pytest.mark.parametrize(
    "condition", ["Post-traumatic stress disorder", "Bipolar depression", "Suicidal thoughts"]
)
def test_mental_health_articles_beyond_depression_show_the_crisis_box(
    client, references, condition
):
    status = TherapyStatusFactory(indication=condition.lower())
    article = go_live(
        add_article(
            title="Ketamine infusions",
            condition=condition,
            therapy_status=status,
            body=claims_body(2, references),
        )
    )

    assert 'href="tel:988"' in client.get(article.url).content.decode()


def test_a_small_edit_moves_last_updated_but_not_medically_reviewed(client, references):
    article = go_live(add_article(body=claims_body(2, references)))
    reviewed_on = timezone.now().date()
    later = timezone.now() + datetime.timedelta(days=40)

    # Wagtail stamps the publish with the application's clock; the review's records keep the
    # database's, so only the edit's go-live date moves.
    with time_machine.travel(later, tick=False):
        reword_claim(article, 1, "<p>About a third of people responded.</p>", WriterFactory())
        go_live(article)
    html = client.get(article.url).content.decode()

    assert f'Last updated: <time datetime="{later.date():%Y-%m-%d}">' in html
    assert f'on <time datetime="{reviewed_on:%Y-%m-%d}">{reviewed_on:%-d %B %Y}</time>' in html
