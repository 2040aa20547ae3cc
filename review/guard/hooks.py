"""Admin hooks that keep every publish route behind the publish guard (docs/publish-guard.md).

Registered by review.wagtail_hooks, which imports this module.

The guard on the model refuses any unsigned publish whatever these hooks do; the hooks turn the
refusal into a message an editor can act on, before Wagtail has written anything.
"""

from django import forms
from django.apps import apps
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect

from wagtail import hooks

from pages.models import ReviewedPage
from review.approvals import approval_of
from review.guard.errors import NotTheApprovedRevisionError, UnreviewedContentError
from review.guard.rule import approval_to_go_live, publish_refusal
from review.models import SignOff

ALREADY_LIVE = (
    "Nothing was published: this page is already live exactly as its medical review approved it."
)


def _ticked(request, name):
    return forms.CheckboxInput().value_from_datadict(request.POST, request.FILES, name)


def _posted_refusal(request, page_class, page=None):
    """Why the page the editor is posting may not go live, before Wagtail saves anything."""
    posted = page_class(
        pk=page.pk if page else None, alias_of_id=page.alias_of_id if page else None
    )
    try:
        for name in page_class.patient_visible_fields:
            field = page_class._meta.get_field(name).formfield()
            value = field.widget.value_from_datadict(request.POST, request.FILES, name)
            setattr(posted, name, field.clean(value))
        posted.claims  # noqa: B018 - converts every claim now, inside this try
    except (ValidationError, ValueError, KeyError):
        return None  # Wagtail's own form validation rejects this post; nothing gets published.
    return publish_refusal(posted)


def keep_signed_revision(request):
    # Autosave rewrites the latest revision in place; when that revision is signed, save a new
    # one instead so the writer loses nothing and the signature keeps its words. The model
    # guard (publish_guard.refuse_rewriting_signed_revision) refuses any other way in.
    overwrite_id = request.POST.get("overwrite_revision_id", "")
    if overwrite_id.isdigit() and SignOff.objects.filter(revision_id=overwrite_id).exists():
        post = request.POST.copy()
        del post["overwrite_revision_id"]
        request.POST = post


@hooks.register("before_edit_page")
def guard_reviewed_page_edits(request, page):
    if request.method != "POST" or not isinstance(page, ReviewedPage):
        return None
    keep_signed_revision(request)
    if not request.POST.get("action-publish"):
        return None
    refusal = _posted_refusal(request, type(page), page)
    if refusal:
        messages.error(request, str(refusal))
        return redirect("wagtailadmin_pages:edit", page.pk)
    # Approved content: publishing it again from the editor would make a new live revision no
    # review approved. Pages go live only as the approved revision, when the review completes.
    approved = approval_of(page.alias_of_id or page.pk).review
    if approved is None:
        return None  # the product's own shipped text, which no review has replaced yet
    if page.live and page.live_revision_id == approved.revision_id:
        messages.info(request, ALREADY_LIVE)
    else:
        messages.error(request, str(NotTheApprovedRevisionError(approved.revision_id)))
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("before_create_page")
def refuse_publishing_new_pages(request, parent_page, page_class):
    if request.method != "POST" or not issubclass(page_class, ReviewedPage):
        return None
    if not request.POST.get("action-publish"):
        return None
    # A new page has no review yet, so it cannot go live.
    refusal = _posted_refusal(request, page_class)
    if refusal:
        messages.error(request, str(refusal))
        return redirect("wagtailadmin_pages:add_subpage", parent_page.pk)
    return None


def _page_type_being_created(request):
    # Wagtail's create view gives the action menu no page, only the URL's app and model names.
    kwargs = request.resolver_match.kwargs if request.resolver_match else {}
    try:
        return apps.get_model(kwargs["content_type_app_name"], kwargs["content_type_model_name"])
    except (KeyError, LookupError):
        return None


@hooks.register("construct_page_action_menu")
def hide_publish_for_reviewed_pages(menu_items, request, context):
    # Patient pages go live when their medical review completes, so the editor offers no Publish.
    page = context.get("page")
    page_class = type(page) if page is not None else _page_type_being_created(request)
    if page_class is not None and issubclass(page_class, ReviewedPage):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


