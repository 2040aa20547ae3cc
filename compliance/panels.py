"""The "Compliance checks" panel in the article editor: findings, and the writer's reasons.

Wagtail offers no hook to add a side panel to the page editor, and its own Checks side panel
runs axe in the browser; so the findings sit in a panel of the form itself, where the reason
boxes are posted with the content and survive a refused submission.
"""

from wagtail.admin.panels import Panel

from compliance.acknowledgements import earlier_reasons
from compliance.report import MAX_REASON_LENGTH
from compliance.submission import check_saved


class ComplianceChecksPanel(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", "Compliance checks")
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "compliance/editor_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            check = getattr(self.form, "compliance_check", None)
            checked_what = "the version you just tried to save or submit"
            if check is None:
                if self.instance.pk is None:
                    context["not_saved_yet"] = True
                    return context
                check = check_saved(self.instance)
                checked_what = "the last saved version"
            if self.form.is_bound:
                reasons = {
                    item.key: self.form.data.get(item.input_name, "") for item in check.items
                }
            else:
                reasons = earlier_reasons(self.instance.pk, check.warnings)
            context.update(
                checked_what=checked_what,
                rows=[(item, reasons.get(item.key, "")) for item in check.items],
                blocking_count=len(check.blocking),
                warning_count=len(check.warnings),
                max_reason_length=MAX_REASON_LENGTH,
            )
            return context
