"""Dashboard panels: directors see what awaits their signature, writers what came back."""

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.ui.components import Component
from wagtail.models import TaskState, WorkflowState

from review.eligibility import reviews_open_to
from review.models import Decision, MedicalReviewTask, SignOff
from review.models.tasks import review_screen_url
from review.roles import MEDICAL_DIRECTORS, WRITERS, user_has_role


class AwaitingMySignOffPanel(Component):
    name = "awaiting_my_sign_off"
    order = 50
    template_name = "review/dashboard/awaiting_my_sign_off.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        in_progress = TaskState.objects.filter(
            status=TaskState.STATUS_IN_PROGRESS, task__in=MedicalReviewTask.objects.all()
        ).order_by("started_at")
        items = []
        for state in reviews_open_to(self.user, in_progress):
            page = state.workflow_state.content_object
            items.append(
                {
                    "title": page.get_admin_display_title(),
                    "url": review_screen_url(state),
                    "submitted_at": state.started_at,
                    "submitted_by": state.workflow_state.requested_by,
                    "task_state": state,
                }
            )
        return {"items": items}


class ChangesRequestedPanel(Component):
    name = "changes_requested"
    order = 50
    template_name = "review/dashboard/changes_requested.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        states = WorkflowState.objects.filter(
            status=WorkflowState.STATUS_NEEDS_CHANGES, requested_by=self.user
        ).select_related("current_task_state")
        items = []
        finder = AdminURLFinder(self.user)
        for state in states:
            page = state.content_object
            # An article's editor, or a library claim's.
            edit_url = finder.get_edit_url(page) or ""
            requests = SignOff.objects.filter(
                task_state=state.current_task_state, decision=Decision.CHANGES_REQUESTED
            ).order_by("pk")
            items.append(
                {
                    "title": page.get_admin_display_title(),
                    "url": edit_url,
                    # Each request names its claim and opens the editor at that block.
                    "requests": [
                        {
                            "claim": request.statement,
                            "url": f"{edit_url}#block-{request.block_id}-section",
                            "reason": request.reason,
                            "signer": request.signer_name,
                        }
                        for request in requests
                    ],
                }
            )
        return {"items": items}


def panels_for(user):
    panels = []
    if user_has_role(user, MEDICAL_DIRECTORS):
        panels.append(AwaitingMySignOffPanel(user))
    if user_has_role(user, WRITERS):
        panels.append(ChangesRequestedPanel(user))
    return panels
