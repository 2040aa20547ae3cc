from django import template

from lifecycle.models import ReviewDeadline, ReviewTrigger

register = template.Library()


@register.simple_tag
def review_causes(task_state):
    """Why this review was opened and when it is due, for the review screen."""
    triggers = ReviewTrigger.objects.filter(
        task_state__workflow_state_id=task_state.workflow_state_id
    ).select_related(
        "evidence_event__reference", "supersession__old_status", "supersession__new_status"
    )
    deadline = ReviewDeadline.objects.filter(task_state=task_state).first()
    return {"triggers": list(triggers), "deadline": deadline}
