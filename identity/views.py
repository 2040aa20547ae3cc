"""Enrolment, the second step after a password, and Compliance's appointment confirmations."""

import base64

import qrcode
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.exceptions import OTPWebAuthnApiError
from django_otp_webauthn.models import WebAuthnCredential
from django_otp_webauthn.views import CompleteCredentialAuthenticationView
from qrcode.image.svg import SvgPathImage

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, resolve_url
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from identity import appointments, lockout, passkeys
from identity.factors import (
    can_type_a_code,
    has_recovery_codes,
    has_second_factor,
    new_recovery_codes,
    start_authenticator_enrolment,
    verify_login_code,
)
from identity.forms import CodeForm
from identity.models import AppointmentConfirmation, AppointmentRemoval, AppointmentRequest
from identity.roles import COMPLIANCE, user_has_role


def _next_url(request):
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}):
        return target
    return "wagtailadmin_home"


def enrol(request):
    """Set up a passkey, or an authenticator app (scan the QR code, type one code); then keep
    the recovery codes."""
    user = request.user
    if has_second_factor(user) and not request.user.is_verified():
        return redirect("identity:verify")
    device = start_authenticator_enrolment(user)
    form = CodeForm(request.POST or None)
    if request.method == "POST":
        if lockout.is_locked(request, user.get_username()):
            return lockout.end_session_locked_out(request)
        if form.is_valid():
            if device.verify_token(form.cleaned_data["otp_token"].strip()):
                device.confirmed = True
                device.save(update_fields=["confirmed"])
                # A new authenticator replaces the old one (a lost or changed phone).
                TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
                otp_login(request, device)
                return TemplateResponse(
                    request,
                    "identity/recovery_codes.html",
                    {"codes": new_recovery_codes(user), "next": resolve_url(_next_url(request))},
                )
            lockout.record_failure(request, user.get_username())
            if lockout.is_locked(request, user.get_username()):
                return lockout.end_session_locked_out(request)
            form.add_error("otp_token", "That code is not right. Check the time on your phone.")
    # One <path>, no XML prolog or namespace prefixes, so it sits in the HTML as it is.
    qr = qrcode.make(device.config_url, image_factory=SvgPathImage).to_string(encoding="unicode")
    return TemplateResponse(
        request,
        "identity/enrol.html",
        {
            "form": form,
            # The SVG is made here from the device's own URL: nothing from the request.
            "qr_svg": mark_safe(qr[qr.index("<svg") :]),  # noqa: S308
            "secret": base64.b32encode(device.bin_key).decode(),
            "passkeys": WebAuthnCredential.objects.filter(user=user, confirmed=True),
        },
    )


@require_POST
def passkey_added(request):
    """After the browser added a passkey: recovery codes the first time, else back to the list.

    django-otp-webauthn has verified and saved the passkey by now, and a session that had not
    passed a second factor yet counts as having passed it.
    """
    if not request.user.is_verified():
        return redirect("identity:verify")
    if has_recovery_codes(request.user):
        messages.success(request, "Your passkey is added. It signs you in and signs claims.")
        return redirect("identity:enrol")
    return TemplateResponse(
        request,
        "identity/recovery_codes.html",
        {"codes": new_recovery_codes(request.user), "next": resolve_url(_next_url(request))},
    )


@require_POST
def signing_challenge(request):
    """The challenge a passkey answers to sign on the review screen (identity.passkeys)."""
    return JsonResponse(passkeys.begin_signing_assertion(request))


def verify(request):
    """The second step when a session has a password but no code yet."""
    if request.user.is_verified():
        return redirect(_next_url(request))
    form = CodeForm(request.POST or None)
    username = request.user.get_username()
    if request.method == "POST":
        if lockout.is_locked(request, username):
            return lockout.end_session_locked_out(request)
        if form.is_valid():
            device = verify_login_code(request.user, form.cleaned_data["otp_token"])
            if device is not None:
                otp_login(request, device)
                return redirect(_next_url(request))
            lockout.record_failure(request, username)
            if lockout.is_locked(request, username):
                return lockout.end_session_locked_out(request)
            form.add_error("otp_token", "That code is not right.")
    return TemplateResponse(
        request,
        "identity/verify.html",
        {
            "form": form,
            "next": request.GET.get("next", ""),
            "has_passkey": passkeys.has_passkey(request.user),
            "has_codes": can_type_a_code(request.user),
        },
    )


@require_POST
def replace_recovery_codes(request):
    codes = new_recovery_codes(request.user)
    return TemplateResponse(
        request,
        "identity/recovery_codes.html",
        {"codes": codes, "next": resolve_url("wagtailadmin_home")},
    )


def _require_compliance(user):
    if not (user_has_role(user, COMPLIANCE) or user.is_superuser):
        raise PermissionDenied


def appointment_list(request):
    _require_compliance(request.user)
    awaiting = list(appointments.awaiting_confirmation())
    for item in awaiting:
        item.refusal = appointments.confirmation_refusal(item, request.user)
    return TemplateResponse(
        request,
        "identity/appointments.html",
        {
            "awaiting": awaiting,
            "confirmed": AppointmentConfirmation.objects.select_related(
                "request__appointee", "request__requested_by", "confirmed_by"
            ).order_by("-pk")[:50],
            "removals": AppointmentRemoval.objects.select_related(
                "appointee", "removed_by"
            ).order_by("-pk")[:50],
        },
    )


@require_POST
def confirm(request, request_id):
    _require_compliance(request.user)
    appointment = get_object_or_404(AppointmentRequest, pk=request_id)
    try:
        appointments.confirm_appointment(request=appointment, confirmer=request.user)
    except appointments.AppointmentRefused as refused:
        messages.error(request, str(refused))
    else:
        messages.success(request, f"Confirmed: {appointment}.")
    return redirect("identity:appointments")


class CompletePasskeySignIn(CompleteCredentialAuthenticationView):
    """The passkey step after a password (django-otp-webauthn's view): each answer that fails
    counts towards the lockout, and it returns to where the person was going."""

    def post(self, request, *args, **kwargs):
        if lockout.is_locked(request, request.user.get_username()):
            return self._locked_out()
        return super().post(request, *args, **kwargs)

    def handle_exception(self, exc):
        if isinstance(exc, OTPWebAuthnApiError) and self.request.user.is_authenticated:
            username = self.request.user.get_username()
            lockout.record_failure(self.request, username)
            if lockout.is_locked(self.request, username):
                return self._locked_out()
        return super().handle_exception(exc)

    def _locked_out(self):
        return lockout.end_session_locked_out(self.request)

    def get_success_url(self):
        return resolve_url(_next_url(self.request))
