"""Reviewer bio pages: patients meet the doctors who signed what they read, on pages reviewed
like any other, and an article's "Medically reviewed by" links a name only to a live bio."""

import pytest

from django.test import Client
from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data

from clinic.models import ReviewerBioPage
from review.guard.errors import UnreviewedContentError
from review.withdrawal import withdraw
from tests.support.clinic import add_medical_team, add_reviewer_bio
from tests.support.factories import ComplianceFactory, WriterFactory, add_article, signing_director
from tests.support.publishing import go_live

pytestmark = pytest.mark.django_db


@pytest.fixture
def director():
    return signing_director(first_name="Maya", last_name="Chen")


@pytest.fixture
def article(director):
    return go_live(add_article(), director)


@pytest.fixture
def team():
    return go_live(add_medical_team())


def trust_block(article):
    page = Client().get(article.url).content.decode()
    start = page.index('class="trust-block"')
    return page[start : page.index("</section>", start)]


def test_an_articles_reviewer_links_to_their_live_bio_page(director, article, team):
    bio = go_live(add_reviewer_bio(team, director.reviewer_profile))

    block = trust_block(article)

    assert f'<a href="{bio.url}">{director.reviewer_profile.printed_name}</a>' in block
    assert Client().get(bio.url).status_code == 200


def test_a_draft_bio_page_is_not_linked_and_not_served(director, article, team):
    bio = add_reviewer_bio(team, director.reviewer_profile)

    block = trust_block(article)

    assert director.reviewer_profile.printed_name in block
    assert "<a " not in block
    assert Client().get(bio.url).status_code == 404


def test_a_bio_page_published_without_review_stays_off_the_site(director, team):
    bio = add_reviewer_bio(team, director.reviewer_profile)

    with pytest.raises(UnreviewedContentError):
        bio.get_latest_revision().publish()

    bio.refresh_from_db()
    assert not bio.live
    assert Client().get(bio.url).status_code == 404
    assert bio.title not in Client().get(team.url).content.decode()


def test_an_unreviewed_edit_to_a_live_bio_never_reaches_patients(director, team):
    bio = go_live(add_reviewer_bio(team, director.reviewer_profile, biography="Leads mood care."))
    draft = bio.get_latest_revision_as_object()
    draft.biography = "Cures every kind of depression."
    revision = draft.save_revision(user=WriterFactory())

    with pytest.raises(UnreviewedContentError):
        revision.publish()

    page = Client().get(bio.url).content.decode()
    assert "Leads mood care." in page
    assert "Cures every" not in page
    assert ReviewerBioPage.objects.get(pk=bio.pk).biography == "Leads mood care."


def test_a_site_admin_publishing_a_bio_from_the_editor_is_refused(admin_client, director, team):
    bio = add_reviewer_bio(team, director.reviewer_profile)
    edit_url = reverse("wagtailadmin_pages:edit", args=[bio.pk])
    assert 'name="action-publish"' not in admin_client.get(edit_url).content.decode()

    response = admin_client.post(
        edit_url,
        nested_form_data(
            {
                "title": bio.title,
                "slug": bio.slug,
                "seo_title": "",
                "search_description": "",
                "reviewer": bio.reviewer_id,
                "credentials": bio.credentials,
                "biography": "The best psychiatrist in the state.",
                "conflict_of_interest": bio.conflict_of_interest,
                "comments": inline_formset([]),
                "action-publish": "action-publish",
            }
        ),
    )

    messages = [str(message) for message in response.wsgi_request._messages]
    assert any("not been approved by a completed medical review" in m for m in messages)
    assert not ReviewerBioPage.objects.get(pk=bio.pk).live
    assert Client().get(bio.url).status_code == 404


def test_a_new_bio_page_starts_from_the_reviewer_profile(director, team):
    profile = director.reviewer_profile
    profile.bio = "Dr Chen leads the mood disorders service."
    profile.save()

    bio = add_reviewer_bio(team, profile)

    assert bio.biography == "Dr Chen leads the mood disorders service."
    assert bio.credentials == profile.credentials
    assert bio.conflict_of_interest == profile.conflict_of_interest


def test_the_bio_shows_the_approved_text_not_a_later_profile_change(director, team):
    profile = director.reviewer_profile
    bio = go_live(add_reviewer_bio(team, profile, biography="Leads mood care."))
    profile.bio = "Unreviewed words typed into the profile."
    profile.save()

    page = Client().get(bio.url).content.decode()

    assert "Leads mood care." in page
    assert "Unreviewed words" not in page


def test_a_withdrawn_bio_is_no_longer_linked(director, article, team):
    bio = go_live(add_reviewer_bio(team, director.reviewer_profile))
    assert bio.url in trust_block(article)

    withdraw(article=bio, user=ComplianceFactory(), reason="Dr Chen has left the clinic.")

    assert bio.url not in trust_block(article)
    assert Client().get(bio.url).status_code == 404


def test_the_medical_team_page_lists_only_live_bios(director, team):
    live = go_live(add_reviewer_bio(team, director.reviewer_profile))
    other = signing_director(first_name="Samuel", last_name="Okafor")
    draft = add_reviewer_bio(team, other.reviewer_profile)

    page = Client().get(team.url).content.decode()

    assert live.title in page
    assert draft.title not in page


def test_live_bio_pages_are_in_the_sitemap_and_drafts_are_not(director, team):
    live = go_live(add_reviewer_bio(team, director.reviewer_profile))
    other = signing_director(first_name="Samuel", last_name="Okafor")
    draft = add_reviewer_bio(team, other.reviewer_profile)

    sitemap = Client().get("/sitemap.xml").content.decode()

    assert live.url in sitemap
    assert draft.url not in sitemap
