"""Downloads for auditors: every sign-off as CSV or JSON, and a version's sign-off sheet as PDF."""

import datetime

from django.http import HttpResponse, HttpResponseBadRequest, StreamingHttpResponse

from audit.access import audit_readers_only
from audit.exports import ExportFilter, csv_lines, json_chunks
from audit.sheet import render_sheet, sheet_context, sheet_pdf


def _stream(request, chunks, content_type, extension):
    form = ExportFilter(request.GET)
    if not form.is_valid():
        return HttpResponseBadRequest(form.errors.as_text(), content_type="text/plain")
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    response = StreamingHttpResponse(chunks(form.sign_offs()), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="sign-offs-{stamp}.{extension}"'
    return response


@audit_readers_only
def export_csv(request):
    return _stream(request, csv_lines, "text/csv; charset=utf-8", "csv")


@audit_readers_only
def export_json(request):
    return _stream(request, json_chunks, "application/json", "json")


@audit_readers_only
def sign_off_sheet_pdf(request, page_id, revision_id):
    context = sheet_context(page_id, revision_id)
    pdf = sheet_pdf(render_sheet(context), base_url=request.build_absolute_uri("/"))
    response = HttpResponse(pdf, content_type="application/pdf")
    filename = f"sign-off-sheet-{context['page'].slug}-v{context['version'].number}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
