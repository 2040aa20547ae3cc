"""The patients' side: the request form, its confirmation and the privacy notice."""

from django.conf import settings
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables

from consultations import rate_limit
from consultations.forms import ConsultationForm
from consultations.services import receive_request

TOO_MANY = (
    "We have had several requests from your connection in the last hour, so we cannot take "
    "another just now. Please call us instead, or try again later. What you typed is still here."
)


# Error reports never carry what the patient typed (Django masks these in its 500 reports),
# and no cache keeps the page: it holds a CSRF token, and after a refused post what was typed.
@never_cache
@sensitive_post_parameters()
@sensitive_variables("form")
def request_consultation(request):
    if request.method == "POST":
        form = ConsultationForm(request.POST)
        if not rate_limit.allow(request):
            form.is_valid()  # keeps what was typed, and shows its errors along with this one
            return _form_page(request, form, refusal=TOO_MANY, status=429)
        if form.is_from_a_bot:
            # Looks like success, so that the bot learns nothing; nothing is stored or sent.
            return redirect("consultations:thanks")
        if form.is_valid():
            receive_request(form=form)
            return redirect("consultations:thanks")
        return _form_page(request, form)
    form = ConsultationForm(initial={"treatment": request.GET.get("treatment", "")})
    if form.initial["treatment"] not in form.treatments:
        form.initial["treatment"] = ""
    return _form_page(request, form)


def _form_page(request, form, refusal="", status=200):
    return TemplateResponse(
        request,
        "consultations/request_form.html",
        {"form": form, "refusal": refusal},
        status=status,
    )


def thanks(request):
    return TemplateResponse(request, "consultations/thanks.html")


def privacy(request):
    return TemplateResponse(
        request,
        "consultations/privacy.html",
        {"retention_days": settings.CONSULTATIONS_RETENTION_DAYS},
    )
