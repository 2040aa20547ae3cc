"""The lifecycle on the dashboard: “Awaiting my sign-off” with due dates (overdue reviews first
and marked, then by due date), and Compliance's overview of where every page stands."""

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState

from lifecycle.calendar import today
from lifecycle.deadlines import deadline_for
from lifecycle.schedule import schedules
from pages.models import reviewed_page_types
from review.dashboard import AwaitingMySignOffPanel
from review.models import MedicalReviewTask, Withdrawal


class AwaitingMySignOffWithDueDates(AwaitingMySignOffPanel):
    template_name = "lifecycle/dashboard/awaiting_my_sign_off.html"

    def get_context_data(self, parent_context=None):
        context = super().get_context_data(parent_context)
        # The panel renders outside the request's context; its "take" forms need the token.
        context["csrf_token"] = (parent_context or {}).get("csrf_token")
        day = today()
        for item in context["items"]:
            deadline = deadline_for(item["task_state"])
            # A library claim's review has no due date: it is listed after the dated ones.
            due_on = deadline.due_on if deadline else None
            item.update(
                deadline=deadline,
                overdue=due_on is not None and due_on < day,
                due_today=due_on == day,
                take_url=reverse("lifecycle:take", args=[item["task_state"].pk]),
                taken_by_me=deadline is not None and deadline.taken_by_id == self.user.pk,
            )
        context["items"].sort(
            key=lambda item: (
                not item["overdue"],
                item["deadline"] is None,
                item["deadline"].due_on if item["deadline"] else day,
            )
        )
        return context


def with_due_dates(panels):
    """Replace review's panel with this one, keeping its place on the dashboard."""
    return [
        AwaitingMySignOffWithDueDates(panel.user)
        if type(panel) is AwaitingMySignOffPanel
        else panel
        for panel in panels
    ]


class ClinicOverviewPanel(Component):
    """For Compliance: how many pages patients can read, how many are in review, overdue for
    their periodic review or withdrawn, each leading to the screen that lists them."""

    name = "clinic_overview"
    order = 40
    template_name = "lifecycle/dashboard/clinic_overview.html"

    def get_context_data(self, parent_context=None):
        reviewed = Page.objects.type(*reviewed_page_types())
        live = reviewed.live()
        in_review = WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS,
            current_task_state__task__in=MedicalReviewTask.objects.all(),
            # Pages only: a library claim's review is not a page's.
            base_content_type=ContentType.objects.get_for_model(Page),
        )
        withdrawn = reviewed.filter(
            live=False, pk__in=Withdrawal.objects.values("page_id")
        ).order_by("title")
        return {
            "live_count": live.count(),
            "in_review_count": in_review.count(),
            "overdue_count": sum(schedule.overdue for schedule in schedules()),
            "withdrawn": list(withdrawn),
            "live_pages_url": reverse("review:live_pages"),
            "due_for_review_url": reverse("lifecycle:due_for_review"),
            "history_url": reverse("audit:index"),
        }
