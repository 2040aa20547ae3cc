"""Routing a patient's URL in fewer queries than Wagtail's one or two per step.

Wagtail's `Page.route` finds the child by slug and then fetches its specific page type: two
queries per step. Where a page's children are of one known type, the step takes one; where the
page at the end of the URL is of a known type, the whole way takes one.
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


def route_to_address(page, request, path_components, descendants):
    """Route straight to the page of `descendants` (one page type) whose address under `page`
    the path components spell, in one query; None when there is none, so the caller can route
    step by step. The steps between are not read: Wagtail's routing does not ask whether they
    are live either, and the page's privacy is its ancestors' (pages/view_restrictions.py)."""
    if not path_components:
        return None
    address = page.url_path + "".join(f"{component}/" for component in path_components)
    try:
        found = descendants.get(slug=path_components[-1], url_path=address)
    except descendants.model.DoesNotExist:
        return None
    return found.route(request, [])
