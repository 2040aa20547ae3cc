"""Import and export of the claims library as CSV."""

from django import forms
from django.http import HttpResponse
from django.template.response import TemplateResponse

from library.spreadsheet import EXPORTED, ImportRefused, export_csv, import_csv

REFUSED = "You need permission to add and change library claims to import them."


class ImportForm(forms.Form):
    file = forms.FileField(label="CSV file", help_text="Columns: " + ", ".join(EXPORTED[:5]))


def _may_view(user):
    return user.has_perm("library.view_libraryclaim")


def _may_import(user):
    return user.has_perm("library.add_libraryclaim") and user.has_perm(
        "library.change_libraryclaim"
    )


def spreadsheet(request):
    if not _may_view(request.user):
        return TemplateResponse(
            request,
            "review/refused.html",
            {"page": {"title": "Claims library"}, "refusal": REFUSED},
            status=403,
        )
    report = None
    form = ImportForm(
        request.POST if request.method == "POST" else None,
        request.FILES if request.method == "POST" else None,
    )
    if request.method == "POST":
        if not _may_import(request.user):
            return TemplateResponse(
                request,
                "review/refused.html",
                {"page": {"title": "Claims library"}, "refusal": REFUSED},
                status=403,
            )
        if form.is_valid():
            try:
                report = import_csv(form.cleaned_data["file"], request.user)
            except ImportRefused as refused:
                form.add_error("file", str(refused))
    return TemplateResponse(
        request,
        "library/spreadsheet.html",
        {"form": form, "report": report, "may_import": _may_import(request.user)},
    )


def export(request):
    if not _may_view(request.user):
        return HttpResponse(status=403)
    response = HttpResponse(export_csv(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="claims-library.csv"'
    return response
