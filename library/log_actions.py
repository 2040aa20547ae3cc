"""The history entries the claims library writes, on the library claim and on each article.

The names are stored in Wagtail's log tables, so they never change once written.
"""

from wagtail.log_actions import LogFormatter

#: On an article: patients now read a newly signed version of a library claim it shows.
VERSION_SHOWN = "claimcheck.library_version_shown"
#: On an article and on the library claim: withdrawn from every article, with the reason.
WITHDRAWN = "claimcheck.library_withdrawn"
#: On the library claim: made from an article's approved claim, keeping its sign-off.
PROMOTED = "claimcheck.library_promoted"
#: On an article's draft: an identical claim replaced by the library claim.
REPLACED_IN_DRAFT = "claimcheck.library_replaced_in_draft"
#: On the library claim: added or changed by a CSV import.
IMPORTED = "claimcheck.library_imported"


class VersionShownFormatter(LogFormatter):
    label = "Library claim signed"

    def format_message(self, log_entry):
        data = log_entry.data
        return (
            f"Patients now read the library claim “{data.get('statement_text', '')}”, signed in "
            f"the library by {data.get('signer_name', '')} on {data.get('signed_on', '')}."
        )


class WithdrawnFormatter(LogFormatter):
    label = "Library claim withdrawn"

    def format_message(self, log_entry):
        data = log_entry.data
        return (
            f"Library claim “{data.get('statement_text', '')}” withdrawn from every article by "
            f"{data.get('withdrawn_by', '')}. Reason: {data.get('reason', '')}"
        )


def register(actions):
    """Wagtail's `register_log_actions` hook, called from library.wagtail_hooks."""
    actions.register_action(VERSION_SHOWN)(VersionShownFormatter)
    actions.register_action(WITHDRAWN)(WithdrawnFormatter)
    actions.register_action(
        PROMOTED, "Promoted to the library", "An article's approved claim became a library claim"
    )
    actions.register_action(
        REPLACED_IN_DRAFT,
        "Replaced by a library claim",
        "An identical claim in this draft was replaced by the library claim",
    )
    actions.register_action(IMPORTED, "Imported", "Added or changed by a CSV import")
