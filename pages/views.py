from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.templatetags.static import static

from wagtail.models import Page

from pages.models import ReviewedPage
from review.guard.entry import patients_may_see


def search(request):
    query = request.GET.get("q", "").strip()
    results = Page.objects.none()
    if query:
        # live().public() keeps drafts and private pages out of patients' results, and only
        # pages patients would be served appear: nothing of a page that is "being reviewed".
        found = list(Page.objects.live().public().specific().search(query))
        results = patients_may_see(page for page in found if isinstance(page, ReviewedPage))
    page = Paginator(results, 10).get_page(request.GET.get("page"))
    return render(request, "pages/search.html", {"query": query, "results": page})


def favicon(request):
    # Browsers ask for /favicon.ico whatever the page links; the icon itself is a static file.
    return redirect(static("img/favicon.png"), permanent=True)
