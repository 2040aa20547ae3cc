"""django-otp-webauthn's endpoints, under the admin, in the namespace its template tags use.

The passkey step after a password is our subclass, so failed answers count towards the lockout.
"""

from django_otp_webauthn import views as webauthn

from django.urls import path
from django.views.i18n import JavaScriptCatalog

from identity.views import CompletePasskeySignIn

app_name = "otp_webauthn"

urlpatterns = [
    path(
        "registration/begin/",
        webauthn.BeginCredentialRegistrationView.as_view(),
        name="credential-registration-begin",
    ),
    path(
        "registration/complete/",
        webauthn.CompleteCredentialRegistrationView.as_view(),
        name="credential-registration-complete",
    ),
    path(
        "authentication/begin/",
        webauthn.BeginCredentialAuthenticationView.as_view(),
        name="credential-authentication-begin",
    ),
    path(
        "authentication/complete/",
        CompletePasskeySignIn.as_view(),
        name="credential-authentication-complete",
    ),
    path(
        "jsi18n/",
        JavaScriptCatalog.as_view(packages=["django_otp_webauthn"]),
        name="js-i18n-catalog",
    ),
]
