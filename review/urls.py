from django.urls import path

from review.views import review_screen

app_name = "medical_review"

urlpatterns = [
    path("<int:task_state_id>/", review_screen.review, name="review"),
    path("<int:task_state_id>/preview/", review_screen.preview, name="preview"),
]
