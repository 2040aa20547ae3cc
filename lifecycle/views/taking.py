"""“I'm taking this one”: a director marks an open review as theirs, so no one else starts it."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from wagtail.models import TaskState

from lifecycle.deadlines import TakingRefused, take


@require_POST
def take_review(request, task_state_id):
    task_state = get_object_or_404(TaskState, pk=task_state_id)
    try:
        take(task_state=task_state, director=request.user)
    except TakingRefused as refused:
        messages.error(request, str(refused))
    else:
        messages.success(request, "You are taking this review; the other directors can see it.")
    return redirect("wagtailadmin_home")
