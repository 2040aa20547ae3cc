from django import forms

from review.models import Decision
from review.selectors import needing_a_decision
from review.services import ClaimDecision


class SigningForm(forms.Form):
    """One approve/request-changes choice per new or changed claim, then the password and a
    second factor: a code, or (from the browser) a passkey's assertion."""

    seen_revision = forms.IntegerField(widget=forms.HiddenInput)
    full_review = forms.BooleanField(required=False, widget=forms.HiddenInput)
    password = forms.CharField(
        label="Your password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text="Signing is an electronic signature: enter your password again to sign.",
    )
    second_factor = forms.CharField(
        label="Code from your authenticator app",
        max_length=10,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
        help_text="The second part of your signature: the 6-digit code your app shows now.",
    )
    # Filled in by the browser when the director signs with a passkey instead of a code
    # (identity/static/identity/signing_passkey.js); the signing service verifies it.
    passkey_assertion = forms.CharField(
        required=False, max_length=20_000, strip=False, widget=forms.HiddenInput
    )

    def __init__(self, rows, *args, full_review=False, removed=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.rows = rows
        self.removed = list(removed)
        self._add_removal_fields()
        self.to_decide = needing_a_decision(rows, full_review)
        for row in self.to_decide:
            key = row.claim.block_id
            self.fields[f"decision-{key}"] = forms.ChoiceField(
                label=f"Decision on claim {row.number}",
                choices=[
                    (Decision.APPROVED, "Approve"),
                    (Decision.CHANGES_REQUESTED, "Request changes"),
                ],
                widget=forms.RadioSelect,
                error_messages={
                    "required": f"Choose approve or request changes for claim {row.number}."
                },
            )
            self.fields[f"reason-{key}"] = forms.CharField(
                label=f"What needs to change in claim {row.number}, and why",
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
            )
            row.decision_field = self[f"decision-{key}"]
            row.reason_field = self[f"reason-{key}"]

    def refuse_credential(self, field_name, message):
        """Report a wrong password or code beside its box, and bring the director back to
        that box: the screen is long, and a browser scrolls to a field that asks for focus."""
        self.add_error(field_name, message)
        widget = self.fields[field_name].widget
        if not widget.is_hidden:
            widget.attrs.update({"autofocus": True, "aria-describedby": f"{field_name}-error"})

    def _add_removal_fields(self):
        # Each claim the last approved version had and this one drops: confirm, or ask back.
        for row in self.removed:
            key = row.block_id
            self.fields[f"removal-{key}"] = forms.ChoiceField(
                label=f"Decision on removed claim {row.number}",
                choices=[
                    (Decision.REMOVAL_CONFIRMED, "Confirm the removal"),
                    (Decision.CHANGES_REQUESTED, "Ask for it back"),
                ],
                widget=forms.RadioSelect,
                error_messages={
                    "required": f"Confirm the removal of removed claim {row.number}, or ask "
                    "for it back."
                },
            )
            self.fields[f"removal-reason-{key}"] = forms.CharField(
                label=f"Reason for removed claim {row.number}",
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
            )
            row.decision_field = self[f"removal-{key}"]
            row.reason_field = self[f"removal-reason-{key}"]

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("second_factor") or cleaned.get("passkey_assertion")):
            self.add_error(
                "second_factor",
                "Enter the code your authenticator app shows now, or sign with your passkey.",
            )
        for row in self.removed:
            key = row.block_id
            if (
                cleaned.get(f"removal-{key}") == Decision.CHANGES_REQUESTED
                and not cleaned.get(f"removal-reason-{key}", "").strip()
            ):
                self.add_error(
                    f"removal-reason-{key}",
                    f"Say why removed claim {row.number} should come back.",
                )
        for row in self.to_decide:
            key = row.claim.block_id
            if (
                cleaned.get(f"decision-{key}") == Decision.CHANGES_REQUESTED
                and not cleaned.get(f"reason-{key}", "").strip()
            ):
                self.add_error(
                    f"reason-{key}", f"Say what needs to change in claim {row.number}, and why."
                )
        return cleaned

    def decisions(self):
        return {
            row.claim.block_id: ClaimDecision(
                self.cleaned_data[f"decision-{row.claim.block_id}"],
                self.cleaned_data.get(f"reason-{row.claim.block_id}", ""),
            )
            for row in self.to_decide
        }

    def removals(self):
        return {
            row.block_id: ClaimDecision(
                self.cleaned_data[f"removal-{row.block_id}"],
                self.cleaned_data.get(f"removal-reason-{row.block_id}", ""),
            )
            for row in self.removed
        }
