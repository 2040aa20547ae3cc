"""Lockout after repeated failures, with django-axes (settings: AXES_*).

Axes counts failed logins itself. The second-factor code at login and the password and code on
the signing screen count too: they report a failure the way Django's login does
(`user_login_failed`), so one counter covers every place a credential is typed.
"""

import logging

from axes.handlers.proxy import AxesProxyHandler

from django.contrib.auth import logout
from django.contrib.auth.signals import user_login_failed
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
