from wagtail import hooks

from delivery import page_cache
from delivery.policy import PATIENT_PAGE, reviewed_page, without_session


# After Wagtail's own hooks (order 0), which answer for pages with view restrictions.
@hooks.register("before_serve_page", order=100)
def note_patient_page(page, request, serve_args, serve_kwargs):
    if getattr(request, "is_preview", False) or not reviewed_page(page):
        return None
    if not without_session(request) or request.user.is_authenticated:
        return None
    # The generation is read before the page is drawn: a change meanwhile makes the copy stale.
    # With no page kept (the setting at 0), it is not read at all: one round trip fewer.
    kept_as = page_cache.generation(page.pk) if page_cache.enabled() else None
    setattr(request, PATIENT_PAGE, (page.pk, kept_as))
    return None
