"""Admin hooks that keep every publish route behind the publish guard (docs/publish-guard.md).

Registered by review.wagtail_hooks, which imports this module.

The guard on the model refuses any unsigned publish whatever these hooks do; the hooks turn the
refusal into a message an editor can act on, before Wagtail has written anything.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect

from wagtail import hooks

from pages.models import TreatmentArticlePage, TreatmentIndexPage
from review.approvals import approval_of
from review.guard.errors import NotTheApprovedRevisionError, UnreviewedContentError
from review.guard.rule import approval_to_go_live, publish_refusal
from review.models import SignOff

ALREADY_LIVE = (
    "Nothing was published: this article is already live exactly as its medical review approved it."
)


def _ticked(request, name):
    return forms.CheckboxInput().value_from_datadict(request.POST, request.FILES, name)


def _posted_refusal(request, page):
    """Why the article the editor is posting may not go live, before Wagtail saves anything."""
    posted = TreatmentArticlePage(
        pk=page.pk if page else None, alias_of_id=page.alias_of_id if page else None
    )
    try:
        for name in TreatmentArticlePage.patient_visible_fields:
            field = TreatmentArticlePage._meta.get_field(name).formfield()
            value = field.widget.value_from_datadict(request.POST, request.FILES, name)
            setattr(posted, name, field.clean(value))
        posted.claims  # noqa: B018 - converts every claim now, inside this try
    except (ValidationError, ValueError, KeyError):
        return None  # Wagtail's own form validation rejects this post; nothing gets published.
    return publish_refusal(posted)


def _keep_signed_revision(request):
    # Autosave rewrites the latest revision in place; when that revision is signed, save a new
    # one instead so the writer loses nothing and the signature keeps its words. The model
    # guard (publish_guard.refuse_rewriting_signed_revision) refuses any other way in.
    overwrite_id = request.POST.get("overwrite_revision_id", "")
    if overwrite_id.isdigit() and SignOff.objects.filter(revision_id=overwrite_id).exists():
        post = request.POST.copy()
        del post["overwrite_revision_id"]
        request.POST = post


@hooks.register("before_edit_page")
def guard_article_edits(request, page):
    if request.method != "POST" or not isinstance(page, TreatmentArticlePage):
        return None
    _keep_signed_revision(request)
    if not request.POST.get("action-publish"):
        return None
    refusal = _posted_refusal(request, page)
    if refusal:
        messages.error(request, str(refusal))
        return redirect("wagtailadmin_pages:edit", page.pk)
    # Approved content: publishing it again from the editor would make a new live revision no
    # review approved. Articles go live only as the approved revision, when the review completes.
    approved = approval_of(page.alias_of_id or page.pk).review
    if page.live and page.live_revision_id == approved.revision_id:
        messages.info(request, ALREADY_LIVE)
    else:
        messages.error(request, str(NotTheApprovedRevisionError(approved.revision_id)))
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("before_create_page")
def refuse_publishing_new_articles(request, parent_page, page_class):
    if request.method != "POST" or not issubclass(page_class, TreatmentArticlePage):
        return None
    if not request.POST.get("action-publish"):
        return None
    # A new article has no review yet, so it cannot go live.
    refusal = _posted_refusal(request, None)
    if refusal:
        messages.error(request, str(refusal))
        return redirect("wagtailadmin_pages:add_subpage", parent_page.pk)
    return None


@hooks.register("construct_page_action_menu")
def hide_publish_for_articles(menu_items, request, context):
    # Articles go live when their medical review completes, so the editor offers no Publish.
    page = context.get("page")
    parent = context.get("parent_page")
    if isinstance(page, TreatmentArticlePage) or isinstance(parent, TreatmentIndexPage):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


def _articles_to_bulk_publish(pages, include_descendants):
    for page in pages:
        if isinstance(page.specific_deferred, TreatmentArticlePage):
            yield page.specific
        if include_descendants:
            yield from TreatmentArticlePage.objects.descendant_of(page).filter(live=False)


@hooks.register("before_bulk_action")
def refuse_bulk_publishing_unsigned_articles(request, action_type, objects, action_view):
    if action_type != "publish":
        return None
    include_descendants = action_view.cleaned_form.cleaned_data.get("include_descendants")
    refusals = []
    for article in _articles_to_bulk_publish(objects, include_descendants):
        revision = article.get_latest_revision()
        if revision is None:
            refusals.append(f"“{article.title}”: {UnreviewedContentError()}")
            continue
        try:
            # Already live as approved is let through: the article's publish does nothing then.
            approval_to_go_live(article, revision)
        except PermissionDenied as refusal:
            refusals.append(f"“{article.title}”: {refusal}")
    if refusals:
        for refusal in refusals:
            messages.error(request, refusal)
        return redirect(action_view.next_url)
    return None


WITHDRAW_WITH_A_REASON = (
    "Treatment articles are withdrawn from patients by a medical director or compliance, with "
    "a reason on record: use “Withdraw from patients”."
)


@hooks.register("before_unpublish_page")
def send_unpublishing_to_withdrawal(request, page):
    if isinstance(page.specific_deferred, TreatmentArticlePage):
        messages.error(request, WITHDRAW_WITH_A_REASON)
        return redirect("review:withdraw", page.pk)
    takes_articles_along = _ticked(request, "include_descendants") and (
        TreatmentArticlePage.objects.descendant_of(page).live().exists()
    )
    if takes_articles_along:
        messages.error(request, WITHDRAW_WITH_A_REASON)
        return redirect("wagtailadmin_pages:unpublish", page.pk)
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_unpublishing_articles(request, action_type, objects, action_view):
    if action_type != "unpublish":
        return None
    if any(isinstance(page.specific_deferred, TreatmentArticlePage) for page in objects):
        messages.error(request, WITHDRAW_WITH_A_REASON)
        return redirect(action_view.next_url)
    return None


def _articles_in_copy(request, page):
    if isinstance(page.specific_deferred, TreatmentArticlePage):
        return True
    return _ticked(request, "copy_subpages") and (
        TreatmentArticlePage.objects.descendant_of(page).exists()
    )


@hooks.register("before_copy_page")
def refuse_live_copies_and_aliases_of_articles(request, page):
    if request.method != "POST" or not _articles_in_copy(request, page):
        return None
    if _ticked(request, "alias"):
        # An alias is a second live address for signed content that a withdrawal or a later
        # review would have to chase; one article has one address.
        messages.error(request, "Treatment articles cannot be aliased. Copy the article instead.")
    elif _ticked(request, "publish_copies"):
        messages.error(
            request,
            "A copy of a treatment article has no medical sign-offs of its own, so it starts "
            "as a draft. Untick “Publish copies” and submit the copy for medical review.",
        )
    else:
        return None
    return redirect("wagtailadmin_pages:copy", page.pk)


@hooks.register("before_move_page")
def refuse_moving_articles_out_of_review(request, page, destination):
    # The review follows the article type wherever it sits (TreatmentArticlePage.get_workflow),
    # but a move while a director is reviewing would change the page under their eyes.
    moving = [page.specific] if isinstance(page.specific_deferred, TreatmentArticlePage) else []
    moving += list(TreatmentArticlePage.objects.descendant_of(page))
    in_review = [article for article in moving if article.workflow_in_progress]
    if not in_review:
        return None
    titles = ", ".join(f"“{article.title}”" for article in in_review)
    messages.error(
        request,
        f"Not moved: {titles} is being medically reviewed, and moving it would take it out from "
        "under the director's review. Move it once the review is finished or sent back.",
    )
    return redirect("wagtailadmin_explore", page.get_parent().pk)
