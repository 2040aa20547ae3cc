from django.urls import path

from identity import views

app_name = "identity"

urlpatterns = [
    path("enrol/", views.enrol, name="enrol"),
    path("verify/", views.verify, name="verify"),
    path("recovery-codes/", views.replace_recovery_codes, name="recovery_codes"),
    path("passkey-added/", views.passkey_added, name="passkey_added"),
    path("signing-challenge/", views.signing_challenge, name="signing_challenge"),
    path("appointments/", views.appointment_list, name="appointments"),
    path("appointments/<int:request_id>/confirm/", views.confirm, name="confirm"),
]
