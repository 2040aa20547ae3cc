"""Two people appoint a signer: joining Medical directors, or a new or changed licence, is a
request that someone else in Compliance confirms before the appointee can sign."""

import datetime

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from identity.appointments import AppointmentRefused, confirm_appointment
from identity.models import (
    AppendOnlyError,
    AppointmentConfirmation,
    AppointmentKind,
    AppointmentRemoval,
    AppointmentRequest,
)
from identity.roles import COMPLIANCE, MEDICAL_DIRECTORS, SITE_ADMINS
from review.eligibility import signing_refusal
from review.models import ReviewerProfile
from tests.identity.test_signing_second_factor import assert_nothing_signed
from tests.support.factories import (
    TEST_PASSWORD,
    ComplianceFactory,
    ReviewerProfileFactory,
    UserFactory,
)
from tests.support.identity import appoint, authenticator
from tests.support.review_screen import review_url, signing_post

pytestmark = pytest.mark.django_db

NOT_APPOINTED = "has not been confirmed by Compliance"


@pytest.fixture
def site_admin(db):
    user = UserFactory(username="sam", first_name="Sam", last_name="Admin")
    user.groups.add(Group.objects.get(name=SITE_ADMINS))
    return user


@pytest.fixture
def officer(db):
    return ComplianceFactory(username="cora", email="cora@clinic.example")


def profile_for(user):
    return ReviewerProfile.objects.create(
        user=user,
        full_name=user.get_full_name(),
        degrees="MD",
        specialty="Psychiatry",
        licence_state="CA",
        licence_number="CA-1",
        licence_verified_on=datetime.date.today(),
        conflict_of_interest="None declared.",
    )


