"""Compliance's dashboard says where every page stands: live, in review, overdue, withdrawn,
each leading to the screen that lists them."""

import datetime
import re

import pytest

from django.urls import reverse
from django.utils import timezone

from review.withdrawal import withdraw
from tests.support.factories import add_article
from tests.support.publishing import go_live, submit_for_review

pytestmark = pytest.mark.django_db

HEADING = "Where every page stands"


def overview(client, user):
    client.force_login(user)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    start = html.index(HEADING)
    return html[start : html.index("</section>", start)]


def figure(panel, label):
    return int(re.search(rf"{label}.*?<td>(\d+)</td>", panel, re.S).group(1))


def test_compliance_sees_how_many_pages_are_live_in_review_overdue_and_withdrawn(
    client, compliance, director, live_article, on_day
):
    withdrawn = go_live(add_article(title="Esketamine nasal spray"), director)
    withdraw(article=withdrawn, user=compliance, reason="The label changed.")
    submit_for_review(add_article(title="TMS for depression"))
    # A year and a month on, the live article's periodic review is overdue.
    on_day(timezone.localdate() + datetime.timedelta(days=400))

    panel = overview(client, compliance)

    live_pages = client.get(reverse("review:live_pages")).content.decode()
    assert figure(panel, "Live: patients can read them") == live_pages.count(
        "Withdraw from patients<span"
    )
    assert live_article.title in live_pages
    assert figure(panel, "In medical review now") == 1
    assert figure(panel, "Overdue for their periodic review") == 1
    assert figure(panel, "Withdrawn and not back") == 1
    assert (
        f'<a href="{reverse("audit:article_history", args=[withdrawn.pk])}">{withdrawn.title}</a>'
        in panel
    )
    for url in re.findall(r'href="([^"]+)"', panel):
        assert client.get(url).status_code == 200, url


def test_writers_and_directors_get_no_overview(client, writer, director, live_article):
    for user in (writer, director):
        client.force_login(user)
        assert HEADING not in client.get(reverse("wagtailadmin_home")).content.decode()
