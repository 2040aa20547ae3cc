"""Patient pages are kept whole in Redis, never for staff, and dropped on every change."""

import datetime
import json
import time

import pytest

from django.core.management import CommandError, call_command
from django.db import connection
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from wagtail.images.models import Image

from clinic.models import ClinicSettings
from delivery import page_cache
from pages import body_builder
from pages.models import Reference, TherapyStatus, TreatmentArticlePage
from review.models import SignOff
from tests.support.clinic import add_medical_team, add_reviewer_bio
from tests.support.factories import (
    ComplianceFactory,
    ReferenceFactory,
    add_article,
    claims_body,
    signing_director,
)
from tests.support.forgery import as_table_owner
from tests.support.identity import TwoFactorClient
from tests.support.media import png_file
from tests.support.publishing import approve_all, go_live, reword_first_claim, submit_for_review

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(shared_cache):
    return go_live(add_article(title="Ketamine infusion for depression"))


def read(url):
    """A patient's visit: no cookies. Returns the response and the queries it took."""
    with CaptureQueriesContext(connection) as queries:
        response = Client().get(url)
    return response, len(queries)


def kept(url):
    """Read twice; the second visit comes from the cache when it takes no query."""
    read(url)
    response, queries = read(url)
    return response, queries == 0


def test_a_patient_page_is_served_again_from_the_shared_cache_without_a_query(article):
    first, first_queries = read(article.url)
    again, again_queries = read(article.url)

    assert first_queries > 0
    assert again_queries == 0
    assert again.content == first.content
    assert "Benefit statement 0." in again.content.decode()
    for response in (first, again):
        assert response["Cache-Control"] == "public, max-age=0, s-maxage=3600"
        assert "default-src 'self'" in response["Content-Security-Policy"]


def test_staff_are_never_served_a_kept_page_nor_leave_one(article, director):
    staff = TwoFactorClient()
    staff.force_login(director)

    as_staff = staff.get(article.url)
    _, patient_queries = read(article.url)
    with CaptureQueriesContext(connection) as staff_queries:
        staff_again = staff.get(article.url)

    assert as_staff["Cache-Control"] == "private, no-store"
    assert patient_queries > 0  # the staff member's visit kept nothing
    assert len(staff_queries) > 0  # and the patient's kept page is not what staff get
    assert staff_again["Cache-Control"] == "private, no-store"


def test_the_admin_and_previews_are_private_and_never_kept(article, admin_client):
    preview = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[article.pk]))
    admin_home = admin_client.get(reverse("wagtailadmin_home"))

    assert preview.status_code == 200
    for response in (preview, admin_home):
        assert "private" in response["Cache-Control"]
        assert "no-store" in response["Cache-Control"]
        assert "public" not in response["Cache-Control"]


def test_the_being_reviewed_page_is_never_kept(article):
    body = article.body.get_prep_value()
    body[1]["value"]["claims"][0]["value"]["statement"] = "<p>Unsigned words.</p>"
    TreatmentArticlePage.objects.filter(pk=article.pk).update(body=json.dumps(body))

    first, _ = read(article.url)
    again, again_queries = read(article.url)

    assert first.status_code == again.status_code == 503
    assert again_queries > 0
    assert "no-store" in again["Cache-Control"]


def test_a_newly_approved_version_replaces_the_kept_one(
    article, django_capture_on_commit_callbacks
):
    kept(article.url)
    reword_first_claim(article, "Ketamine may lift mood within hours for some people.")

    with django_capture_on_commit_callbacks(execute=True):
        approve_all(submit_for_review(article), signing_director())

    response, _ = read(article.url)
    assert "Ketamine may lift mood within hours for some people." in response.content.decode()


def test_a_withdrawal_takes_the_page_from_the_cache(article, django_capture_on_commit_callbacks):
    _, was_kept = kept(article.url)
    officer = TwoFactorClient()
    officer.force_login(ComplianceFactory())

    with django_capture_on_commit_callbacks(execute=True):
        officer.post(reverse("review:withdraw", args=[article.pk]), {"reason": "Retracted study."})

    assert was_kept
    assert read(article.url)[0].status_code == 404


def test_a_scheduled_expiry_takes_the_page_from_the_cache(
    article, django_capture_on_commit_callbacks
):
    _, was_kept = kept(article.url)
    TreatmentArticlePage.objects.filter(pk=article.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=1)
    )

    with django_capture_on_commit_callbacks(execute=True):
        call_command("publish_scheduled")

    assert was_kept
    assert read(article.url)[0].status_code == 404


def test_a_changed_reference_takes_every_page_citing_it_from_the_cache(
    article, django_capture_on_commit_callbacks
):
    _, was_kept = kept(article.url)
    reference = article.claims[0].references[0]

    with django_capture_on_commit_callbacks(execute=True):
        changed = Reference.objects.get(pk=reference.pk)
        changed.year = changed.year - 1
        changed.save()

    # The sign-offs covered the reference as it was: patients now get "being reviewed".
    assert was_kept
    assert read(article.url)[0].status_code == 503


def test_a_changed_therapy_status_takes_its_pages_from_the_cache(
    article, django_capture_on_commit_callbacks
):
    _, was_kept = kept(article.url)

    with django_capture_on_commit_callbacks(execute=True):
        status = TherapyStatus.objects.get(pk=article.therapy_status_id)
        status.restrictions = "Changed after signing."
        status.save()

    assert was_kept
    assert read(article.url)[0].status_code == 503


