"""Session limits and the second factor, enforced on every request rather than per view."""

from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse

from identity import sessions
from identity.factors import has_second_factor, needs_two_factors

PASSKEY_ENDPOINTS = (
    "credential-registration-begin",
    "credential-registration-complete",
    "credential-authentication-begin",
    "credential-authentication-complete",
    "js-i18n-catalog",
)

# Wagtail's editor pings these while a page is open; they are not a person's activity.
NOT_ACTIVITY = ("/editing-sessions/",)


class SessionLimitsMiddleware:
    """Log out a session idle for too long or older than the absolute limit."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            reason = sessions.expiry_reason(request.session)
            if reason:
                logout(request)
                messages.info(
                    request,
                    "You were signed out after a time without activity. Sign in again."
                    if reason == "idle"
                    else "Your session reached its time limit. Sign in again.",
                )
            elif not any(part in request.path for part in NOT_ACTIVITY):
                sessions.touch(request.session)
        return self.get_response(request)


class RequireSecondFactorMiddleware:
    """In the admin, a signed-in user who needs (or has) a second factor must have passed it.

    Those without a device yet are sent to enrol; those with one to enter a code. Runs after
    django-otp's OTPMiddleware, which says whether this session passed a device.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        admin = reverse("wagtailadmin_home")
        if (
            user.is_authenticated
            and request.path.startswith(admin)
            and not user.is_verified()
            and request.path not in self._exempt()
            and (needs_two_factors(user) or has_second_factor(user))
        ):
            target = "identity:verify" if has_second_factor(user) else "identity:enrol"
            return redirect(reverse(target))
        return self.get_response(request)

    @staticmethod
    def _exempt():
        return {
            reverse("wagtailadmin_login"),
            reverse("wagtailadmin_logout"),
            reverse("identity:enrol"),
            reverse("identity:verify"),
            reverse("wagtailadmin_javascript_catalog"),
            # The passkey step after a password, and adding a first passkey at enrolment
            # (django-otp-webauthn refuses to add one to an account with a second factor
            # until this session has passed it).
            *(reverse(f"otp_webauthn:{name}") for name in PASSKEY_ENDPOINTS),
            reverse("identity:passkey_added"),
        }
