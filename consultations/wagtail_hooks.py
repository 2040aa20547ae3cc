from django.urls import include, path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from consultations import admin_urls
from consultations.roles import is_intake, reads_access_log


@hooks.register("register_admin_urls")
def register_consultation_urls():
    return [path("consultations/", include(admin_urls, namespace="consultations_admin"))]


class IntakeMenuItem(MenuItem):
    def is_shown(self, request):
        return is_intake(request.user)


class AccessLogMenuItem(MenuItem):
    def is_shown(self, request):
        return reads_access_log(request.user)


@hooks.register("register_admin_menu_item")
def register_requests_menu_item():
    return IntakeMenuItem(
        "Consultation requests", reverse("consultations_admin:index"), icon_name="mail", order=150
    )


@hooks.register("register_admin_menu_item")
def register_access_log_menu_item():
    return AccessLogMenuItem(
        "Request access log",
        reverse("consultations_admin:access_log"),
        icon_name="list-ul",
        order=910,
    )
