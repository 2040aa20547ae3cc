from django.core.exceptions import ValidationError

from compliance.submission import check_for_editor
from pages.forms import ReviewedPageForm

SUBMIT_ACTIONS = ("action-submit", "action-restart-workflow")


class TreatmentArticleForm(ReviewedPageForm):
    #: The compliance check of the content in this form, once cleaned; the editor's compliance
    #: panel lists it, so a refused submission shows the findings of what the writer typed.
    compliance_check = None

    @property
    def is_submission(self):
        return any(self.data.get(action) for action in SUBMIT_ACTIONS)

    def clean(self):
        cleaned_data = super().clean()
        body = cleaned_data.get("body")
        if body is None:
            return cleaned_data
        self.compliance_check = check_for_editor(
            body=body,
            summary=cleaned_data.get("summary", ""),
            title=cleaned_data.get("title", ""),
            condition=cleaned_data.get("condition", ""),
            therapy_status=cleaned_data.get("therapy_status"),
            data=self.data,
        )
        if self.is_submission:
            messages = self.compliance_check.refusals()
            if messages:
                # Refusing the whole form keeps everything the writer typed on screen.
                self.add_error(None, ValidationError(messages, code="not_ready_for_review"))
        return cleaned_data
