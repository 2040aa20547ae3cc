"""Staff sessions: idle and absolute limits (settings IDENTITY_SESSION_IDLE, _ABSOLUTE).

The browser-close rule is SESSION_EXPIRE_AT_BROWSER_CLOSE; these two are checked on every
request by `middleware.SessionLimitsMiddleware`, which logs the session out when either passes.
"""

import time

from django.conf import settings

LOGGED_IN_AT = "identity_logged_in_at"
LAST_SEEN_AT = "identity_last_seen_at"


def logged_in(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        now = time.time()
        request.session[LOGGED_IN_AT] = now
        request.session[LAST_SEEN_AT] = now
        # No "remember me": a staff session always ends when the browser closes.
        request.session.set_expiry(0)


def expiry_reason(session, now=None):
    """Why this session has expired ('idle' or 'absolute'), or None if it is still good."""
    now = now or time.time()
    logged_in_at = session.get(LOGGED_IN_AT)
    last_seen = session.get(LAST_SEEN_AT)
    if logged_in_at is None or last_seen is None:
        return "absolute"
    if now - last_seen > settings.IDENTITY_SESSION_IDLE.total_seconds():
        return "idle"
    if now - logged_in_at > settings.IDENTITY_SESSION_ABSOLUTE.total_seconds():
        return "absolute"
    return None


# Activity is recorded at most once a minute. Each recording saves the whole session, and a
# request that saves it can overwrite what a request running beside it wrote there (the
# passkey ceremony's challenge, say), so most requests should leave the session alone.
TOUCH_EVERY_SECONDS = 60


def touch(session, now=None):
    now = now or time.time()
    if now - session.get(LAST_SEEN_AT, 0) >= TOUCH_EVERY_SECONDS:
        session[LAST_SEEN_AT] = now
