"""Admin hooks for the audit history and exports (docs/audit-and-export.md)."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.functional import cached_property

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.models import Page

from audit import urls as audit_urls
from audit.access import can_read_audit
from audit.protection import pages_with_sign_offs, users_who_signed
from pages.models import ReviewedPage


@hooks.register("register_admin_urls")
def register_audit_urls():
    return [path("sign-off-history/", include(audit_urls, namespace="audit"))]


class AuditMenuItem(MenuItem):
    def is_shown(self, request):
        return can_read_audit(request.user)


@hooks.register("register_admin_menu_item")
def register_audit_menu_item():
    return AuditMenuItem("Sign-off history", reverse("audit:index"), icon_name="history", order=240)


class SignOffHistoryButton(PageMenuItem):
    label = "Sign-off history"
    icon_name = "history"

    def is_shown(self, user):
        page_type = self.page.specific_class
        return bool(page_type) and issubclass(page_type, ReviewedPage) and can_read_audit(user)

    @cached_property
    def url(self):
        return reverse("audit:article_history", args=[self.page.pk])


@hooks.register("register_page_listing_more_buttons")
def page_listing_history_button(page, user, next_url=None):
    yield SignOffHistoryButton(page=page, priority=55)


@hooks.register("register_page_header_buttons")
def page_header_history_button(page, user, view_name, next_url=None):
    yield SignOffHistoryButton(page=page, priority=66)


# Nothing signed may disappear: the history must outlive the article and the signer's account.


def _refuse_page_deletion(request, titles):
    messages.error(
        request,
        f"{titles} cannot be deleted: it holds medical sign-offs that must be kept for the "
        "audit trail. Unpublish it instead.",
    )
    return redirect(request.META.get("HTTP_REFERER") or reverse("wagtailadmin_explore_root"))


def _refuse_user_deletion(request, names):
    messages.error(
        request,
        f"{names} signed medical reviews, so the account cannot be deleted. "
        "Deactivate it instead (untick “Active”).",
    )
    return redirect(reverse("wagtailusers_users:index"))


@hooks.register("before_delete_page")
def keep_signed_articles(request, page):
    protected = pages_with_sign_offs([page])
    if protected:
        return _refuse_page_deletion(request, f"“{page.get_admin_display_title()}”")
    return None


@hooks.register("before_delete_user")
def keep_signers(request, user):
    if users_who_signed([user]):
        return _refuse_user_deletion(request, user.get_full_name() or user.get_username())
    return None


@hooks.register("before_bulk_action")
def keep_signed_records_in_bulk(request, action_type, objects, action_class_instance):
    if action_type != "delete":
        return None
    model = action_class_instance.model
    if issubclass(model, get_user_model()):
        signers = users_who_signed(objects)
        if signers:
            return _refuse_user_deletion(request, ", ".join(str(u) for u in signers))
    elif issubclass(model, Page):
        protected = pages_with_sign_offs(objects)
        if protected:
            return _refuse_page_deletion(
                request, ", ".join(f"“{page.get_admin_display_title()}”" for page in protected)
            )
    return None
