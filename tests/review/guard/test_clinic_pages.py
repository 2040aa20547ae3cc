"""The home page and the treatments index: patients read them, so they are reviewed too."""

import json

import pytest

from django.core import serializers
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse

from wagtail.search.index import insert_or_update_object
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from pages.models import HomePage, TreatmentIndexPage, reviewed_page_types
from tests.support.factories import WriterFactory
from tests.support.publishing import submit_for_review
from tests.support.review_screen import review_url, signing_post

pytestmark = pytest.mark.django_db

MIRACLE = "Guaranteed miracle cure for depression, with no side effects."


def index_form(index, **fields):
    data = {
        "title": index.title,
        "slug": index.slug,
        "seo_title": "",
        "search_description": "",
        "intro": index.intro,
        "comments": inline_formset([]),
        "action-publish": "action-publish",
        **fields,
    }
    return nested_form_data(data)


def patient_get(path):
    return Client().get(path)


def test_every_page_type_patients_read_is_reviewed():
    assert {HomePage, TreatmentIndexPage} <= set(reviewed_page_types())


def test_a_superuser_publishing_new_intro_text_from_the_editor_is_refused(
    superuser_client, treatments
):
    before = TreatmentIndexPage.objects.get(pk=treatments.pk)

    response = superuser_client.post(
        reverse("wagtailadmin_pages:edit", args=[treatments.pk]),
        index_form(treatments, intro=MIRACLE),
    )

    messages = [str(message) for message in response.wsgi_request._messages]
    assert any("not been approved by a completed medical review" in m for m in messages)
    after = TreatmentIndexPage.objects.get(pk=treatments.pk)
    assert (after.intro, after.live_revision_id) == (before.intro, before.live_revision_id)
    assert MIRACLE not in patient_get("/treatments/").content.decode()


def test_the_editor_offers_no_publish_button_on_clinic_pages(superuser_client, home, treatments):
    for page in (home, treatments):
        edit = superuser_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert 'name="action-publish"' not in edit.content.decode()
        assert 'name="action-submit"' in edit.content.decode()


@pytest.mark.parametrize("page_fixture", ["home", "treatments"])
def test_saving_new_live_text_from_code_is_refused(request, page_fixture):
    page = request.getfixturevalue(page_fixture).specific
    page.intro = MIRACLE

    with pytest.raises(PermissionDenied):
        page.save()

    assert type(page).objects.get(pk=page.pk).intro != MIRACLE


def test_text_written_around_the_orm_is_not_shown_on_any_page(home, treatments):
    TreatmentIndexPage.objects.filter(pk=treatments.pk).update(intro=MIRACLE)

    index = patient_get("/treatments/")
    assert index.status_code == 503
    assert MIRACLE not in index.content.decode()
    # The home page lists the sections patients may open; this one is "being reviewed".
    home_page = patient_get("/")
    assert home_page.status_code == 200
    assert f'id="section-{treatments.pk}"' not in home_page.content.decode()
    assert "/treatments/" not in patient_get("/sitemap.xml").content.decode()


def test_new_intro_goes_live_through_the_review_with_the_change_shown_to_the_director(
    client, director, treatments
):
    writer = WriterFactory()
    draft = treatments.get_latest_revision_as_object()
    draft.intro = "Every treatment we offer, explained and medically reviewed."
    draft.save_revision(user=writer)
    task_state = submit_for_review(TreatmentIndexPage.objects.get(pk=treatments.pk), writer)
    client.force_login(director)

    screen = client.get(review_url(task_state)).content.decode()

    assert "Page text" in screen
    assert "Changed from what patients read now" in screen
    assert "<ins>treatment we offer, explained and medically reviewed.</ins>" in screen
    assert "This page has no claims to sign one by one" in screen
    assert patient_get("/treatments/").content.decode().count("explained and medically") == 0

    client.post(review_url(task_state), signing_post(task_state))

    live = patient_get("/treatments/")
    assert live.status_code == 200
    assert "Every treatment we offer, explained and medically reviewed." in live.content.decode()


def test_index_text_written_around_the_orm_is_not_in_search_results(treatments):
    TreatmentIndexPage.objects.filter(pk=treatments.pk).update(intro=MIRACLE)
    # Written around the ORM, then indexed, as a search index rebuild would.
    insert_or_update_object(TreatmentIndexPage.objects.get(pk=treatments.pk))

    results = patient_get("/search/?q=miracle").content.decode()

    assert "No pages matched" in results
    assert '<ol class="results">' not in results


def test_a_fresh_site_serves_the_text_it_was_installed_with_and_nothing_else(home):
    fresh = home.add_child(
        instance=TreatmentIndexPage(live=False, slug="more", **TreatmentIndexPage.shipped_content)
    )
    fresh.save_revision().publish()
    fresh = TreatmentIndexPage.objects.get(pk=fresh.pk)

    assert patient_get(fresh.url).status_code == 200
    fresh.intro = MIRACLE
    with pytest.raises(PermissionDenied):
        fresh.save()
    TreatmentIndexPage.objects.filter(pk=fresh.pk).update(title="Guaranteed cures")
    assert patient_get(fresh.url).status_code == 503


def test_rows_loaded_from_a_fixture_show_nothing_unreviewed(treatments):
    # loaddata saves rows raw, before their approvals could be read; serving checks them.
    fixture = json.loads(serializers.serialize("json", [treatments.specific]))
    fixture[0]["fields"]["intro"] = MIRACLE
    for loaded in serializers.deserialize("json", json.dumps(fixture)):
        loaded.save()

    assert TreatmentIndexPage.objects.get(pk=treatments.pk).intro == MIRACLE
    listing = patient_get("/treatments/")
    assert listing.status_code == 503
    assert MIRACLE not in listing.content.decode()
