"""The view restrictions (private, password, groups) that apply to a page, in one query."""

from django.db.models import Q

from wagtail.models import Page, PageViewRestriction


def view_restrictions_of(page):
    """Those set on the page or on any of its ancestors, an alias's being its original's.

    What Wagtail's `Page.get_view_restrictions` returns; it reads the ancestors first, a second
    query on every page served. Their paths are the page's own path cut at each step.
    """
    paths = [page.path[:end] for end in range(page.steplen, len(page.path) + 1, page.steplen)]
    aliased = Page.objects.filter(path__in=paths, alias_of__isnull=False).values("alias_of")
    # An alias's own restrictions (copied from its original when it was made) do not count.
    own = Q(page__path__in=paths, page__alias_of__isnull=True)
    return PageViewRestriction.objects.filter(own | Q(page__in=aliased))