def _reviewed_pages_to_bulk_publish(pages, include_descendants):
    for page in pages:
        if isinstance(page.specific_deferred, ReviewedPage):
            yield page.specific
        if include_descendants:
            for descendant in page.get_descendants().filter(live=False).specific():
                if isinstance(descendant, ReviewedPage):
                    yield descendant


@hooks.register("before_bulk_action")
def refuse_bulk_publishing_unreviewed_pages(request, action_type, objects, action_view):
    if action_type != "publish":
        return None
    include_descendants = action_view.cleaned_form.cleaned_data.get("include_descendants")
    refusals = []
    for page in _reviewed_pages_to_bulk_publish(objects, include_descendants):
        revision = page.get_latest_revision()
        if revision is None:
            refusals.append(f"“{page.title}”: {UnreviewedContentError()}")
            continue
        try:
            # Already live as approved is let through: the page's publish does nothing then.
            approval_to_go_live(page, revision)
        except PermissionDenied as refusal:
            refusals.append(f"“{page.title}”: {refusal}")
    if refusals:
        for refusal in refusals:
            messages.error(request, refusal)
        return redirect(action_view.next_url)
    return None


WITHDRAW_WITH_A_REASON = (
    "Patient pages are withdrawn by a medical director or compliance, with a reason on record: "
    "use “Withdraw from patients”."
)


@hooks.register("before_unpublish_page")
def send_unpublishing_to_withdrawal(request, page):
    if isinstance(page.specific_deferred, ReviewedPage):
        messages.error(request, WITHDRAW_WITH_A_REASON)
        return redirect("review:withdraw", page.pk)
    takes_reviewed_pages_along = _ticked(request, "include_descendants") and any(
        isinstance(descendant, ReviewedPage)
        for descendant in page.get_descendants().live().specific()
    )
    if takes_reviewed_pages_along:
        messages.error(request, WITHDRAW_WITH_A_REASON)
        return redirect("wagtailadmin_pages:unpublish", page.pk)
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_unpublishing_reviewed_pages(request, action_type, objects, action_view):
    if action_type != "unpublish":
        return None
    if any(isinstance(page.specific_deferred, ReviewedPage) for page in objects):
        messages.error(request, WITHDRAW_WITH_A_REASON)
        return redirect(action_view.next_url)
    return None


def _reviewed_pages_in_copy(request, page):
    if isinstance(page.specific_deferred, ReviewedPage):
        return True
    return _ticked(request, "copy_subpages") and any(
        isinstance(descendant, ReviewedPage) for descendant in page.get_descendants().specific()
    )


@hooks.register("before_copy_page")
def refuse_live_copies_and_aliases_of_reviewed_pages(request, page):
    if request.method != "POST" or not _reviewed_pages_in_copy(request, page):
        return None
    if _ticked(request, "alias"):
        # An alias is a second live address for signed content that a withdrawal or a later
        # review would have to chase; one page has one address.
        messages.error(request, "Patient pages cannot be aliased. Copy the page instead.")
    elif _ticked(request, "publish_copies"):
        messages.error(
            request,
            "A copy of a patient page has no medical review of its own, so it starts as a "
            "draft. Untick “Publish copies” and submit the copy for medical review.",
        )
    else:
        return None
    return redirect("wagtailadmin_pages:copy", page.pk)


@hooks.register("before_move_page")
def refuse_moving_pages_out_of_review(request, page, destination):
    # The review follows the page type wherever it sits (ReviewedPage.get_workflow), but a move
    # while a director is reviewing would change the page under their eyes.
    moving = [page, *page.get_descendants()]
    in_review = [moved for moved in moving if moved.workflow_in_progress]
    if not in_review:
        return None
    titles = ", ".join(f"“{moved.title}”" for moved in in_review)
    messages.error(
        request,
        f"Not moved: {titles} is being medically reviewed, and moving it would take it out from "
        "under the director's review. Move it once the review is finished or sent back.",
    )
    return redirect("wagtailadmin_explore", page.get_parent().pk)
