"""The library's screens: a director signs on the review screen; "used in" lists the articles."""

import pytest

from django.urls import reverse

from library.models import LibraryClaim
from lifecycle.models import ReviewDeadline
from review.models import Decision, SignOff
from tests.support.factories import ComplianceFactory, WriterFactory
from tests.support.identity import CURRENT_CODE
from tests.support.library import (
    article_showing,
    draft_library_claim,
    reword_library_claim,
    submit_library_claim,
)

pytestmark = pytest.mark.django_db

NEW = "Blood pressure is checked every 10 minutes during a session."


def test_a_director_signs_once_on_the_review_screen_and_both_articles_show_it(
    client, shared, two_articles, director
):
    reword_library_claim(shared, NEW, WriterFactory())
    task_state = submit_library_claim(LibraryClaim.objects.get(pk=shared.pk))
    client.force_login(director)
    url = reverse("library:review", args=[task_state.pk])

    screen = client.get(url)
    response = client.post(
        url,
        {
            "seen_revision": task_state.revision_id,
            "password": "correct horse battery staple",
            "second_factor": CURRENT_CODE,
            f"decision-{shared.identity}": Decision.APPROVED,
        },
    )

    assert screen.status_code == 200
    page = screen.content.decode()
    assert "Ketamine infusion" in page and "Esketamine nasal spray" in page  # used in
    assert "10" in page and "<del>" in page  # the change since the signed wording
    assert response.status_code == 302
    for article in two_articles:
        assert NEW in client.get(article.url).content.decode()
    approval = SignOff.objects.filter(block_id=str(shared.identity)).last()
    assert approval.signer == director and approval.second_factor_type


def test_a_wrong_password_signs_nothing(client, shared, two_articles, director):
    reword_library_claim(shared, NEW, WriterFactory())
    task_state = submit_library_claim(LibraryClaim.objects.get(pk=shared.pk))
    client.force_login(director)
    before = SignOff.objects.count()

    response = client.post(
        reverse("library:review", args=[task_state.pk]),
        {
            "seen_revision": task_state.revision_id,
            "password": "not my password",
            "second_factor": CURRENT_CODE,
            f"decision-{shared.identity}": Decision.APPROVED,
        },
    )

    assert response.status_code == 200
    assert "That password is not right" in response.content.decode()
    assert SignOff.objects.count() == before
    assert NEW not in client.get(two_articles[0].url).content.decode()


def test_used_in_lists_every_article_and_whether_it_is_live(client, shared, two_articles):
    article_showing([shared], "TMS therapy", "tms")  # a draft, not live
    client.force_login(ComplianceFactory())

    response = client.get(reverse("library:used_in", args=[shared.pk]))

    html = response.content.decode()
    assert response.status_code == 200
    for title in ("Ketamine infusion", "Esketamine nasal spray", "TMS therapy"):
        assert title in html
    assert html.count("<td>Live</td>") == 2
    assert html.count("<td>Not live</td>") == 1
    assert "Signed in the library by Dr Maya Chen, MD" in html


def test_the_chooser_offers_only_approved_claims_searchable_by_wording_type_and_therapy(
    client, shared
):
    draft_library_claim("A statement nobody has signed yet.")
    client.force_login(WriterFactory())
    url = reverse("wagtailsnippetchoosers_library_libraryclaim:choose_results")

    everything = client.get(url).content.decode()
    by_wording = client.get(url, {"q": "blood pressure"}).content.decode()
    by_other_wording = client.get(url, {"q": "dizzy"}).content.decode()
    by_type = client.get(url, {"claim_type": "efficacy"}).content.decode()
    by_therapy = client.get(url, {"therapy": "ketamine"}).content.decode()
    by_other_therapy = client.get(url, {"therapy": "lithium"}).content.decode()

    assert "every 15 minutes" in everything
    assert "nobody has signed" not in everything
    assert "every 15 minutes" in by_wording and "every 15 minutes" not in by_other_wording
    assert "every 15 minutes" not in by_type  # it is a safety claim
    assert "every 15 minutes" in by_therapy and "every 15 minutes" not in by_other_therapy


def test_a_library_claims_review_on_the_dashboard_dates_no_page_that_shares_its_id(
    client, director, home
):
    """A library claim and a page can have the same id; its review must not become that page's."""
    claim = draft_library_claim("Most people feel dizzy for about an hour.", id=home.pk)
    task_state = submit_library_claim(claim)
    client.force_login(director)

    dashboard = client.get(reverse("wagtailadmin_home"))

    assert dashboard.status_code == 200
    assert "Library claim: Most people feel dizzy" in dashboard.content.decode()
    assert "No due date" in dashboard.content.decode()
    assert not ReviewDeadline.objects.filter(task_state=task_state).exists()
    assert not ReviewDeadline.objects.filter(page_id=home.pk).exists()
