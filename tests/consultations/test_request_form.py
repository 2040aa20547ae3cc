"""The patient's request form: what it asks, how it refuses bad input and abuse, and what it
tells staff (nothing personal)."""

import logging

import pytest

from django.core import mail
from django.urls import reverse

from consultations import limits
from consultations.models import ConsultationRequest, Status
from tests.support.clinic import add_location, add_location_index
from tests.support.consultations import PATIENT, form_post
from tests.support.factories import IntakeFactory, add_article
from tests.support.publishing import go_live

pytestmark = pytest.mark.django_db

FORM = reverse("consultations:request")


@pytest.fixture
def article():
    return go_live(add_article(title="IV ketamine for depression", slug="iv-ketamine"))


def test_the_article_ends_with_a_request_link_that_names_its_treatment(client, article):
    page = client.get(article.url).content.decode()

    assert "reach out to us to schedule a consultation" in page
    assert f'href="{FORM}?treatment=iv-ketamine"' in page


def test_the_form_comes_with_the_articles_treatment_chosen(client, article):
    page = client.get(FORM, {"treatment": "iv-ketamine"}).content.decode()

    assert '<option value="iv-ketamine" selected>IV ketamine for depression</option>' in page


def test_an_unknown_treatment_in_the_link_leaves_the_choice_open(client, article):
    response = client.get(FORM, {"treatment": "<script>alert(1)</script>"})

    assert response.status_code == 200
    assert "<script>alert(1)" not in response.content.decode()
    assert '<option value="" selected>Not sure yet</option>' in response.content.decode()


def test_a_request_is_stored_and_the_patient_sees_a_confirmation(client, article):
    response = client.post(FORM, form_post(treatment="iv-ketamine"), follow=True)

    assert response.redirect_chain == [(reverse("consultations:thanks"), 302)]
    assert "we have your request" in response.content.decode()
    consultation = ConsultationRequest.objects.get()
    assert consultation.name == PATIENT["name"]
    assert consultation.treatment == "IV ketamine for depression"
    assert consultation.status == Status.NEW
    assert consultation.consented_at is not None


def test_without_phone_or_email_the_form_says_so_and_keeps_what_was_typed(client):
    response = client.post(FORM, form_post(phone="", email=""))

    page = response.content.decode()
    assert "Give a phone number or an email address" in page
    assert f'value="{PATIENT["name"]}"' in page
    assert PATIENT["message"] in page
    assert not ConsultationRequest.objects.exists()


def test_without_consent_nothing_is_stored(client):
    response = client.post(FORM, form_post(consent=""))

    assert "Tick the box so that we may contact you." in response.content.decode()
    assert not ConsultationRequest.objects.exists()


def test_a_phone_number_without_enough_digits_is_refused_with_a_clear_message(client):
    response = client.post(FORM, form_post(phone="call me", email=""))

    assert "Enter a phone number using digits" in response.content.decode()
    assert not ConsultationRequest.objects.exists()


@pytest.mark.parametrize(
    ("field", "limit"),
    [
        ("name", limits.NAME_MAX),
        ("phone", limits.PHONE_MAX),
        ("message", limits.MESSAGE_MAX),
    ],
)
def test_every_field_has_a_size_limit_the_server_enforces(client, field, limit):
    response = client.post(FORM, form_post(**{field: "5" * (limit + 1)}))

    assert response.status_code == 200
    assert not ConsultationRequest.objects.exists()
    assert f"at most {limit} characters" in response.content.decode()


def test_an_over_long_email_is_refused(client):
    response = client.post(FORM, form_post(email="a" * limits.EMAIL_MAX + "@mail.example"))

    assert not ConsultationRequest.objects.exists()
    assert f"at most {limits.EMAIL_MAX} characters" in response.content.decode()


def test_a_filled_honeypot_looks_accepted_but_stores_and_sends_nothing(client):
    IntakeFactory()

    response = client.post(FORM, form_post(website="https://cheap-pills.example"))

    assert response.status_code == 302
    assert response["Location"] == reverse("consultations:thanks")
    assert not ConsultationRequest.objects.exists()
    assert mail.outbox == []


def test_one_address_may_send_only_so_many_requests_an_hour(client, settings):
    settings.CONSULTATIONS_RATE_LIMIT = 3
    for _ in range(3):
        assert client.post(FORM, form_post(), REMOTE_ADDR="203.0.113.7").status_code == 302

    refused = client.post(FORM, form_post(name="Fourth Try"), REMOTE_ADDR="203.0.113.7")

    assert refused.status_code == 429
    assert "cannot take another just now" in refused.content.decode()
    assert 'value="Fourth Try"' in refused.content.decode()
    assert ConsultationRequest.objects.count() == 3
    other_address = client.post(FORM, form_post(), REMOTE_ADDR="198.51.100.20")
    assert other_address.status_code == 302
    assert ConsultationRequest.objects.count() == 4


def test_intake_is_emailed_a_link_and_nothing_about_the_patient(
    client, django_capture_on_commit_callbacks
):
    IntakeFactory(email="intake@clinic.example")

    with django_capture_on_commit_callbacks(execute=True):
        client.post(FORM, form_post(treatment=""))

    consultation = ConsultationRequest.objects.get()
    [email] = mail.outbox
    assert email.to == ["intake@clinic.example"]
    assert email.subject == "A new consultation request is waiting"
    assert reverse("consultations_admin:detail", args=[consultation.pk]) in email.body
    for typed in (PATIENT["name"], PATIENT["phone"], PATIENT["email"], PATIENT["message"]):
        assert typed not in f"{email.subject} {email.body}"


def test_nothing_the_patient_typed_reaches_the_logs(client, caplog):
    with caplog.at_level(logging.DEBUG):
        client.post(FORM, form_post())
        client.post(FORM, form_post(email="", phone=""))

    assert ConsultationRequest.objects.count() == 1
    logged = caplog.text
    for typed in (PATIENT["name"], PATIENT["phone"], PATIENT["email"], PATIENT["message"]):
        assert typed not in logged


def test_requests_are_not_in_the_search_index_or_results(client, article):
    client.post(FORM, form_post(name="Zebulon Featherstonehaugh"))

    results = client.get(reverse("search"), {"q": "Featherstonehaugh"}).content.decode()

    assert "Zebulon" not in results
    assert "No pages matched" in results


def test_no_cache_may_keep_the_form_or_what_was_typed(client):
    for response in (client.get(FORM), client.post(FORM, form_post(email="", phone=""))):
        assert "no-store" in response["Cache-Control"]
        assert "private" in response["Cache-Control"]


def test_the_patient_picks_from_the_clinics_reviewed_locations(client):
    locations = go_live(add_location_index())
    go_live(add_location(locations, title="Riverside clinic", slug="riverside"))
    add_location(locations, title="Unreviewed clinic", slug="unreviewed")

    page = client.get(FORM).content.decode()
    client.post(FORM, form_post(preferred_location="Riverside clinic"))
    refused = client.post(FORM, form_post(preferred_location="Unreviewed clinic"))

    assert '<option value="Riverside clinic">Riverside clinic</option>' in page
    assert "Unreviewed clinic" not in page
    assert ConsultationRequest.objects.get().preferred_location == "Riverside clinic"
    assert "Select a valid choice" in refused.content.decode()
