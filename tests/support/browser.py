"""Steps the Playwright tests share."""

from django.contrib.auth import get_user_model

from identity.factors import has_second_factor, needs_two_factors
from tests.support.identity import authenticator, fresh_code


def log_in(page, live_server, username, password):
    """Sign in as a person does: password, and the code their authenticator shows when the
    account has one (or must have one: it is set up first, as if enrolled earlier)."""
    page.context.clear_cookies()  # whoever was logged in before logs out
    user = get_user_model().objects.get(username=username)
    code = ""
    if needs_two_factors(user) or has_second_factor(user):
        authenticator(user)
        code = fresh_code(user)
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.fill("input[name=otp_token]", code)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")


def log_out(page, live_server, user):
    """Log out from the account menu in Wagtail's sidebar (its button shows the first name)."""
    name = user.get_short_name() or user.get_username()
    page.get_by_role("button", name=name, exact=True).click()
    page.get_by_role("button", name="Log out").click()
    page.wait_for_url(f"{live_server.url}/admin/login/**")


def sign_with(page, user, password):
    """The signing screen's two components: the password and a fresh authenticator code."""
    page.get_by_label("Your password").fill(password)
    page.get_by_label("Code from your authenticator app").fill(fresh_code(user))
    page.get_by_role("button", name="Sign").click()


def add_passkey_device(page):
    """Chromium's virtual authenticator (DevTools protocol), standing in for the computer's own
    passkey: it answers every prompt as if the person gave their fingerprint."""
    devtools = page.context.new_cdp_session(page)
    devtools.send("WebAuthn.enable")
    added = devtools.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
                "automaticPresenceSimulation": True,
            }
        },
    )
    return devtools, added["authenticatorId"]


def collect_policy_violations(page):
    """Every Content-Security-Policy violation on any page this tab opens from now on: the
    browser's `securitypolicyviolation` events and its console errors, as text."""
    violations = []
    page.expose_function("claimcheckReportViolation", lambda text: violations.append(text))
    page.add_init_script(
        """document.addEventListener("securitypolicyviolation", (event) =>
            window.claimcheckReportViolation(
                `${location.pathname}: ${event.effectiveDirective} refused ` +
                `${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`));"""
    )
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return violations
