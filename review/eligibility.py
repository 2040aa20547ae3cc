"""Who may sign a given revision, and why not when they may not."""

from wagtail.models import Revision

from identity.appointments import appointment_refusal
from review.roles import MEDICAL_DIRECTORS, user_has_role


def makers_of(page, revision):
    """The article's author and everyone who saved a revision since it was last live.

    `page` may be any reviewed content with revisions (a library claim too, which has no owner).
    """
    revisions = Revision.objects.filter(
        base_content_type_id=revision.base_content_type_id, object_id=str(page.pk)
    )
    if page.live_revision_id:
        revisions = revisions.filter(pk__gt=page.live_revision_id)
    makers = set(revisions.filter(pk__lte=revision.pk).values_list("user_id", flat=True))
    makers.add(getattr(page, "owner_id", None))
    makers.discard(None)
    return makers


def signing_refusal(user, page, revision):
    """None if `user` may sign `revision` of `page`; otherwise the reason, in plain words."""
    if not user_has_role(user, MEDICAL_DIRECTORS):
        return "Only medical directors can sign off claims."
    if not hasattr(user, "reviewer_profile"):
        return "You need a reviewer profile with your licence details before you can sign."
    if not user.reviewer_profile.licence_is_current():
        return (
            "Your licence verification has lapsed. Ask a site admin to re-verify it before "
            "you sign."
        )
    if refusal := appointment_refusal(user, user.reviewer_profile):
        return refusal
    if user.pk in makers_of(page, revision):
        return "You wrote or edited this version, so another medical director must review it."
    return None


def reviews_open_to(user, task_states):
    """Those of `task_states` (reviews in progress) that `user` may sign, in the same order.

    The one answer to "may this director review this?" for the task, the dashboard and Wagtail's
    reports alike; the review screen asks `signing_refusal` for the reason.
    """
    states = task_states.select_related("revision", "workflow_state")
    return [
        state
        for state in states
        if signing_refusal(user, state.workflow_state.content_object, state.revision) is None
    ]
