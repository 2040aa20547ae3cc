"""Lockout after repeated failures, with django-axes (settings: AXES_*, IDENTITY_FAILURE_WINDOW).

Axes counts failed logins itself. The second-factor code or passkey at login and the password and
second factor on the signing screen count too: they report a failure the way Django's login does
(`user_login_failed`), so one counter covers every place a credential is typed.
"""

import logging

from axes.handlers.database import AxesDatabaseHandler
from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt, AccessFailureLog

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.signals import user_login_failed
from django.db.models import Q
from django.shortcuts import render

from identity.notify import email_compliance

logger = logging.getLogger("identity")

LOCKED_MESSAGE = (
    "Too many failed attempts. Sign-in is locked for a while; try again later or ask a site admin."
)


def credentials_for(username):
    return {"username": username}


def is_locked(request, username):
    return AxesProxyHandler.is_locked(request, credentials_for(username))


def record_failure(request, username):
    """Count a wrong password or code typed outside Django's login (the signing screen)."""
    user_login_failed.send(sender=__name__, credentials=credentials_for(username), request=request)


def locked_out(sender, request, username, ip_address, **kwargs):
    """A lockout started: into the log, and an email to Compliance."""
    logger.warning("Locked out after repeated failures: username %r from %s", username, ip_address)
    email_compliance(
        "Account locked after repeated failures",
        f"Sign-in for username {username!r} from address {ip_address} was locked after repeated "
        "failed passwords or codes. If this was not the account's owner, treat it as an attack.",
    )


def locked_out_response(request, credentials=None, *args, **kwargs):
    """AXES_LOCKOUT_CALLABLE: one generic page, the same for known and unknown usernames."""
    # Rendered now: axes swaps it in from middleware, after Django renders template responses.
    return render(request, "identity/locked_out.html", {"message": LOCKED_MESSAGE}, status=429)


def end_session_locked_out(request):
    """The lockout page, after ending the session: whoever is typing may not be its owner."""
    logout(request)
    return locked_out_response(request)


class WindowedLockoutHandler(AxesDatabaseHandler):
    """AXES_HANDLER: only failures within IDENTITY_FAILURE_WINDOW count towards a lockout.

    Axes keeps one running count per username, address and browser, and forgets it only once
    AXES_COOLOFF_TIME has passed since its latest failure, so five failures spread over half an
    hour would lock. Before axes counts a new failure, each count it will add up is brought down
    to that client's failures within the window, read from axes' own failure log
    (AXES_ENABLE_ACCESS_FAILURE_LOG). A lockout, once started, runs its whole cool-off.
    """

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        if request is not None and not self.is_locked(request, credentials):
            self._forget_failures_outside_the_window(request, credentials)
        super().user_login_failed(sender, credentials, request, **kwargs)

    @staticmethod
    def _forget_failures_outside_the_window(request, credentials):
        since = request.axes_attempt_time - settings.IDENTITY_FAILURE_WINDOW
        username = get_client_username(request, credentials)
        for attempt in AccessAttempt.objects.filter(
            Q(username=username) | Q(ip_address=request.axes_ip_address)
        ):
            recent = AccessFailureLog.objects.filter(
                username=attempt.username,
                ip_address=attempt.ip_address,
                user_agent=attempt.user_agent,
                attempt_time__gte=since,
            ).count()
            if recent < attempt.failures_since_start:
                AccessAttempt.objects.filter(pk=attempt.pk).update(failures_since_start=recent)
