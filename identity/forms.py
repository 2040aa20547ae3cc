from django import forms

from wagtail.admin.forms.auth import LoginForm

from identity import lockout
from identity.factors import has_second_factor, verify_login_code
from identity.passkeys import has_passkey

CODE_HELP = (
    "The 6-digit code your authenticator app shows now, or one of your recovery codes. "
    "Leave it empty if you use a passkey (it is asked for next), or have not set up a second "
    "factor yet."
)


def code_field(label="Authenticator code", help_text=CODE_HELP, required=False):
    return forms.CharField(
        label=label,
        required=required,
        max_length=20,
        help_text=help_text,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "spellcheck": "false"}
        ),
    )


class StaffLoginForm(LoginForm):
    """Wagtail's login with the second factor in the same step (WAGTAILADMIN_USER_LOGIN_FORM).

    A wrong code gets the same message as a wrong password, so the form never tells anyone
    that the password was right, and it counts towards the lockout like a wrong password.
    """

    otp_token = code_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Staff sessions always end when the browser closes (identity/sessions.py).
        del self.fields["remember"]

    def clean(self):
        cleaned = super().clean()
        user = self.get_user()
        if user is not None and has_second_factor(user):
            if not cleaned.get("otp_token") and has_passkey(user):
                # The passkey is asked for next, on the verify page: the browser's prompt
                # needs a page of its own, and nothing past it opens until the passkey answers.
                return cleaned
            device = verify_login_code(user, cleaned.get("otp_token"))
            if device is None:
                lockout.record_failure(self.request, cleaned.get("username"))
                self.user_cache = None
                raise self.get_invalid_login_error()
            # django-otp marks the session verified when Django logs this user in.
            user.otp_device = device
        return cleaned


class CodeForm(forms.Form):
    """One code: confirming a new authenticator, or the second step after a password."""

    otp_token = code_field(
        label="Code",
        help_text="The 6-digit code your authenticator app shows now.",
        required=True,
    )
