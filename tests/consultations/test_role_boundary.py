"""Only Intake reads consultation requests: every other role, superusers included, is refused
over HTTP on the list, a request, the export and deletion, and nothing is read or changed."""

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from consultations.models import Access, AccessRecord, ConsultationRequest
from identity.factors import needs_two_factors
from identity.roles import COMPLIANCE, INTAKE, MEDICAL_DIRECTORS, SITE_ADMINS, WRITERS
from tests.support.consultations import received_request
from tests.support.factories import UserFactory

pytestmark = pytest.mark.django_db

OTHER_ROLES = (WRITERS, MEDICAL_DIRECTORS, COMPLIANCE, SITE_ADMINS)


@pytest.fixture
def consultation():
    return received_request(name="Theo Marchetti")


def member_of(*roles, **fields):
    user = UserFactory(**fields)
    user.groups.add(*Group.objects.filter(name__in=roles))
    return user


def staff_urls(consultation):
    return {
        "list": reverse("consultations_admin:index"),
        "detail": reverse("consultations_admin:detail", args=[consultation.pk]),
        "export": reverse("consultations_admin:export"),
    }


@pytest.mark.parametrize("role", OTHER_ROLES)
@pytest.mark.parametrize("screen", ["list", "detail", "export"])
def test_every_other_role_is_refused(client, consultation, role, screen):
    client.force_login(member_of(role))

    response = client.get(staff_urls(consultation)[screen])

    assert response.status_code == 403
    assert "Theo Marchetti" not in response.content.decode()
    assert not AccessRecord.objects.exists()


@pytest.mark.parametrize("screen", ["list", "detail", "export"])
def test_a_superuser_outside_intake_is_refused(client, consultation, screen):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))

    response = client.get(staff_urls(consultation)[screen])

    assert response.status_code == 403
    assert "Theo Marchetti" not in response.content.decode()


@pytest.mark.parametrize("role", [*OTHER_ROLES, "superuser"])
def test_no_other_role_may_change_or_delete_a_request(client, consultation, role):
    user = UserFactory(is_superuser=True) if role == "superuser" else member_of(role)
    client.force_login(user)

    changed = client.post(
        reverse("consultations_admin:detail", args=[consultation.pk]),
        {"status": "closed", "notes": "forged", "assigned_to": ""},
    )
    deleted = client.post(
        reverse("consultations_admin:delete", args=[consultation.pk]), {"reason": "forged"}
    )

    assert (changed.status_code, deleted.status_code) == (403, 403)
    consultation.refresh_from_db()
    assert consultation.status == "new"
    assert consultation.notes == ""
    assert not AccessRecord.objects.exists()


def test_anyone_signed_out_is_sent_to_sign_in(client, consultation):
    for url in staff_urls(consultation).values():
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_intake_reads_the_list_without_personal_details(client, consultation):
    client.force_login(member_of(INTAKE))

    response = client.get(reverse("consultations_admin:index"))

    assert response.status_code == 200
    page = response.content.decode()
    assert f"Request #{consultation.pk}" in page
    assert "Theo Marchetti" not in page
    assert not AccessRecord.objects.exists()


def test_a_director_also_in_intake_may_read_requests(client, consultation):
    client.force_login(member_of(MEDICAL_DIRECTORS, INTAKE))

    response = client.get(reverse("consultations_admin:detail", args=[consultation.pk]))

    assert response.status_code == 200
    assert "Theo Marchetti" in response.content.decode()


def test_every_opening_of_a_request_is_recorded(client, consultation):
    reader = member_of(INTAKE)
    client.force_login(reader)

    client.get(reverse("consultations_admin:detail", args=[consultation.pk]))
    client.get(reverse("consultations_admin:detail", args=[consultation.pk]))

    records = AccessRecord.objects.filter(action=Access.VIEWED, request_number=consultation.pk)
    assert records.count() == 2
    assert {record.user for record in records} == {reader}


def test_intake_marks_a_request_contacted_and_assigns_it(client, consultation):
    reader = member_of(INTAKE, first_name="Ana", last_name="Intake")
    client.force_login(reader)

    response = client.post(
        reverse("consultations_admin:detail", args=[consultation.pk]),
        {"status": "contacted", "assigned_to": reader.pk, "notes": "Called, booked a call back."},
    )

    assert response.status_code == 302
    consultation.refresh_from_db()
    assert (consultation.status, consultation.assigned_to) == ("contacted", reader)
    assert consultation.notes == "Called, booked a call back."
    assert AccessRecord.objects.filter(action=Access.UPDATED, user=reader).count() == 1


def test_only_intake_members_can_be_assigned(client, consultation):
    client.force_login(member_of(INTAKE))
    outsider = member_of(WRITERS)

    client.post(
        reverse("consultations_admin:detail", args=[consultation.pk]),
        {"status": "contacted", "assigned_to": outsider.pk, "notes": ""},
    )

    consultation.refresh_from_db()
    assert consultation.assigned_to is None


def test_intakes_export_holds_the_requests_and_is_recorded(client, consultation):
    reader = member_of(INTAKE)
    received_request(name='=HYPERLINK("http://evil.example")')
    client.force_login(reader)

    response = client.get(reverse("consultations_admin:export"))

    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode()
    assert "Theo Marchetti" in text
    # A spreadsheet would run this as a formula; the export defuses it.
    assert "'=HYPERLINK" in text
    [record] = AccessRecord.objects.filter(action=Access.EXPORTED)
    assert (record.user, record.count) == (reader, 2)


def test_the_access_log_is_for_compliance(client, consultation):
    client.force_login(member_of(INTAKE, username="ana"))
    client.get(reverse("consultations_admin:detail", args=[consultation.pk]))

    for role in (WRITERS, MEDICAL_DIRECTORS, SITE_ADMINS, INTAKE):
        client.force_login(member_of(role))
        assert client.get(reverse("consultations_admin:access_log")).status_code == 403

    client.force_login(member_of(COMPLIANCE))
    page = client.get(reverse("consultations_admin:access_log")).content.decode()
    assert "(ana)" in page
    assert f"#{consultation.pk}" in page
    assert "Theo Marchetti" not in page


def test_intake_must_use_a_second_factor(client):
    assert needs_two_factors(member_of(INTAKE))


def test_the_records_cannot_be_changed_or_deleted(client, consultation):
    client.force_login(member_of(INTAKE))
    client.get(reverse("consultations_admin:detail", args=[consultation.pk]))
    record = AccessRecord.objects.get()

    record.reason = "rewritten"
    with pytest.raises(ValueError, match="never changed"):
        record.save()
    with pytest.raises(ValueError, match="never deleted"):
        record.delete()
    assert ConsultationRequest.objects.filter(pk=consultation.pk).exists()
