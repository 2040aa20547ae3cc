from django.urls import reverse

from wagtail.models import AbstractGroupApprovalTask, TaskState

from review.eligibility import reviews_open_to


def review_screen_url(task_state):
    """Where a director reviews and signs: an article's screen, or the screen of other reviewed
    content (a library claim names its own, `review_screen_url_name`)."""
    content = task_state.workflow_state.content_object
    name = getattr(content, "review_screen_url_name", "review:screen")
    return reverse(name, args=[task_state.pk])


class MedicalReviewTask(AbstractGroupApprovalTask):
    """Claim-by-claim review and e-signature by a medical director, on Wagtail's workflow.

    Approving and requesting changes happen on the review screen, which calls
    `TaskState.approve` / `TaskState.reject` so Wagtail's states, log and emails carry on.
    """

    def locked_for_user(self, obj, user):
        # Nobody edits while a director reviews: the signature must cover what they read.
        return True

    def user_can_lock(self, obj, user):
        return False

    def get_actions(self, obj, user):
        if self._user_in_groups(user):
            return [("review", "Review claims and sign", False)]
        return []

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "review":
            return review_screen_url(task_state)
        return None

    def get_task_states_user_can_moderate(self, user, **kwargs):
        # Feeds Wagtail's reports and "Awaiting your review": only what this director may sign.
        if not self._user_in_groups(user):
            return TaskState.objects.none()
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        return states.filter(pk__in=[state.pk for state in reviews_open_to(user, states)])

    def _user_in_groups(self, user):
        # Superusers get no reviewer powers here: only medical directors review.
        return user.is_active and super()._user_in_groups(user)

    def user_can_access_editor(self, obj, user):
        return self._user_in_groups(user)

    @classmethod
    def get_description(cls):
        return "Medical directors review each claim and sign it off with their password."

    class Meta:
        verbose_name = "medical review task"
