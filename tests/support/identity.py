"""Second factors and appointments for tests: an authenticator per person, codes it shows,
and Compliance's confirmation, so tests reach signing the way a real director does."""

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from identity.appointments import confirm_appointment
from identity.factors import has_second_factor, needs_two_factors
from identity.models import AppointmentRequest
from identity.roles import COMPLIANCE

# signing_post leaves this in place of the code; TwoFactorClient puts in the code the
# signed-in director's authenticator shows at the moment of posting.
CURRENT_CODE = "<current code>"
WRONG_CODE = "000000"


def authenticator(user):
    """The user's confirmed authenticator app, set up now if they have none."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    return device or TOTPDevice.objects.create(user=user, name="Test phone", confirmed=True)


def code_at(device, step):
    """The code for time step `step` itself (django-otp's drift is already in `step`)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, 0)
    totp.time = device.t0 + step * device.step
    return f"{totp.token():0{device.digits}d}"


def fresh_code(user):
    """A code `user`'s authenticator shows and that was not used yet.

    A code is accepted once per 30-second step; tests sign several times a second, so when
    the steps in reach are used up this moves the device's memory back, as if the next step
    had come.
    """
    device = authenticator(user)
    device.refresh_from_db()
    now = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).t()
    step = max(now, device.last_t + 1)
    if step > now + device.tolerance:
        TOTPDevice.objects.filter(pk=device.pk).update(last_t=now - 1)
        step = now
    return code_at(device, step)


def confirming_officer():
    """A Compliance officer who asked for nothing, so may confirm any request."""
    User = get_user_model()
    officer, created = User.objects.get_or_create(
        username="appointing-officer", defaults={"email": "officer@clinic.example"}
    )
    if created:
        officer.groups.add(Group.objects.get(name=COMPLIANCE))
    return officer


def appoint(user, confirmer=None):
    """Confirm every open appointment request for `user`, as a second person in Compliance."""
    confirmer = confirmer or confirming_officer()
    for request in AppointmentRequest.objects.filter(appointee=user, confirmation__isnull=True):
        confirm_appointment(request=request, confirmer=confirmer)
    return user


class TwoFactorClient(Client):
    """Django's test client whose `force_login` also passes the second factor, as a real login
    with a code does, and which fills in signing codes (CURRENT_CODE) for that person."""

    signed_in = None

    def force_login(self, user, backend=None):
        super().force_login(user, backend)
        self.signed_in = user
        if needs_two_factors(user) or has_second_factor(user):
            session = self.session
            session[DEVICE_ID_SESSION_KEY] = authenticator(user).persistent_id
            session.save()

    def post(self, path, data=None, *args, **kwargs):
        if isinstance(data, dict) and data.get("second_factor") == CURRENT_CODE:
            signer = self.signed_in
            code = fresh_code(signer) if signer and has_second_factor(signer) else WRONG_CODE
            data = {**data, "second_factor": code}
        return super().post(path, data, *args, **kwargs)


def log_in(client, username, password, code="", **extra):
    """Post Wagtail's sign-in form, as a browser does (`extra`: e.g. REMOTE_ADDR)."""
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password, "otp_token": code},
        **extra,
    )
