"""Two people appoint a signer: a request, then a confirmation by someone else in Compliance.

Requests are filed by the receivers (`receivers.py`) whatever path changed the group or the
licence, and by `request_appointment` from code. `appointment_refusal` is what the signing
service asks: it compares the confirmed licence details with the profile as it is now, so a
change made past every signal (a queryset update, raw SQL) still leaves the director unable
to sign.
"""

import datetime

from django.db import transaction

from identity.models import (
    AppointmentConfirmation,
    AppointmentKind,
    AppointmentRemoval,
    AppointmentRequest,
)
from identity.notify import email_compliance
from identity.roles import COMPLIANCE, user_has_role

# The reviewer profile's fields whose every change needs a confirmed request.
LICENCE_FIELDS = ("licence_state", "licence_number", "licence_verified_on")


class AppointmentRefused(Exception):
    """The confirmation was refused; nothing was recorded."""


def licence_details(profile):
    """The licence details of a reviewer profile, as stored in a request (JSON-friendly)."""
    details = {}
    for name in LICENCE_FIELDS:
        value = getattr(profile, name)
        details[name] = value.isoformat() if isinstance(value, datetime.date) else str(value)
    return details


def _who(user):
    return user.get_full_name() or user.get_username() if user else "code (no signed-in person)"


@transaction.atomic
def request_appointment(*, appointee, kind, requested_by=None, details=None):
    request = AppointmentRequest.objects.create(
        appointee=appointee, kind=kind, details=details or {}, requested_by=requested_by
    )
    email_compliance(
        f"Confirm: {request.get_kind_display().lower()} for {_who(appointee)}",
        f"{_who(requested_by)} asked that {_who(appointee)} be appointed "
        f"({request.get_kind_display().lower()}). {_who(appointee)} cannot sign until another "
        f"person in Compliance confirms it.\n\n{request.details or ''}",
    )
    return request


def request_licence_check(*, profile, requested_by=None):
    """File a licence request unless the latest one already names these exact details."""
    details = licence_details(profile)
    latest = _latest(profile.user_id, AppointmentKind.LICENCE)
    if latest and latest.details == details:
        return None
    return request_appointment(
        appointee=profile.user,
        kind=AppointmentKind.LICENCE,
        requested_by=requested_by,
        details=details,
    )


@transaction.atomic
def record_removal(*, appointee, removed_by=None):
    removal = AppointmentRemoval.objects.create(appointee=appointee, removed_by=removed_by)
    email_compliance(
        f"{_who(appointee)} left Medical directors",
        f"{_who(removed_by)} removed {_who(appointee)} from Medical directors. Signing again "
        "needs a new, confirmed appointment.",
    )
    return removal


def confirmation_refusal(request, confirmer):
    """None if `confirmer` may confirm `request`; otherwise why not."""
    if not user_has_role(confirmer, COMPLIANCE):
        return "Only someone in Compliance can confirm an appointment."
    if confirmer.pk == request.requested_by_id:
        return "You asked for this appointment, so someone else in Compliance must confirm it."
    if confirmer.pk == request.appointee_id:
        return "Nobody can confirm their own appointment."
    if request.confirmed:
        return "This request is already confirmed."
    return None


@transaction.atomic
def confirm_appointment(*, request, confirmer):
    request = AppointmentRequest.objects.select_for_update().get(pk=request.pk)
    refusal = confirmation_refusal(request, confirmer)
    if refusal:
        raise AppointmentRefused(refusal)
    confirmation = AppointmentConfirmation.objects.create(request=request, confirmed_by=confirmer)
    email_compliance(
        f"Confirmed: {request.get_kind_display().lower()} for {_who(request.appointee)}",
        f"{_who(confirmer)} confirmed the request by {_who(request.requested_by)}.",
    )
    return confirmation


def _latest(user_id, kind):
    return (
        AppointmentRequest.objects.filter(appointee_id=user_id, kind=kind)
        .select_related("confirmation")
        .order_by("-pk")
        .first()
    )


def appointment_refusal(user, profile):
    """None if `user`'s appointment, and `profile`'s licence as it is now, are confirmed."""
    role = _latest(user.pk, AppointmentKind.ROLE)
    last_removal = AppointmentRemoval.objects.filter(appointee=user).order_by("-pk").first()
    if (
        role is None
        or not role.confirmed
        or (last_removal and last_removal.removed_at > role.requested_at)
    ):
        return (
            "Your appointment as a medical director has not been confirmed by Compliance yet, "
            "so you cannot sign."
        )
    licence = _latest(user.pk, AppointmentKind.LICENCE)
    if licence is None or licence.details != licence_details(profile) or not licence.confirmed:
        return (
            "Your licence details have changed since Compliance last confirmed them, or are "
            "not confirmed yet, so you cannot sign."
        )
    return None


def awaiting_confirmation():
    return (
        AppointmentRequest.objects.filter(confirmation__isnull=True)
        .select_related("appointee", "requested_by")
        .order_by("pk")
    )
