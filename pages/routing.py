"""Routing a patient's URL one query per step.

Wagtail's `Page.route` finds the child by slug and then fetches its specific page type: two
queries per step. Where a page's children are of one known type, the step takes one.
"""


def route_to_child(page, request, path_components, children):
    """Route through the child of `page` in `children` (one page type) that the next path
    component names; None when no such child exists, so the caller can fall back on Wagtail's
    own lookup for any other type."""
    if not path_components:
        return None
    try:
        child = children.get(slug=path_components[0])
    except children.model.DoesNotExist:
        return None
    # As Wagtail does: the parent is known, so treebeard need not look it up again.
    child._cached_parent_obj = page
    return child.route(request, path_components[1:])
