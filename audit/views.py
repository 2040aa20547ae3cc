"""Admin screens for auditors: the history of an article, of a claim, and what was live when."""

from django import forms
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.clickjacking import xframe_options_sameorigin

from wagtail.models import Page

from audit.access import audit_readers_only
from audit.exports import ExportFilter
from audit.lookups import article_or_404, published_version_or_404
from audit.publications import attach_reviews_and_sign_offs, publications, versions_live_on
from audit.sheet import sheet_context
from audit.timeline import claim_timeline
from review.approvals import approval_as_it_stood
from review.models import ReviewedVersion

VERSIONS_PER_PAGE = 10
ARTICLES_PER_PAGE = 50


def _compare_url(page, revision_a, revision_b):
    return reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, revision_a, revision_b])


@audit_readers_only
def index(request):
    # Every page a review ever approved: articles, and the clinic's pages with no claims.
    articles = (
        Page.objects.filter(pk__in=ReviewedVersion.objects.values("page_id"))
        .order_by("title")
        .specific()
    )
    return TemplateResponse(
        request,
        "audit/index.html",
        {
            "articles": Paginator(articles, ARTICLES_PER_PAGE).get_page(request.GET.get("p")),
            "export_form": ExportFilter(),
        },
    )


@audit_readers_only
def article_history(request, page_id):
    page = article_or_404(page_id)
    versions = publications(page.pk)
    versions.reverse()
    shown = Paginator(versions, VERSIONS_PER_PAGE).get_page(request.GET.get("p"))
    attach_reviews_and_sign_offs(page.pk, shown.object_list)
    # Wagtail's compare view is for people who may edit the page; others would get a 403.
    may_compare = page.permissions_for_user(request.user).can_edit()
    for version in shown.object_list:
        version.compare_url = (
            _compare_url(page, version.previous_revision_id, version.revision_id)
            if may_compare and version.previous_revision_id
            else ""
        )
    return TemplateResponse(
        request,
        "audit/article_history.html",
        {
            "page": page,
            "versions": shown,
            "published_revisions": [v.revision_id for v in versions] if may_compare else [],
            "may_compare": may_compare,
            "live_on_form": LiveOnForm(),
        },
    )


@audit_readers_only
def compare(request, page_id):
    """Wagtail's compare view between any two versions picked on the history screen."""
    page = article_or_404(page_id)
    revisions = {v.revision_id for v in publications(page.pk)}
    try:
        first, second = int(request.GET["from"]), int(request.GET["to"])
    except (KeyError, ValueError) as missing:
        raise Http404 from missing
    if not {first, second} <= revisions:
        raise Http404
    return redirect(_compare_url(page, min(first, second), max(first, second)))


@audit_readers_only
def claim_history(request, page_id, block_id):
    page = article_or_404(page_id)
    wordings = claim_timeline(page.pk, block_id)
    if not wordings:
        raise Http404
    return TemplateResponse(
        request,
        "audit/claim_timeline.html",
        {"page": page, "block_id": block_id, "wordings": wordings},
    )


class LiveOnForm(forms.Form):
    date = forms.DateField(
        label="Date (UTC)", widget=forms.DateInput(attrs={"type": "date"}), required=True
    )


@audit_readers_only
def live_on(request, page_id):
    page = article_or_404(page_id)
    form = LiveOnForm(request.GET or None)
    versions = versions_live_on(page.pk, form.cleaned_data["date"]) if form.is_valid() else []
    return TemplateResponse(
        request,
        "audit/live_on.html",
        {"page": page, "form": form, "versions": versions, "searched": form.is_bound},
    )


@xframe_options_sameorigin
@audit_readers_only
def as_served(request, page_id, revision_id):
    """The version rendered as patients were served it while it was live."""
    page = article_or_404(page_id)
    _, revision = published_version_or_404(page, revision_id)
    content = revision.as_object()
    # While this version was live it was the page's live revision, approved by its review: the
    # trust block and the review history read that approval. The serve-time check judges
    # today's live content against today's approved state, so it is not the one to apply here.
    content.live, content.live_revision_id = True, revision.pk
    content.approved_state = approval_as_it_stood(page.pk, revision.pk)
    return Page.serve(content, request)


@audit_readers_only
def sign_off_sheet(request, page_id, revision_id):
    return TemplateResponse(
        request, "audit/sign_off_sheet.html", sheet_context(page_id, revision_id)
    )