def test_site_admin_who_makes_themselves_a_director_cannot_sign(
    client, site_admin, officer, submitted
):
    article, task_state = submitted
    client.force_login(site_admin)
    directors = Group.objects.get(name=MEDICAL_DIRECTORS)
    # Wagtail's own user screen, as the admin would use it.
    response = client.post(
        reverse("wagtailusers_users:edit", args=[site_admin.pk]),
        {
            "username": "sam",
            "email": "sam@clinic.example",
            "first_name": "Sam",
            "last_name": "Admin",
            "is_active": "on",
            "groups": [directors.pk, Group.objects.get(name=SITE_ADMINS).pk],
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert site_admin.groups.filter(name=MEDICAL_DIRECTORS).exists()
    profile_for(site_admin)

    response = client.post(review_url(task_state), signing_post(task_state))

    assert response.status_code == 403
    assert NOT_APPOINTED in response.content.decode()
    assert_nothing_signed(article, task_state)
    request = AppointmentRequest.objects.get(appointee=site_admin, kind=AppointmentKind.ROLE)
    assert request.requested_by == site_admin
    assert not request.confirmed


def test_a_director_account_a_site_admin_creates_cannot_sign(
    client, site_admin, officer, submitted
):
    article, task_state = submitted
    client.force_login(site_admin)
    response = client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": "puppet",
            "email": "puppet@clinic.example",
            "first_name": "Pup",
            "last_name": "Pet",
            "password1": TEST_PASSWORD,
            "password2": TEST_PASSWORD,
            "is_active": "on",
            "groups": [Group.objects.get(name=MEDICAL_DIRECTORS).pk],
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    puppet = get_user_model().objects.get(username="puppet")
    profile_for(puppet)
    client.force_login(puppet)

    response = client.post(review_url(task_state), signing_post(task_state))

    assert response.status_code == 403
    assert_nothing_signed(article, task_state)


def test_once_compliance_confirms_both_requests_the_director_signs(client, officer, submitted):
    article, task_state = submitted
    director = ReviewerProfileFactory(user__username="dana").user
    authenticator(director)
    mail.outbox.clear()
    client.force_login(officer)

    for request in AppointmentRequest.objects.filter(appointee=director):
        client.post(reverse("identity:confirm", args=[request.pk]))

    assert AppointmentConfirmation.objects.filter(request__appointee=director).count() == 2
    assert all("cora@clinic.example" in message.to for message in mail.outbox)
    client.force_login(director)
    assert client.post(review_url(task_state), signing_post(task_state)).status_code == 302
    assert article.__class__.objects.get(pk=article.pk).live


def test_nobody_confirms_their_own_request_superusers_included(client, officer):
    appointee = UserFactory(username="dana")
    boss = UserFactory(username="boss", is_superuser=True, is_staff=True)
    boss.groups.add(Group.objects.get(name=COMPLIANCE))
    lone_superuser = UserFactory(username="root", is_superuser=True, is_staff=True)
    client.force_login(boss)
    # The superuser, in Compliance, adds someone to Medical directors through the admin.
    client.post(
        reverse("wagtailusers_users:edit", args=[appointee.pk]),
        {
            "username": "dana",
            "email": "dana@clinic.example",
            "first_name": "Dana",
            "last_name": "D",
            "is_active": "on",
            "groups": [Group.objects.get(name=MEDICAL_DIRECTORS).pk],
        },
    )
    request = AppointmentRequest.objects.get(appointee=appointee)
    assert request.requested_by == boss

    client.post(reverse("identity:confirm", args=[request.pk]))
    with pytest.raises(AppointmentRefused, match="someone else in Compliance"):
        confirm_appointment(request=request, confirmer=boss)
    with pytest.raises(AppointmentRefused, match="Only someone in Compliance"):
        confirm_appointment(request=request, confirmer=lone_superuser)
    appointee.groups.add(Group.objects.get(name=COMPLIANCE))
    with pytest.raises(AppointmentRefused, match="their own appointment"):
        confirm_appointment(request=request, confirmer=appointee)

    assert not AppointmentConfirmation.objects.filter(request=request).exists()
    confirm_appointment(request=request, confirmer=officer)
    assert AppointmentRequest.objects.get(pk=request.pk).confirmed


def test_joining_directors_from_code_needs_confirmation_too(officer, director, submitted):
    article, task_state = submitted

    newcomer = ReviewerProfileFactory(user=UserFactory(username="newcomer")).user
    Group.objects.get(name=MEDICAL_DIRECTORS).user_set.add(newcomer)

    assert NOT_APPOINTED in signing_refusal(newcomer, article, task_state.revision)
    appoint(newcomer)
    assert signing_refusal(newcomer, article, task_state.revision) is None


def test_a_changed_licence_stops_signing_until_confirmed_whatever_the_path(
    client, director, submitted
):
    article, task_state = submitted
    client.force_login(director)
    profile = director.reviewer_profile
    profile.licence_number = "FORGED-1"
    profile.save()
    assert AppointmentRequest.objects.filter(
        appointee=director, kind=AppointmentKind.LICENCE, details__licence_number="FORGED-1"
    ).exists()

    response = client.post(review_url(task_state), signing_post(task_state))
    assert response.status_code == 403
    assert "licence details have changed" in response.content.decode()
    assert_nothing_signed(article, task_state)

    appoint(director)
    # Past every signal: a queryset update files no request, and still stops the signing.
    ReviewerProfile.objects.filter(pk=profile.pk).update(
        licence_verified_on=datetime.date.today() - datetime.timedelta(days=1)
    )
    assert client.post(review_url(task_state), signing_post(task_state)).status_code == 403
    assert_nothing_signed(article, task_state)


def test_leaving_directors_is_recorded_and_a_return_needs_a_new_confirmation(director, submitted):

    article, task_state = submitted
    directors = Group.objects.get(name=MEDICAL_DIRECTORS)
    director.groups.remove(directors)
    assert AppointmentRemoval.objects.filter(appointee=director).exists()

    director.groups.add(directors)

    assert NOT_APPOINTED in signing_refusal(director, article, task_state.revision)


def test_appointment_records_are_append_only(director):
    request = AppointmentRequest.objects.filter(appointee=director).first()

    with pytest.raises(AppendOnlyError):
        request.save()
    with pytest.raises(AppendOnlyError):
        AppointmentRequest.objects.filter(pk=request.pk).update(requested_by=None)
    with pytest.raises(AppendOnlyError):
        request.confirmation.delete()
    with pytest.raises(AppendOnlyError):
        AppointmentConfirmation.objects.all().delete()


def test_compliance_sees_what_awaits_confirmation(client, officer):
    ReviewerProfileFactory(user__username="dana", user__first_name="Dana")
    client.force_login(officer)

    html = client.get(reverse("identity:appointments")).content.decode()

    assert "Joins Medical directors" in html and "Licence details" in html
    assert html.count(">Confirm</button>") == 2


def test_writers_cannot_see_or_confirm_appointments(client, writer):
    dana = ReviewerProfileFactory(user__username="dana").user
    request = AppointmentRequest.objects.filter(appointee=dana).first()
    client.force_login(writer)

    # Wagtail answers a refused admin view by sending the user back to the dashboard.
    assert client.get(reverse("identity:appointments")).url == reverse("wagtailadmin_home")
    assert client.post(reverse("identity:confirm", args=[request.pk])).status_code == 302
    assert not AppointmentConfirmation.objects.filter(request=request).exists()
