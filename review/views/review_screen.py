"""The screen a medical director opens from the review task: read, decide per claim, sign."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from wagtail.models import TaskState

from identity import lockout, passkeys
from identity.factors import has_authenticator
from review.eligibility import signing_refusal
from review.forms import SigningForm
from review.models import MedicalReviewTask
from review.selectors import (
    UNCHANGED,
    claims_removed_since_approved,
    claims_under_review,
    texts_under_review,
)
from review.services import SIGNING_STATEMENT, CredentialsRefused, SigningRefused, sign_review


def _open_review(request, task_state_id):
    task_state = get_object_or_404(
        TaskState.objects.select_related("revision", "workflow_state", "task"), pk=task_state_id
    )
    if not isinstance(task_state.task.specific, MedicalReviewTask):
        raise Http404
    page = task_state.workflow_state.content_object.specific
    return task_state, page, signing_refusal(request.user, page, task_state.revision)


def review(request, task_state_id):
    task_state, page, refusal = _open_review(request, task_state_id)
    if refusal:
        return TemplateResponse(
            request, "review/refused.html", {"page": page, "refusal": refusal}, status=403
        )
    if task_state.status != TaskState.STATUS_IN_PROGRESS:
        messages.info(request, f"The review of “{page.title}” is no longer open.")
        return redirect("wagtailadmin_home")

    # The revision read into a page once, for the screen (signing reads it again, locked).
    content = task_state.revision.as_object()
    rows = claims_under_review(page, task_state.revision, content)
    removed = claims_removed_since_approved(page, task_state.revision, content)
    # The periodic full review decides every claim again instead of carrying any over.
    full_review = request.GET.get("full") == "1" or request.POST.get("full_review") == "True"
    form = SigningForm(
        rows,
        data=request.POST if request.method == "POST" else None,
        initial={"seen_revision": task_state.revision_id, "full_review": full_review},
        full_review=full_review,
        removed=removed,
    )
    if request.method == "POST" and lockout.is_locked(request, request.user.get_username()):
        return lockout.end_session_locked_out(request)
    if request.method == "POST" and form.is_valid():
        assertion = form.cleaned_data["passkey_assertion"]
        second_factor = (
            passkeys.take_signing_assertion(request, assertion)
            if assertion
            else form.cleaned_data["second_factor"]
        )
        try:
            result = sign_review(
                task_state=task_state,
                director=request.user,
                password=form.cleaned_data["password"],
                seen_revision_id=form.cleaned_data["seen_revision"],
                decisions=form.decisions(),
                full_review=full_review,
                removals=form.removals(),
                second_factor=second_factor,
            )
        except CredentialsRefused as refused:
            lockout.record_failure(request, request.user.get_username())
            if lockout.is_locked(request, request.user.get_username()):
                return lockout.end_session_locked_out(request)
            # Said next to the box to fix, at the foot of a long page, not only at its top.
            form.refuse_credential(refused.field, str(refused))
        except SigningRefused as refused:
            form.add_error(None, str(refused))
        else:
            if result.changes_requested:
                messages.success(
                    request, f"“{page.title}” went back to the writer with your reasons."
                )
            else:
                messages.success(request, f"You signed off “{page.title}”. It is now live.")
            return redirect("wagtailadmin_home")

    return TemplateResponse(
        request,
        "review/review_screen.html",
        {
            "page": page,
            "version": content,
            "task_state": task_state,
            "rows": rows,
            "removed": removed,
            "texts": texts_under_review(page, task_state.revision, content),
            "form": form,
            "to_decide": len(form.to_decide),
            "removed_count": len(removed),
            "full_review": full_review,
            "can_carry_over": any(row.status == UNCHANGED for row in rows),
            "signing_statement": SIGNING_STATEMENT,
            "preview_url": reverse("review:preview", args=[task_state.pk]),
            "has_passkey": passkeys.has_passkey(request.user),
            "has_authenticator": has_authenticator(request.user),
        },
    )


def preview(request, task_state_id):
    """The submitted revision exactly as patients would see it, for the review screen's frame."""
    task_state, page, refusal = _open_review(request, task_state_id)
    if refusal:
        return TemplateResponse(
            request, "review/refused.html", {"page": page, "refusal": refusal}, status=403
        )
    content = task_state.revision.as_object()
    response = content.make_preview_request(request, content.default_preview_mode)
    # The preview runs through the whole middleware stack, which forbids framing; the review
    # screen on this same site is the one place allowed to frame it.
    response["X-Frame-Options"] = "SAMEORIGIN"
    return response
