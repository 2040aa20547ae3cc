"""Withdrawing a live article: directors and compliance, always with a reason on record."""

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import PageLogEntry

from review.log_actions import WITHDRAWN
from review.roles import SITE_ADMINS
from tests.support.factories import ComplianceFactory, DirectorFactory, UserFactory, WriterFactory
from tests.support.snapshots import snapshot

pytestmark = pytest.mark.django_db

REASON = "A reference was retracted by its journal."


def withdraw(client, article, reason=REASON):
    return client.post(reverse("review:withdraw", args=[article.pk]), {"reason": reason})


@pytest.mark.parametrize("role_factory", [DirectorFactory, ComplianceFactory])
def test_directors_and_compliance_can_withdraw_with_a_reason(client, live_article, role_factory):
    user = role_factory()
    client.force_login(user)

    response = withdraw(client, live_article)

    assert response.status_code == 302
    live_article.refresh_from_db()
    assert not live_article.live
    entry = PageLogEntry.objects.get(page_id=live_article.pk, action=WITHDRAWN)
    assert entry.user == user
    assert entry.data["reason"] == REASON
    client.logout()
    assert client.get(live_article.url).status_code == 404


def test_withdrawal_without_a_reason_is_refused(client, live_article):
    client.force_login(ComplianceFactory())
    before = snapshot(live_article)

    response = withdraw(client, live_article, reason="   ")

    assert response.status_code == 200
    assert "This field is required" in response.content.decode()
    assert snapshot(live_article) == before


def site_admin():
    user = UserFactory(is_superuser=True)
    user.groups.add(Group.objects.get(name=SITE_ADMINS))
    return user


@pytest.mark.parametrize("make_user", [WriterFactory, site_admin])
def test_writers_and_site_admins_cannot_withdraw(client, live_article, make_user):
    client.force_login(make_user())
    before = snapshot(live_article)

    shown = client.get(reverse("review:withdraw", args=[live_article.pk]))
    response = withdraw(client, live_article)

    assert shown.status_code == response.status_code == 403
    assert snapshot(live_article) == before


def test_the_withdraw_screen_asks_for_the_reason(client, live_article):
    client.force_login(DirectorFactory())

    response = client.get(reverse("review:withdraw", args=[live_article.pk]))

    assert response.status_code == 200
    assert "Why is this page being withdrawn?" in response.content.decode()


@pytest.mark.parametrize("role_factory", [DirectorFactory, ComplianceFactory])
def test_directors_and_compliance_reach_withdraw_from_the_admin_menu(
    client, live_article, role_factory
):
    client.force_login(role_factory())
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    live_pages_url = reverse("review:live_pages")
    withdraw_url = reverse("review:withdraw", args=[live_article.pk])

    listing = client.get(live_pages_url)
    response = withdraw(client, live_article)

    assert live_pages_url in dashboard
    assert listing.status_code == 200
    assert f'href="{withdraw_url}"' in listing.content.decode()
    assert response.url == live_pages_url
    assert f'href="{withdraw_url}"' not in client.get(live_pages_url).content.decode()


def test_writers_neither_see_nor_open_the_live_pages_list(client, live_article):
    client.force_login(WriterFactory())

    assert (
        reverse("review:live_pages")
        not in client.get(reverse("wagtailadmin_home")).content.decode()
    )
    assert client.get(reverse("review:live_pages")).status_code == 403
