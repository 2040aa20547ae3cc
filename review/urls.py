from django.urls import path

from review.views import review_screen, withdraw

app_name = "review"

urlpatterns = [
    path("<int:task_state_id>/", review_screen.review, name="screen"),
    path("<int:task_state_id>/preview/", review_screen.preview, name="preview"),
    path("live/", withdraw.live_pages, name="live_pages"),
    path("withdraw/<int:page_id>/", withdraw.withdraw_article, name="withdraw"),
]
