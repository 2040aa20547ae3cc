"""A library claim's "used in" list and its withdrawal."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse

from library.approved import approved_versions
from library.errors import LibraryActionRefused
from library.forms import WithdrawForm
from library.models import LibraryClaim
from library.usage import articles_using
from library.withdrawal import withdraw_library_claim
from review.withdrawal import may_withdraw

REFUSED_ROLE = "Only medical directors and compliance staff can withdraw library claims."


def used_in(request, claim_id):
    claim = get_object_or_404(LibraryClaim, pk=claim_id)
    approved = approved_versions([claim.identity]).get(str(claim.identity))
    return TemplateResponse(
        request,
        "library/used_in.html",
        {
            "claim": claim,
            "approved": approved,
            "uses": articles_using(claim),
            "may_withdraw": approved is not None and may_withdraw(request.user),
        },
    )


def withdraw(request, claim_id):
    claim = get_object_or_404(LibraryClaim, pk=claim_id)
    if not may_withdraw(request.user):
        return TemplateResponse(
            request,
            "review/refused.html",
            {"page": {"title": str(claim)}, "refusal": REFUSED_ROLE},
            status=403,
        )
    form = WithdrawForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            articles = withdraw_library_claim(
                claim=claim, user=request.user, reason=form.cleaned_data["reason"]
            )
        except LibraryActionRefused as refused:
            form.add_error(None, str(refused))
        else:
            messages.success(
                request,
                f"The library claim is withdrawn. It no longer shows on {len(articles)} live "
                f"article{'s' if len(articles) != 1 else ''}; a review is open for each.",
            )
            return redirect("library:used_in", claim.pk)
    return TemplateResponse(
        request,
        "library/withdraw.html",
        {"claim": claim, "form": form, "uses": articles_using(claim)},
    )
