"""Every history entry this project writes, by name. Audit and the screens look them up here.

The names are stored in Wagtail's log tables, so they never change once written.
"""

from wagtail.log_actions import LogFormatter

SIGNED = "claimcheck.sign"
PUBLISH_REFUSED = "claimcheck.publish_refused"
SERVED_UNDER_REVIEW = "claimcheck.served_under_review"
WITHDRAWN = "claimcheck.withdraw"


class WithdrawnFormatter(LogFormatter):
    label = "Withdrawn from patients"

    def format_message(self, log_entry):
        return f"Withdrawn from patients. Reason: {log_entry.data.get('reason', '')}"


def register(actions):
    """Wagtail's `register_log_actions` hook, called from review.wagtail_hooks."""
    actions.register_action(
        SIGNED, "Medical sign-off", "A medical director signed claims in this page"
    )
    actions.register_action(
        PUBLISH_REFUSED,
        "Publish refused",
        "Publishing was refused: claims without a matching medical sign-off",
    )
    actions.register_action(
        SERVED_UNDER_REVIEW,
        "Shown as under review",
        "Patients were shown “being reviewed”: the live content does not match its sign-offs",
    )
    actions.register_action(WITHDRAWN)(WithdrawnFormatter)
