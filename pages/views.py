from django.core.paginator import Paginator
from django.shortcuts import render

from wagtail.models import Page

from pages.models import TreatmentArticlePage
from review.guard.entry import patients_may_see


def search(request):
    query = request.GET.get("q", "").strip()
    results = Page.objects.none()
    if query:
        # live().public() keeps drafts and private pages out of patients' results.
        results = list(Page.objects.live().public().specific().search(query))
        # An article patients would get "being reviewed" for shows nothing in the results.
        shown = {a.pk for a in patients_may_see(_articles(results))}
        results = [r for r in results if not isinstance(r, TreatmentArticlePage) or r.pk in shown]
    page = Paginator(results, 10).get_page(request.GET.get("page"))
    return render(request, "pages/search.html", {"query": query, "results": page})


def _articles(results):
    return [result for result in results if isinstance(result, TreatmentArticlePage)]
