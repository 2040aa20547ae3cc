"""The sign-off sheet of one published version: every claim, its evidence and its signature."""

import datetime
from dataclasses import dataclass

from django.template.loader import render_to_string
from django.urls import reverse

from audit.lookups import article_or_404, published_version_or_404


@dataclass(frozen=True)
class SheetLine:
    number: int
    claim: object  # pages.claims.Claim, as it stood in the version
    sign_off: object  # the approval recorded for this version, or None


def sheet_lines(revision, version, content=None):
    """The version's claims in reading order, each with the approval that let it go live."""
    approvals = {sign_off.block_id: sign_off for sign_off in version.sign_offs}
    return [
        SheetLine(number, claim, approvals.get(claim.block_id))
        for number, claim in enumerate((content or revision.as_object()).claims, 1)
    ]


def sheet_context(page_id, revision_id):
    page = article_or_404(page_id)
    version, revision = published_version_or_404(page, revision_id)
    content = revision.as_object()
    return {
        "page": page,
        "version": version,
        "revision": revision,
        # The claims library's template tags read the library claims it shows.
        "content": content,
        "lines": sheet_lines(revision, version, content),
        "generated_at": datetime.datetime.now(datetime.UTC),
        "pdf_url": reverse("audit:sheet_pdf", args=[page.pk, revision.pk]),
    }


def render_sheet(context):
    return render_to_string("audit/sign_off_sheet.html", context)


def sheet_pdf(html, base_url):
    # Imported here: WeasyPrint loads Pango through cffi, which only the PDF needs.
    from weasyprint import HTML

    return HTML(string=html, base_url=base_url).write_pdf()
