from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from identity import passkey_urls
from identity import urls as identity_urls
from identity.roles import COMPLIANCE, user_has_role


@hooks.register("register_admin_urls")
def register_identity_urls():
    return [
        path("identity/", include(identity_urls, namespace="identity")),
        path("identity/passkeys/", include(passkey_urls)),
    ]


class ComplianceMenuItem(MenuItem):
    def is_shown(self, request):
        return user_has_role(request.user, COMPLIANCE) or request.user.is_superuser


@hooks.register("register_admin_menu_item")
def register_appointments_menu_item():
    return ComplianceMenuItem(
        "Appointments", reverse("identity:appointments"), icon_name="user", order=900
    )


@hooks.register("register_account_menu_item")
def register_two_step_account_item(request):
    return {
        "url": reverse("identity:enrol"),
        "label": "Two-step verification",
        "help_text": "Add a passkey, set up or replace your authenticator app, and get new "
        "recovery codes.",
    }


@hooks.register("insert_global_admin_js")
def start_date_pickers_without_inline_script():
    """Starts Wagtail's date and time pickers, whose inline scripts the admin's policy refuses."""
    return format_html('<script src="{}"></script>', static("identity/admin_widgets.js"))
