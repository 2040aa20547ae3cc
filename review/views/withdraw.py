"""The withdraw screen: take a live page away from patients, saying why."""

from django import forms
from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse

from wagtail.models import Page

from pages.models import ReviewedPage
from review.withdrawal import REFUSED_ROLE, WithdrawalRefused, may_withdraw, withdraw


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        label="Why is this page being withdrawn?",
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Kept in the page's history for compliance.",
    )


def _refused(request, page=None):
    return TemplateResponse(
        request, "review/refused.html", {"page": page, "refusal": REFUSED_ROLE}, status=403
    )


def live_pages(request):
    """Every page patients can read now, each with its Withdraw button, for the two roles that
    may withdraw: they cannot open Wagtail's page explorer, where the page's own button sits."""
    if not may_withdraw(request.user):
        return _refused(request)
    pages = [
        page
        for page in Page.objects.live().specific().order_by("path")
        if isinstance(page, ReviewedPage)
    ]
    return TemplateResponse(request, "review/live_pages.html", {"pages": pages})


def withdraw_article(request, page_id):
    article = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(article, ReviewedPage):
        raise Http404("Only pages patients read are withdrawn here.")
    if not may_withdraw(request.user):
        return _refused(request, article)
    form = WithdrawForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            withdraw(article=article, user=request.user, reason=form.cleaned_data["reason"])
        except WithdrawalRefused as refused:
            form.add_error(None, str(refused))
        else:
            messages.success(request, f"“{article.title}” is withdrawn; patients no longer see it.")
            return redirect("review:live_pages")
    return TemplateResponse(request, "review/withdraw.html", {"page": article, "form": form})
