from django import forms

from wagtail.admin.forms.choosers import BaseFilterForm

from pages.choices import ClaimType


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        label="Why is this library claim being withdrawn?",
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Kept in the history of the library claim and of every article that showed it.",
    )


class ApprovedClaimFilterForm(BaseFilterForm):
    """The chooser's search: by wording, by claim type, by therapy."""

    q = forms.CharField(
        label="Wording",
        required=False,
        widget=forms.TextInput(attrs={"placeholder": "Search the wording"}),
    )
    claim_type = forms.ChoiceField(
        label="Claim type", required=False, choices=[("", "Any type"), *ClaimType.choices]
    )
    therapy = forms.CharField(
        label="Therapy",
        required=False,
        widget=forms.TextInput(attrs={"placeholder": "e.g. Ketamine"}),
    )

    def filter(self, objects):
        data = self.cleaned_data
        if data.get("q"):
            objects = objects.filter(statement__icontains=data["q"])
            self.is_searching = True
            self.search_query = data["q"]
        if data.get("claim_type"):
            objects = objects.filter(claim_type=data["claim_type"])
        if data.get("therapy"):
            objects = objects.filter(therapy_status__therapy__icontains=data["therapy"])
        return objects
