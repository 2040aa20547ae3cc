"""Finding the patient page and the published version an audit URL names, or a 404."""

from django.http import Http404
from django.shortcuts import get_object_or_404

from wagtail.models import Page, Revision

from audit.publications import published_version
from pages.models import ReviewedPage


def article_or_404(page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(page, ReviewedPage):
        raise Http404
    return page


def published_version_or_404(page, revision_id):
    """The version and its revision; drafts that never went live are not part of the record."""
    version = published_version(page.pk, revision_id)
    if version is None:
        raise Http404("This revision never went live.")
    revision = get_object_or_404(Revision.page_revisions, pk=revision_id, object_id=str(page.pk))
    return version, revision
