from django.urls import path

from lifecycle.views import due_for_review, evidence, superseding, taking

app_name = "lifecycle"

urlpatterns = [
    path("take/<int:task_state_id>/", taking.take_review, name="take"),
    path("due/", due_for_review.DueForReviewView.as_view(), name="due_for_review"),
    path(
        "due/results/",
        due_for_review.DueForReviewView.as_view(results_only=True),
        name="due_for_review_results",
    ),
    path("studies/<int:reference_id>/", evidence.resting_on, name="claims_resting_on"),
    path(
        "statuses/<int:status_id>/supersede/",
        superseding.supersede_status,
        name="supersede_status",
    ),
]
