"""Intake's screens in the Wagtail admin, and Compliance's access log."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from consultations import services
from consultations.access import compliance_only, intake_only
from consultations.export import requests_csv
from consultations.forms import DeletionForm, HandlingForm
from consultations.models import AccessRecord, ConsultationRequest, Status
from identity.roles import INTAKE

PER_PAGE = 50


def _intake_staff():
    return (
        get_user_model()
        .objects.filter(groups__name=INTAKE, is_active=True)
        .order_by("first_name", "last_name")
    )


@never_cache
@intake_only
def index(request):
    # The list shows no personal details: only opening a request (which is recorded) does.
    shown = ConsultationRequest.objects.select_related("assigned_to")
    status = request.GET.get("status", "")
    if status in Status.values:
        shown = shown.filter(status=status)
    return TemplateResponse(
        request,
        "consultations/admin/index.html",
        {
            "requests": Paginator(shown, PER_PAGE).get_page(request.GET.get("p")),
            "statuses": Status.choices,
            "status": status,
        },
    )


@never_cache
@sensitive_post_parameters()
@intake_only
def detail(request, pk):
    consultation = get_object_or_404(
        ConsultationRequest.objects.select_related("assigned_to"), pk=pk
    )
    if request.method == "POST":
        form = HandlingForm(request.POST, instance=consultation, intake_staff=_intake_staff())
        if form.is_valid():
            services.update_handling(form=form, user=request.user)
            messages.success(request, f"Request {consultation.reference} saved.")
            return redirect("consultations_admin:detail", pk=consultation.pk)
    else:
        form = HandlingForm(instance=consultation, intake_staff=_intake_staff())
    services.record_view(consultation=consultation, user=request.user)
    return TemplateResponse(
        request,
        "consultations/admin/detail.html",
        {"consultation": consultation, "form": form, "deletion_form": DeletionForm()},
    )


@sensitive_post_parameters()
@intake_only
@require_POST
def delete(request, pk):
    consultation = get_object_or_404(ConsultationRequest, pk=pk)
    form = DeletionForm(request.POST)
    if not form.is_valid():
        services.record_view(consultation=consultation, user=request.user)
        return TemplateResponse(
            request,
            "consultations/admin/detail.html",
            {
                "consultation": consultation,
                "form": HandlingForm(instance=consultation, intake_staff=_intake_staff()),
                "deletion_form": form,
            },
            status=400,
        )
    reference = consultation.reference
    services.delete_on_request(
        consultation=consultation, user=request.user, reason=form.cleaned_data["reason"]
    )
    messages.success(request, f"Request {reference} deleted. The reason is in the access log.")
    return redirect("consultations_admin:index")


@never_cache
@intake_only
def export_csv(request):
    text, count = requests_csv()
    services.record_export(user=request.user, count=count)
    response = HttpResponse(text, content_type="text/csv; charset=utf-8")
    stamp = timezone.now().strftime("%Y-%m-%d")
    response["Content-Disposition"] = f'attachment; filename="consultation-requests-{stamp}.csv"'
    return response


@never_cache
@compliance_only
def access_log(request):
    records = AccessRecord.objects.select_related("user")
    number = request.GET.get("request", "")
    if number.isdigit():
        records = records.filter(request_number=int(number))
    return TemplateResponse(
        request,
        "consultations/admin/access_log.html",
        {"records": Paginator(records, PER_PAGE).get_page(request.GET.get("p")), "number": number},
    )
