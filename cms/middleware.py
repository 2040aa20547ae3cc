"""Malformed posts to the page editor get a 400 page that says what was wrong, never a 500.

The check itself is pages.posted: it reads the post against the page's block definitions before
Wagtail does, so nothing is saved from a post it refuses. Requests Django finds too large are
refused here with the same page. As a last line, an exception of the kind Wagtail's form parsing
raises on input it cannot read (ValueError, KeyError, ...) while handling an editor post is
logged in full and answered with a 400 too: the post was not saved, and the writer is told so.

Every editor post runs in one transaction, rolled back on any 500 or 400 from that last line.
"""

import logging

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.db import transaction
from django.shortcuts import render
from django.urls import Resolver404, resolve

from wagtail.models import Page

from pages.posted import MalformedPost, check_page_post

logger = logging.getLogger("cms.editor_posts")

EDITOR_VIEWS = {
    "wagtailadmin_pages:edit",
    "wagtailadmin_pages:add",
    "wagtailadmin_pages:preview_on_edit",
    "wagtailadmin_pages:preview_on_add",
}
UNREADABLE = (ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError)


def _is_editor_post(request):
    match = getattr(request, "resolver_match", None)
    return (
        request.method == "POST"
        and match is not None
        and match.view_name in EDITOR_VIEWS
        and request.user.is_authenticated
    )


def _names_editor_view(path):
    try:
        return resolve(path).view_name in EDITOR_VIEWS
    except Resolver404:
        return False


def _page_class(view_kwargs):
    if "page_id" in view_kwargs:
        page = Page.objects.filter(pk=view_kwargs["page_id"]).first()
        return page.specific_class if page else None
    try:
        content_type = ContentType.objects.get_by_natural_key(
            view_kwargs["content_type_app_name"], view_kwargs["content_type_model_name"]
        )
    except (KeyError, ContentType.DoesNotExist):
        return None
    return content_type.model_class()


def refuse(request, field, problem):
    return render(
        request,
        "400_editor.html",
        {"field": field, "problem": problem, "back": request.path},
        status=400,
    )


class EditorPostMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method != "POST" or not _names_editor_view(request.path_info):
            return self.get_response(request)
        # One transaction per editor post: a submit saves the revision and starts the review
        # together or not at all, so a failure half-way (a dropped connection) leaves nothing
        # for a retry to trip over.
        with transaction.atomic():
            response = self.get_response(request)
            if response.status_code >= 500:
                transaction.set_rollback(True)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not _is_editor_post(request):
            return None
        page_class = _page_class(view_kwargs)
        if page_class is None or not issubclass(page_class, Page):
            return None
        try:
            check_page_post(page_class, request.POST)
        except (RequestDataTooBig, TooManyFieldsSent):
            return refuse(
                request,
                None,
                "The article is larger than the editor accepts in one save. Split it into "
                "several articles.",
            )
        except MalformedPost as refusal:
            logger.warning("Refused an editor post to %s: %s", request.path, refusal)
            return refuse(request, refusal.field, refusal.problem)
        return None

    def process_exception(self, request, exception):
        if not (_is_editor_post(request) and isinstance(exception, UNREADABLE)):
            return None
        logger.error("Editor post to %s could not be read", request.path, exc_info=exception)
        transaction.set_rollback(True)  # inside __call__'s transaction: nothing half-saved
        return refuse(request, None, "Part of the post could not be read as the editor's form.")
