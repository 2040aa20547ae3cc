"""Record the reasons a writer typed in the compliance panel against the revision just saved."""

from wagtail import hooks

from compliance.acknowledgements import record_acknowledgements
from compliance.report import has_reasons
from compliance.submission import check_saved
from pages.models import TreatmentArticlePage


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def record_compliance_reasons(request, page):
    if not isinstance(page, TreatmentArticlePage) or not has_reasons(request.POST):
        return
    # Checked again on the saved content, so only reasons for warnings it really has are kept.
    check = check_saved(page, data=request.POST)
    if check.reasons and page.latest_revision is not None:
        record_acknowledgements(
            page=page, revision=page.latest_revision, user=request.user, check=check
        )
