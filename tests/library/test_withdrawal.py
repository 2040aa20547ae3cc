"""Withdraw everywhere: one request takes a library claim off every live page, on record."""

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import PageLogEntry

from delivery import page_cache
from library import log_actions
from library.models import LibraryClaim, LibraryWithdrawal
from lifecycle.models import ReviewKind, ReviewTrigger
from review.roles import SITE_ADMINS
from tests.support.factories import ComplianceFactory, DirectorFactory, UserFactory, WriterFactory

pytestmark = pytest.mark.django_db

WORDING = "Blood pressure is checked every 15 minutes during a session."


def site_admin():
    user = UserFactory(is_superuser=True)
    user.groups.add(Group.objects.get(name=SITE_ADMINS))
    return user


def withdraw(client, claim, reason="The observation schedule changed; see the new protocol."):
    return client.post(reverse("library:withdraw", args=[claim.pk]), {"reason": reason})


@pytest.mark.parametrize("role_factory", [DirectorFactory, ComplianceFactory])
def test_withdrawing_removes_the_claim_from_every_live_page_in_one_request(
    client, shared, two_articles, role_factory, django_capture_on_commit_callbacks
):
    client.force_login(role_factory())
    generations = {article.pk: page_cache.generation(article.pk) for article in two_articles}

    with django_capture_on_commit_callbacks(execute=True):
        response = withdraw(client, shared)

    assert response.status_code == 302
    for article in two_articles:
        page = client.get(article.url)
        html = page.content.decode()
        assert page.status_code == 200  # the rest of the page stays live
        assert "Sessions last about two hours." in html
        assert WORDING not in html
        # Every kept copy of the page is dropped.
        assert page_cache.generation(article.pk) > generations[article.pk]
    assert not LibraryClaim.objects.get(pk=shared.pk).live


def test_each_article_history_shows_the_withdrawal_and_a_review_is_opened(
    client, shared, two_articles
):
    officer = ComplianceFactory()
    client.force_login(officer)

    withdraw(client, shared, reason="Superseded by the 2026 protocol.")

    withdrawal = LibraryWithdrawal.objects.get(claim=shared)
    for article in two_articles:
        entry = PageLogEntry.objects.get(page=article, action=log_actions.WITHDRAWN)
        assert entry.data["reason"] == "Superseded by the 2026 protocol."
        assert entry.data["withdrawal"] == withdrawal.pk
        assert entry.user == officer
        article.refresh_from_db()
        assert article.workflow_in_progress
        assert ReviewTrigger.objects.get(page=article).kind == ReviewKind.LIBRARY


def test_a_withdrawn_claim_is_offered_nowhere_and_comes_back_only_through_a_review(
    client, shared, two_articles
):
    client.force_login(ComplianceFactory())
    withdraw(client, shared)
    client.force_login(WriterFactory())

    chooser = client.get(reverse("wagtailsnippetchoosers_library_libraryclaim:choose"))

    assert chooser.status_code == 200
    assert WORDING not in chooser.content.decode()


def test_withdrawal_without_a_reason_is_refused(client, shared, two_articles):
    client.force_login(DirectorFactory())

    response = withdraw(client, shared, reason="  ")

    assert response.status_code == 200
    assert "This field is required" in response.content.decode()
    assert not LibraryWithdrawal.objects.exists()
    assert LibraryClaim.objects.get(pk=shared.pk).live


@pytest.mark.parametrize("make_user", [WriterFactory, site_admin])
def test_writers_and_site_admins_cannot_withdraw(client, shared, two_articles, make_user):
    client.force_login(make_user())

    shown = client.get(reverse("library:withdraw", args=[shared.pk]))
    response = withdraw(client, shared)

    assert shown.status_code == response.status_code == 403
    assert not LibraryWithdrawal.objects.exists()
    assert LibraryClaim.objects.get(pk=shared.pk).live
    for article in two_articles:
        assert WORDING in client.get(article.url).content.decode()
    assert not PageLogEntry.objects.filter(action=log_actions.WITHDRAWN).exists()
