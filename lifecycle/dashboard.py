"""“Awaiting my sign-off” with due dates: overdue reviews first and marked, then by due date."""

from django.urls import reverse

from lifecycle.calendar import today
from lifecycle.deadlines import deadline_for
from review.dashboard import AwaitingMySignOffPanel


class AwaitingMySignOffWithDueDates(AwaitingMySignOffPanel):
    template_name = "lifecycle/dashboard/awaiting_my_sign_off.html"

    def get_context_data(self, parent_context=None):
        context = super().get_context_data(parent_context)
        # The panel renders outside the request's context; its "take" forms need the token.
        context["csrf_token"] = (parent_context or {}).get("csrf_token")
        day = today()
        for item in context["items"]:
            deadline = deadline_for(item["task_state"])
            item.update(
                deadline=deadline,
                overdue=deadline.due_on < day,
                due_today=deadline.due_on == day,
                take_url=reverse("lifecycle:take", args=[item["task_state"].pk]),
                taken_by_me=deadline.taken_by_id == self.user.pk,
            )
        context["items"].sort(key=lambda item: (not item["overdue"], item["deadline"].due_on))
        return context


def with_due_dates(panels):
    """Replace review's panel with this one, keeping its place on the dashboard."""
    return [
        AwaitingMySignOffWithDueDates(panel.user)
        if type(panel) is AwaitingMySignOffPanel
        else panel
        for panel in panels
    ]
