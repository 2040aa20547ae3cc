"""Signed history outlives articles, accounts and renames; snippets keep who changed them."""

import pytest

from django.contrib.auth import get_user_model
from django.forms.models import model_to_dict
from django.urls import reverse

from wagtail.models import Page

from pages.models import Reference, TherapyStatus, TreatmentArticlePage
from review.models import ReviewerProfile, SignOff
from tests.support.factories import ReferenceFactory, TherapyStatusFactory, UserFactory, add_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser(db):
    return UserFactory(username="root", is_superuser=True)


def test_deleting_a_signed_article_is_refused(client, superuser, article_with_two_versions):
    article = article_with_two_versions
    before = SignOff.objects.count()
    client.force_login(superuser)

    response = client.post(
        reverse("wagtailadmin_pages:delete", args=[article.pk]), {"confirm_site_name": "x"}
    )
    followed = client.get(response["Location"]).content.decode()

    assert response.status_code == 302
    assert "cannot be deleted: it holds medical sign-offs" in followed
    assert TreatmentArticlePage.objects.filter(pk=article.pk, live=True).exists()
    assert SignOff.objects.count() == before


def test_deleting_the_section_above_a_signed_article_is_refused(
    client, superuser, article_with_two_versions, treatments
):
    client.force_login(superuser)

    response = client.post(reverse("wagtailadmin_pages:delete", args=[treatments.pk]))

    assert "holds medical sign-offs" in client.get(response["Location"]).content.decode()
    assert Page.objects.filter(pk=treatments.pk).exists()
    assert TreatmentArticlePage.objects.filter(pk=article_with_two_versions.pk).exists()


def test_bulk_deleting_a_signed_article_is_refused(client, superuser, article_with_two_versions):
    article = article_with_two_versions
    client.force_login(superuser)
    url = (
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"]) + f"?id={article.pk}"
    )

    response = client.post(url, {})

    assert "holds medical sign-offs" in client.get(response["Location"]).content.decode()
    assert TreatmentArticlePage.objects.filter(pk=article.pk).exists()


def test_an_article_without_sign_offs_can_still_be_deleted(client, superuser, treatments):

    draft = add_article(title="Unsigned draft")
    client.force_login(superuser)

    client.post(reverse("wagtailadmin_pages:delete", args=[draft.pk]))

    assert not Page.objects.filter(pk=draft.pk).exists()


def test_deleting_a_director_who_signed_is_refused(
    client, superuser, director, article_with_two_versions
):
    client.force_login(superuser)

    response = client.post(reverse("wagtailusers_users:delete", args=[director.pk]))
    followed = client.get(response["Location"]).content.decode()

    assert "signed medical reviews, so the account cannot be deleted" in followed
    assert get_user_model().objects.filter(pk=director.pk, is_active=True).exists()


def test_bulk_deleting_a_director_who_signed_is_refused(
    client, superuser, director, article_with_two_versions
):
    client.force_login(superuser)
    url = reverse("wagtail_bulk_action", args=["auth", "user", "delete"]) + f"?id={director.pk}"

    response = client.post(url, {})

    assert "cannot be deleted" in client.get(response["Location"]).content.decode()
    assert get_user_model().objects.filter(pk=director.pk).exists()


def test_renaming_a_signer_changes_nothing_in_the_history(
    client, compliance, director, article_with_two_versions
):
    director.first_name, director.last_name = "Maya", "Chen-Okafor"
    director.save()
    ReviewerProfile.objects.filter(user=director).update(full_name="Dr Maya Chen-Okafor")
    client.force_login(compliance)

    history = client.get(
        reverse("audit:article_history", args=[article_with_two_versions.pk])
    ).content.decode()
    export = b"".join(client.get(reverse("audit:export_csv")).streaming_content).decode()

    assert "Chen-Okafor" not in history and "Chen-Okafor" not in export
    assert history.count("<strong>Dr Maya Chen, MD</strong>") == 8


def _edit_through_admin(client, url_name, instance, **changes):
    data = {
        name: "" if value is None else value
        for name, value in model_to_dict(instance).items()
        if value is not False
    }
    response = client.post(reverse(url_name, args=[instance.pk]), {**data, **changes})
    assert response.status_code == 302, response.content.decode()[:2000]


def test_reference_history_records_the_writer_who_edited_it(client, writer):

    reference = ReferenceFactory()
    client.force_login(writer)

    _edit_through_admin(
        client, "wagtailsnippets_pages_reference:edit", reference, title="A corrected title"
    )

    latest = Reference.history.filter(id=reference.pk).latest("history_date")
    assert latest.title == "A corrected title"
    assert latest.history_user == writer


def test_therapy_status_history_records_the_compliance_officer(client, compliance):

    status = TherapyStatusFactory()
    client.force_login(compliance)

    _edit_through_admin(
        client,
        "wagtailsnippets_pages_therapystatus:edit",
        status,
        restrictions="Only under a restricted programme.",
    )

    latest = TherapyStatus.history.filter(id=status.pk).latest("history_date")
    assert latest.restrictions == "Only under a restricted programme."
    assert latest.history_user == compliance


def test_reviewer_profile_history_records_the_site_admin(client, site_admin, director):
    profile = director.reviewer_profile
    client.force_login(site_admin)

    _edit_through_admin(
        client,
        "wagtailsnippets_review_reviewerprofile:edit",
        profile,
        licence_verified_on=profile.licence_verified_on.isoformat(),
        specialty="Psychiatry and addiction medicine",
    )

    latest = ReviewerProfile.history.filter(id=profile.pk).latest("history_date")
    assert latest.specialty == "Psychiatry and addiction medicine"
    assert latest.history_user == site_admin
