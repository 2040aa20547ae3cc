from django.urls import path

from consultations import views

app_name = "consultations"

urlpatterns = [
    path("", views.request_consultation, name="request"),
    path("thank-you/", views.thanks, name="thanks"),
    path("privacy/", views.privacy, name="privacy"),
]
