"""“Supersede this status”: Compliance replaces a therapy's regulatory status with a new one."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse

from lifecycle.roles import is_compliance
from lifecycle.supersession import SupersessionRefused, supersede
from pages.models import TherapyStatus

STATUS_FIELDS = ["therapy", "route", "indication", "status", "is_device", "restrictions"]


class NewStatusForm(forms.ModelForm):
    reason = forms.CharField(
        label="What changed, and the source",
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="For example: “FDA approval of 1 December 2026 for this indication” and a link.",
    )

    class Meta:
        model = TherapyStatus
        fields = STATUS_FIELDS

    def validate_constraints(self):
        # The new status may be for the very same use: the old one is marked superseded first.
        return None


def supersede_status(request, status_id):
    if not is_compliance(request.user):
        raise PermissionDenied
    old = get_object_or_404(TherapyStatus, pk=status_id)
    initial = {name: getattr(old, name) for name in STATUS_FIELDS}
    form = NewStatusForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            supersession = supersede(
                old_status=old,
                new_status=form.save(commit=False),
                reason=form.cleaned_data["reason"],
                recorded_by=request.user,
            )
        except (SupersessionRefused, ValidationError) as refused:
            form.add_error(None, refused.messages if hasattr(refused, "messages") else str(refused))
        else:
            opened = supersession.triggers.count()
            messages.success(
                request,
                f"Superseded. {opened} article(s) now have a review open with the new status; "
                "patients see it once each review is signed.",
            )
            return redirect("wagtailsnippets_pages_therapystatus:list")
    return TemplateResponse(request, "lifecycle/supersede_status.html", {"old": old, "form": form})
