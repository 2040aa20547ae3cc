"""A director promotes an approved article claim to the claims library."""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse

from identity import lockout
from library.promotion import PromotionRefused, approved_claims, promote
from pages.models import TreatmentArticlePage
from review.eligibility import signing_refusal
from review.roles import MEDICAL_DIRECTORS, user_has_role
from review.services import CredentialsRefused, SigningRefused

ONLY_DIRECTORS = "Only medical directors can promote a claim to the library."


class PromotionForm(forms.Form):
    block_id = forms.ChoiceField(label="Claim to promote", widget=forms.RadioSelect)
    replace_in_drafts = forms.BooleanField(
        label="Also replace identical claims in other articles' drafts",
        required=False,
        help_text="Each article changed gets a new draft; patients read it after its review.",
    )
    password = forms.CharField(
        label="Your password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    second_factor = forms.CharField(
        label="Code from your authenticator app",
        max_length=10,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def __init__(self, claims, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["block_id"].choices = [
            (claim.block_id, f"{claim.section_label}: {claim.statement}") for claim, _ in claims
        ]


def promote_index(request):
    """The live articles a director may promote a claim from."""
    if not user_has_role(request.user, MEDICAL_DIRECTORS):
        return TemplateResponse(
            request,
            "review/refused.html",
            {"page": {"title": "Claims library"}, "refusal": ONLY_DIRECTORS},
            status=403,
        )
    articles = TreatmentArticlePage.objects.live().filter(alias_of__isnull=True).order_by("title")
    return TemplateResponse(request, "library/promote_index.html", {"articles": articles})


def promote_from_article(request, page_id):
    article = get_object_or_404(TreatmentArticlePage, pk=page_id)
    refusal = signing_refusal(
        request.user, article, article.live_revision or article.latest_revision
    )
    if refusal:
        return TemplateResponse(
            request, "review/refused.html", {"page": article, "refusal": refusal}, status=403
        )
    claims = approved_claims(article)
    form = PromotionForm(claims, request.POST if request.method == "POST" else None)
    if request.method == "POST" and lockout.is_locked(request, request.user.get_username()):
        return lockout.end_session_locked_out(request)
    if request.method == "POST" and form.is_valid():
        try:
            library_claim, replaced = promote(
                article=article,
                block_id=form.cleaned_data["block_id"],
                director=request.user,
                password=form.cleaned_data["password"],
                second_factor=form.cleaned_data["second_factor"],
                replace_in_drafts=form.cleaned_data["replace_in_drafts"],
            )
        except CredentialsRefused as refused:
            lockout.record_failure(request, request.user.get_username())
            if lockout.is_locked(request, request.user.get_username()):
                return lockout.end_session_locked_out(request)
            form.add_error(refused.field, str(refused))
        except (SigningRefused, PromotionRefused) as refused:
            form.add_error(None, str(refused))
        else:
            changed = sum(count for _, count in replaced)
            messages.success(
                request,
                f"The claim is in the library, approved, with its sign-off history. "
                f"{changed} identical claim{'s' if changed != 1 else ''} replaced in "
                f"{len(replaced)} draft{'s' if len(replaced) != 1 else ''}.",
            )
            return redirect("library:used_in", library_claim.pk)
    return TemplateResponse(
        request, "library/promote.html", {"article": article, "form": form, "claims": claims}
    )
