"""Serving an article only while its live content matches its sign-offs.

The second line behind the publish guard: a write that went around the ORM (raw SQL, a
queryset `update`, a restored backup) could leave unsigned text in the live row. Patients then
get a "being reviewed" page instead, and staff find the event on the page's history.
"""

import logging

from django.core.cache import cache
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers

from wagtail.log_actions import log

from review.approvals import approval_of, approvals_of
from review.guard.rule import publish_refusal, signed_page_id
from review.log_actions import SERVED_UNDER_REVIEW

RETRY_AFTER_SECONDS = 3600
# One history entry per article per hour is enough to alert staff without flooding the log.
REPORT_EVERY_SECONDS = 3600

logger = logging.getLogger(__name__)


def serve_signed_content(article, request, serve, *args, **kwargs):
    # A preview shows a draft to staff on purpose; the review screen relies on it.
    if getattr(request, "is_preview", False):
        return serve(request, *args, **kwargs)
    approval = approval_of(signed_page_id(article))
    refusal = publish_refusal(article, approval)
    if refusal is None:
        # The trust block and JSON-LD read the same approved state: no second look-up.
        approval.confirmed_for = article
        article.approved_state = approval
        return serve(request, *args, **kwargs)
    _report(article, refusal)
    response = TemplateResponse(request, "review/under_review.html", status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response


def _report(article, refusal):
    if not cache.add(f"claimcheck:under-review:{article.pk}", True, REPORT_EVERY_SECONDS):
        return
    # Staff read the wording here and in the history; patients never see it.
    logger.warning("Live article pk=%s shows 'being reviewed': %s", article.pk, refusal)
    log(
        instance=article,
        action=SERVED_UNDER_REVIEW,
        data={"unsigned_claims": [claim.block_id for claim in refusal.claims]},
    )


def patients_may_see(articles):
    """The articles whose live content passes the serve-time rule, in their order.

    For listings, search results and the sitemap, which show an article's title and summary
    without serving it: an article patients would get "being reviewed" for is left out. Two
    queries for the whole list.
    """
    articles = list(articles)
    approvals = approvals_of({signed_page_id(article) for article in articles})
    return [
        article
        for article in articles
        if publish_refusal(article, approvals[signed_page_id(article)]) is None
    ]
