from django.conf import settings
from django.db.models import Q
from django.utils.functional import cached_property

from wagtail.models import Task, TaskState, WorkflowState


class WorkflowStateInEditor(WorkflowState):
    """An article's workflow state as one editor GET reads it: each answer worked out once.

    Wagtail's editor lists the workflow's tasks for its heading, then for the lock's message (in
    the page's messages and again in the status panel), then once more with their task states,
    and its action menu asks twice which tasks are left: each time from the database, with the
    revision those tasks apply to looked up again. Only `review/wagtail_hooks.py` builds one, for
    a GET, which changes no workflow, and it is dropped with the request.
    """

    class Meta:
        proxy = True

    #: The page the editor shows (set by the hook): its latest revision is what a task approved
    #: or skipped must have approved, as Wagtail's `successful_task_states` reads it.
    edited_page = None

    def _get_applicable_task_states(self):
        return self._applicable_task_states

    @cached_property
    def _applicable_task_states(self):
        return super()._get_applicable_task_states()

    def all_tasks_with_status(self):
        return self._tasks_with_status

    @cached_property
    def _tasks_with_status(self):
        return super().all_tasks_with_status()

    @property
    def successful_task_states(self):
        if self.edited_page is None:
            return super().successful_task_states
        # Wagtail's own filter, with the latest revision read from the page already in hand
        # rather than by fetching the page again through the workflow state.
        states = self.task_states.filter(
            Q(status=TaskState.STATUS_APPROVED) | Q(status=TaskState.STATUS_SKIPPED)
        )
        if getattr(settings, "WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT", False):
            states = states.filter(revision_id=self.edited_page.latest_revision_id)
        return states

    @cached_property
    def is_at_final_task(self):
        # Wagtail asks for the first and the last task left, a query each; one list answers both.
        left = list(
            Task.objects.filter(workflow_tasks__workflow=self.workflow, active=True)
            .exclude(task_states__in=self.successful_task_states)
            .order_by("workflow_tasks__sort_order")
        )
        return (left[0] if left else None) == (left[-1] if left else None)
