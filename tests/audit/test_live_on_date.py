"""Given a date, auditors see exactly what patients were served that day, and its sign-offs."""

import datetime
import re

import pytest

from django.urls import reverse

from review.withdrawal import withdraw
from tests.support.factories import add_article
from tests.support.history import backdate_publications
from tests.support.publishing import go_live, reword_claim

pytestmark = pytest.mark.django_db

DAY_ONE, DAY_THREE = datetime.date(2021, 3, 1), datetime.date(2021, 3, 3)


def article_element(html):
    return re.search(r"<article>.*</article>", html, re.DOTALL).group(0)


@pytest.fixture
def served_each_day(client, director, writer):
    """Serve version 1 to a patient, then put version 2 live; return what was served."""
    article = go_live(add_article(owner=writer), director)
    served_v1 = article_element(client.get(article.url).content.decode())
    first_revision = article.live_revision_id
    reword_claim(article, 1, "<p>Benefit statement, wording 2.</p>", writer)
    article = go_live(article, director)
    backdate_publications(article, DAY_ONE, DAY_THREE)
    return article, first_revision, served_v1


def test_the_day_between_two_versions_shows_the_first(client, compliance, served_each_day):
    article, first_revision, served_v1 = served_each_day
    client.force_login(compliance)

    html = client.get(
        reverse("audit:live_on", args=[article.pk]), {"date": "2021-03-02"}
    ).content.decode()

    as_served = reverse("audit:as_served", args=[article.pk, first_revision])
    assert "Version 1, live from 1 Mar 2021, 09:00 UTC until 3 Mar 2021, 09:00 UTC" in html
    assert "Version 2" not in html
    assert f'src="{as_served}"' in html
    assert "Benefit statement 0." in html and "Dr Maya Chen, MD" in html


def test_the_version_renders_exactly_as_it_was_served(client, compliance, served_each_day):
    article, first_revision, served_v1 = served_each_day
    client.force_login(compliance)

    rendered = client.get(reverse("audit:as_served", args=[article.pk, first_revision]))

    assert article_element(rendered.content.decode()) == served_v1
    assert "Benefit statement 0." in served_v1
    assert "wording 2" not in served_v1
    assert "Medically reviewed by" in served_v1


def test_a_day_with_two_versions_shows_both(client, compliance, served_each_day):
    article, _, _ = served_each_day
    client.force_login(compliance)

    html = client.get(
        reverse("audit:live_on", args=[article.pk]), {"date": "2021-03-03"}
    ).content.decode()

    assert "Version 1, live from" in html and "Version 2, live from" in html


def test_a_day_before_the_first_publish_shows_nothing(client, compliance, served_each_day):
    article, _, _ = served_each_day
    client.force_login(compliance)

    html = client.get(
        reverse("audit:live_on", args=[article.pk]), {"date": "2021-02-28"}
    ).content.decode()

    assert "Nothing of this article was live on 28 February 2021" in html


def test_drafts_that_never_went_live_are_not_served(client, compliance, served_each_day, writer):
    article, _, _ = served_each_day
    draft = reword_claim(article, 2, "<p>An unreviewed draft claim.</p>", writer)
    client.force_login(compliance)

    response = client.get(reverse("audit:as_served", args=[article.pk, draft.pk]))

    assert response.status_code == 404


def test_a_withdrawn_version_stops_being_live_when_withdrawn(client, compliance, served_each_day):

    article, _, _ = served_each_day
    withdraw(article=article, user=compliance, reason="A newer safety warning.")
    client.force_login(compliance)

    html = client.get(reverse("audit:article_history", args=[article.pk])).content.decode()

    assert "withdrawn)" in html
    assert "still live" not in html
