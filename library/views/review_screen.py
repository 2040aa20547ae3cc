"""The screen a medical director opens from a library claim's review: read, decide, sign."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse

from wagtail.models import TaskState

from identity import lockout, passkeys
from identity.factors import has_authenticator
from library.approved import approved_versions
from library.models import LibraryClaim
from library.signing import sign_library_claim
from library.usage import articles_using
from review.diff import word_diff
from review.eligibility import signing_refusal
from review.fingerprint import claim_fingerprint
from review.forms import SigningForm
from review.models import MedicalReviewTask
from review.selectors import CHANGED, NEW, ClaimUnderReview
from review.services import SIGNING_STATEMENT, CredentialsRefused, SigningRefused


def _open_review(request, task_state_id):
    task_state = get_object_or_404(
        TaskState.objects.select_related("revision", "workflow_state", "task"), pk=task_state_id
    )
    claim = task_state.workflow_state.content_object
    if not isinstance(task_state.task.specific, MedicalReviewTask) or not isinstance(
        claim, LibraryClaim
    ):
        raise Http404
    return task_state, claim, signing_refusal(request.user, claim, task_state.revision)


def _row(version, approved):
    """The version under review as the signing form's one claim: new, or changed since the
    version patients read now."""
    claim = version.as_claim()
    status = CHANGED if approved is not None else NEW
    row = ClaimUnderReview(
        1,
        claim,
        claim_fingerprint(claim, version.therapy_status),
        status,
        approved.sign_off if approved else None,
    )
    return row


def review(request, task_state_id):
    task_state, claim, refusal = _open_review(request, task_state_id)
    if refusal:
        return TemplateResponse(
            request,
            "review/refused.html",
            {"page": {"title": str(claim)}, "refusal": refusal},
            status=403,
        )
    if task_state.status != TaskState.STATUS_IN_PROGRESS:
        messages.info(request, "The review of this library claim is no longer open.")
        return redirect("wagtailadmin_home")

    version = task_state.revision.as_object()
    approved = approved_versions([claim.identity]).get(str(claim.identity))
    row = _row(version, approved)
    form = SigningForm(
        [row],
        data=request.POST if request.method == "POST" else None,
        initial={"seen_revision": task_state.revision_id},
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
            result = sign_library_claim(
                task_state=task_state,
                director=request.user,
                password=form.cleaned_data["password"],
                seen_revision_id=form.cleaned_data["seen_revision"],
                decision=form.decisions()[row.claim.block_id],
                second_factor=second_factor,
            )
        except CredentialsRefused as refused:
            lockout.record_failure(request, request.user.get_username())
            if lockout.is_locked(request, request.user.get_username()):
                return lockout.end_session_locked_out(request)
            form.add_error(refused.field, str(refused))
        except SigningRefused as refused:
            form.add_error(None, str(refused))
        else:
            if result.changes_requested:
                messages.success(request, "The library claim went back to the writer.")
            else:
                messages.success(
                    request,
                    "You signed the library claim. Every article showing it shows this version.",
                )
            return redirect("wagtailadmin_home")

    diff = ""
    if approved is not None and approved.statement != version.statement:
        diff = word_diff(approved.statement, version.statement)
    return TemplateResponse(
        request,
        "library/review_screen.html",
        {
            "claim": claim,
            "version": version,
            "approved": approved,
            "row": row,
            "diff": diff,
            "uses": articles_using(claim),
            "task_state": task_state,
            "form": form,
            "signing_statement": SIGNING_STATEMENT,
            "has_passkey": passkeys.has_passkey(request.user),
            "has_authenticator": has_authenticator(request.user),
        },
    )
