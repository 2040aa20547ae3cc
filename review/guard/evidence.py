"""Evidence that live articles cite cannot change under them.

A sign-off covers each claim's references and the article's therapy status exactly as signed.
Editing or deleting one that a live article cites would leave that article with unsigned
content, which the publish guard then hides from patients. So such edits are refused, with
the way forward: add a new reference (or therapy status) and let the articles that should use
it go through review.
"""

from django.contrib import messages
from django.shortcuts import redirect

from wagtail import hooks

from pages.models import Reference, TherapyStatus, TreatmentArticlePage


def live_articles_citing(instance):
    live = TreatmentArticlePage.objects.live()
    if isinstance(instance, TherapyStatus):
        return list(live.filter(therapy_status=instance))
    return [
        article
        for article in live
        if any(instance.pk == ref.pk for claim in article.claims for ref in claim.references)
    ]


def _refusal(instance, articles):
    kind = "reference" if isinstance(instance, Reference) else "therapy status"
    titles = ", ".join(f"“{article.title}”" for article in articles)
    return (
        f"This {kind} is cited by live articles ({titles}), whose medical sign-offs cover it "
        f"exactly as it is. Add a new {kind} instead, and update the articles that should use "
        "it: those changes go through medical review."
    )


@hooks.register("before_edit_snippet")
def refuse_editing_cited_evidence(request, instance):
    if not isinstance(instance, Reference | TherapyStatus):
        return None
    articles = live_articles_citing(instance)
    if not articles:
        return None
    if request.method == "POST":
        messages.error(request, _refusal(instance, articles))
        return redirect(request.path)
    messages.warning(request, _refusal(instance, articles))
    return None


@hooks.register("before_delete_snippet")
def refuse_deleting_cited_evidence(request, instances):
    for instance in instances:
        if not isinstance(instance, Reference | TherapyStatus):
            continue
        articles = live_articles_citing(instance)
        if articles and request.method == "POST":
            messages.error(request, _refusal(instance, articles))
            meta = instance._meta
            return redirect(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:list")
    return None
