from django.core.exceptions import ValidationError

from wagtail.admin.forms import WagtailAdminPageForm

from pages.readiness import submission_problems

SUBMIT_ACTIONS = ("action-submit", "action-restart-workflow")


class TreatmentArticleForm(WagtailAdminPageForm):
    @property
    def is_submission(self):
        return any(self.data.get(action) for action in SUBMIT_ACTIONS)

    def clean(self):
        cleaned_data = super().clean()
        body = cleaned_data.get("body")
        if self.is_submission and body is not None:
            problems = submission_problems(body)
            if problems:
                # Refusing the whole form keeps everything the writer typed on screen.
                self.add_error(
                    None,
                    ValidationError(
                        [problem.message for problem in problems], code="not_ready_for_review"
                    ),
                )
        return cleaned_data
