"""What happens when a medical review completes: the reviewed revision goes live.

Wagtail imports this while loading its own models (WAGTAIL_FINISH_WORKFLOW_ACTION), before
this app's models can load, so the rule is imported inside the function.
"""


def publish_reviewed_revision(workflow_state, user=None):
    """Publish the revision the director signed, not whatever revision is latest."""
    from wagtail.models import Page

    from review.guard.rule import assert_revision_publishable
    from review.read_once import reading_once

    revision = workflow_state.current_task_state.revision
    if not issubclass(revision.content_type.model_class(), Page):
        # Other reviewed content (a library claim) is held by its own row guard when it
        # publishes.
        revision.publish(user=user, skip_permission_checks=True)
        return
    # The checks on the way to live share what they read (review/read_once.py).
    with reading_once():
        assert_revision_publishable(revision)
        # The completed review is the authority to publish; no human holds publish permission.
        revision.publish(user=user, skip_permission_checks=True)
