import re

from django import forms
from django.core.exceptions import ValidationError

from consultations import limits
from consultations.choices import location_choices, treatment_choices
from consultations.models import ConsultationRequest, Status, TimeOfDay

PHONE_CHARACTERS = re.compile(r"^[0-9+()\-.\s]+$")
MIN_PHONE_DIGITS = 7


class ConsultationForm(forms.Form):
    """What intake needs to call or write back, and nothing more."""

    name = forms.CharField(label="Your name", max_length=limits.NAME_MAX)
    phone = forms.CharField(
        label="Phone number",
        required=False,
        max_length=limits.PHONE_MAX,
        help_text="Give a phone number, an email address, or both.",
    )
    email = forms.EmailField(label="Email address", required=False, max_length=limits.EMAIL_MAX)
    treatment = forms.ChoiceField(label="Treatment you are interested in", required=False)
    preferred_location = forms.ChoiceField(label="Preferred location", required=False)
    time_of_day = forms.ChoiceField(
        label="Best time of day to reach you",
        choices=TimeOfDay.choices,
        initial=TimeOfDay.ANY,
    )
    message = forms.CharField(
        label="Anything else we should know (optional)",
        required=False,
        max_length=limits.MESSAGE_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=(
            "Please do not include your medical history or medicines here. A clinician will "
            "ask about them in a private conversation."
        ),
    )
    consent = forms.BooleanField(
        label="I agree that the clinic may contact me about this request.",
        error_messages={"required": "Tick the box so that we may contact you."},
    )
    # Hidden from people (CSS and aria-hidden); bots filling every field fill it.
    website = forms.CharField(label="Leave this field empty", required=False, max_length=200)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.treatments = dict(treatment_choices())
        self.fields["treatment"].choices = list(self.treatments.items())
        self.fields["preferred_location"].choices = location_choices()
        for field in self.fields.values():
            if isinstance(field, forms.CharField) and field.max_length:
                # The browser stops typing at the limit; the server checks it all the same.
                field.widget.attrs["maxlength"] = field.max_length
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["phone"].widget.attrs.update({"autocomplete": "tel", "type": "tel"})
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})

    @property
    def is_from_a_bot(self):
        return bool(self.data.get("website"))

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        if phone and (
            not PHONE_CHARACTERS.match(phone) or sum(c.isdigit() for c in phone) < MIN_PHONE_DIGITS
        ):
            raise ValidationError("Enter a phone number using digits, for example 555 010 0199.")
        return phone

    def clean(self):
        cleaned = super().clean()
        typed_either = self.data.get("phone") or self.data.get("email")
        if not typed_either:
            raise ValidationError(
                "Give a phone number or an email address, so that we can reach you."
            )
        return cleaned

    def new_request(self, *, now):
        data = self.cleaned_data
        return ConsultationRequest(
            received_at=now,
            name=data["name"],
            phone=data["phone"],
            email=data["email"],
            treatment=self.treatments.get(data["treatment"], "") if data["treatment"] else "",
            preferred_location=data["preferred_location"],
            time_of_day=data["time_of_day"],
            message=data["message"],
            consented_at=now,
        )


class HandlingForm(forms.ModelForm):
    """What Intake changes on a request: its status, notes and who has it."""

    class Meta:
        model = ConsultationRequest
        fields = ["status", "assigned_to", "notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, intake_staff, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assigned_to"].queryset = intake_staff
        self.fields["assigned_to"].label = "Assigned to"
        self.fields["notes"].widget.attrs["maxlength"] = limits.NOTES_MAX
        self.fields["notes"].help_text = "Seen by Intake only. Keep medical details out."
        self.fields["status"].choices = Status.choices


class DeletionForm(forms.Form):
    reason = forms.CharField(
        label="Why is this request being deleted?",
        max_length=limits.REASON_MAX,
        help_text="For example: “The patient asked us to delete it by phone.” No personal details.",
    )