def test_a_replaced_image_file_takes_the_pages_showing_it_from_the_cache(
    shared_cache, django_capture_on_commit_callbacks
):
    image = Image.objects.create(title="Infusion chair", file=png_file("chair.png"))
    body = json.loads(claims_body(2, [ReferenceFactory()]))
    body.append(body_builder.image(image.pk, "An infusion chair by a window"))
    article = go_live(add_article(body=json.dumps(body)))
    before, was_kept = kept(article.url)

    # The admin refuses to swap the file of an image a live page shows; from code it is caught.
    with django_capture_on_commit_callbacks(execute=True):
        image.file = png_file("chair-new.png", colour="navy")
        image.save()

    after, _ = read(article.url)
    assert was_kept
    assert "chair.width-800" in before.content.decode()
    assert after.status_code == 503
    assert "chair" not in after.content.decode()


def test_a_withdrawal_takes_the_article_off_the_kept_treatments_index(
    article, django_capture_on_commit_callbacks
):
    index_url = article.get_parent().url
    listed, was_kept = kept(index_url)
    officer = TwoFactorClient()
    officer.force_login(ComplianceFactory())

    with django_capture_on_commit_callbacks(execute=True):
        officer.post(reverse("review:withdraw", args=[article.pk]), {"reason": "Retracted study."})

    after, _ = read(index_url)
    assert was_kept
    assert article.title in listed.content.decode()
    assert article.title not in after.content.decode()


def test_new_clinic_details_take_every_page_from_the_cache(
    article, django_capture_on_commit_callbacks
):
    _, was_kept = kept(article.url)

    with django_capture_on_commit_callbacks(execute=True):
        details = ClinicSettings.load()
        details.phone = "(555) 010-0199"
        details.save()

    assert was_kept
    assert "Call now: (555) 010-0199" in read(article.url)[0].content.decode()


def test_a_reviewers_bio_going_live_takes_the_articles_they_signed_from_the_cache(
    article, django_capture_on_commit_callbacks
):
    signer = SignOff.objects.filter(revision_id=article.live_revision_id).first().signer
    team = go_live(add_medical_team())
    _, was_kept = kept(article.url)

    with django_capture_on_commit_callbacks(execute=True):
        bio = go_live(add_reviewer_bio(team, signer.reviewer_profile))

    assert was_kept
    assert f'<a href="{bio.url}">' in read(article.url)[0].content.decode()


def test_a_broken_sign_off_chain_takes_every_page_from_the_cache(
    article, django_capture_on_commit_callbacks
):
    _, was_kept = kept(article.url)
    sign_off = SignOff.objects.filter(revision_id=article.live_revision_id).first()
    as_table_owner(
        "UPDATE review_signoff SET statement = %s WHERE id = %s", ["Forged.", sign_off.pk]
    )

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(CommandError):
        call_command("verify_signoffs")

    assert was_kept
    assert read(article.url)[0].status_code == 503


def test_an_address_that_comes_to_hold_another_page_goes_when_that_page_is_dropped(shared_cache):
    # Each process remembers which page an address held, to read the entry and that page's
    # generation in one round trip; a different page at the address must not slip past.
    visit = RequestFactory().get("/treatments/held-by-two-pages/")
    page_cache.keep(visit, 101, page_cache.generation(101), HttpResponse("The first page."))
    assert page_cache.fetch(visit).content == b"The first page."
    page_cache.keep(visit, 202, page_cache.generation(202), HttpResponse("The second page."))
    assert page_cache.fetch(visit).content == b"The second page."

    page_cache.move_on([101])
    assert page_cache.fetch(visit).content == b"The second page."
    page_cache.move_on([202])
    assert page_cache.fetch(visit) is None


def another_process_drops(page_id):
    """What a drop in another process leaves this one: Redis moved on, its memory untouched."""
    key = page_cache._generation_key(page_id)
    if not page_cache.cache.add(key, 1, timeout=None):
        page_cache.cache.incr(key)


def test_a_page_dropped_by_another_process_leaves_this_one_within_the_recheck_time(
    shared_cache, settings
):
    settings.DELIVERY_RECHECK_SECONDS = 0.2
    visit = RequestFactory().get("/treatments/dropped-elsewhere/")
    page_cache.keep(visit, 303, page_cache.generation(303), HttpResponse("Before the change."))
    assert page_cache.fetch(visit).content == b"Before the change."

    another_process_drops(303)
    time.sleep(0.25)

    assert page_cache.fetch(visit) is None


def test_a_shared_cache_refilling_is_always_given_what_redis_holds_now(shared_cache, settings):
    settings.DELIVERY_RECHECK_SECONDS = 60
    visit = RequestFactory().get("/treatments/refilled/")
    refill = RequestFactory().get("/treatments/refilled/", headers={"Shared-Cache-Fill": "1"})
    page_cache.keep(visit, 404, page_cache.generation(404), HttpResponse("Before the change."))
    assert page_cache.fetch(visit).content == b"Before the change."

    another_process_drops(404)

    # This process's copy is not handed to Varnish, which would keep it for an hour.
    assert page_cache.fetch(refill) is None
    assert page_cache.fetch(visit) is None
