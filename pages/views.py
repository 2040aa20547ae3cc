from django.core.paginator import Paginator
from django.shortcuts import render

from wagtail.models import Page


def search(request):
    query = request.GET.get("q", "").strip()
    results = Page.objects.none()
    if query:
        # live().public() keeps drafts and private pages out of patients' results.
        results = Page.objects.live().public().specific().search(query)
    page = Paginator(results, 10).get_page(request.GET.get("page"))
    return render(request, "pages/search.html", {"query": query, "results": page})
