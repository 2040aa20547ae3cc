from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet, SnippetViewSetGroup

from lifecycle import dashboard, evidence, supersession
from lifecycle import urls as lifecycle_urls
from lifecycle.models import EvidenceEvent, ReviewExtension, StatusSupersession
from lifecycle.roles import is_compliance, may_follow_reviews
from pages.models import Reference, TherapyStatus


class RecordCreateView(CreateView):
    def save_instance(self):
        self.form.instance.recorded_by = self.request.user
        return super().save_instance()


class RecordedByCompliance(SnippetViewSet):
    """Records Compliance adds and never edits (the roles hold add and view only)."""

    add_view_class = RecordCreateView
    inspect_view_enabled = True


class EvidenceEventViewSet(RecordedByCompliance):
    model = EvidenceEvent
    icon = "warning"
    menu_label = "Evidence events"
    list_display = ["reference", "kind", "occurred_on", "recorded_at"]


class ReviewExtensionViewSet(RecordedByCompliance):
    model = ReviewExtension
    icon = "time"
    menu_label = "Review extensions"
    list_display = ["page", "extended_until", "reason", "recorded_at"]


class StatusSupersessionViewSet(RecordedByCompliance):
    model = StatusSupersession
    icon = "repeat"
    menu_label = "Status changes"
    list_display = ["old_status", "new_status", "recorded_at"]


class LifecycleViewSetGroup(SnippetViewSetGroup):
    items = (EvidenceEventViewSet, ReviewExtensionViewSet, StatusSupersessionViewSet)
    menu_icon = "time"
    menu_label = "Review lifecycle"
    menu_order = 240


register_snippet(LifecycleViewSetGroup)


@hooks.register("register_admin_urls")
def register_lifecycle_urls():
    return [path("lifecycle/", include(lifecycle_urls, namespace="lifecycle"))]


class DueForReviewMenuItem(MenuItem):
    def is_shown(self, request):
        # Directors and Compliance hold this permission (lifecycle/migrations/0002); Django has
        # the user's permissions in hand already, so the menu costs no query on every page.
        # Superusers hold every permission, so they are asked by role.
        user = request.user
        if user.is_superuser:
            return may_follow_reviews(user)
        return user.has_perm("lifecycle.view_evidenceevent")


@hooks.register("register_reports_menu_item")
def due_for_review_menu_item():
    return DueForReviewMenuItem(
        "Due for review", reverse("lifecycle:due_for_review"), icon_name="time", order=50
    )


@hooks.register("construct_homepage_panels", order=100)
def add_due_dates_to_the_dashboard(request, panels):
    # Runs after review's hook, which put its "Awaiting my sign-off" panel in.
    panels[:] = dashboard.with_due_dates(panels)
    if is_compliance(request.user):
        panels.insert(0, dashboard.ClinicOverviewPanel())


RECORDS = (EvidenceEvent, ReviewExtension, StatusSupersession)
ON_FILE = "Records on file are kept as they were made. To change a decision, add a new record."


@hooks.register("before_edit_snippet")
def refuse_editing_records(request, instance):
    if isinstance(instance, RECORDS):
        messages.error(request, ON_FILE)
        meta = instance._meta
        return redirect(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:list")
    return None


@hooks.register("before_delete_snippet")
def refuse_deleting_records(request, instances):
    if any(isinstance(instance, RECORDS) for instance in instances):
        messages.error(request, ON_FILE)
        meta = instances[0]._meta
        return redirect(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:list")
    return None


@hooks.register("after_create_snippet")
def act_on_what_compliance_recorded(request, instance):
    # Acted on at once; the jobs catch anything missed (an event recorded from code, say).
    if isinstance(instance, EvidenceEvent):
        evidence.act_on(instance)
    elif isinstance(instance, StatusSupersession):
        supersession.act_on(instance)


@hooks.register("claims_being_rechecked")
def claims_resting_on_retracted_studies(article):
    return evidence.claims_being_rechecked(article)


@hooks.register("register_snippet_listing_buttons")
def supersede_button(snippet, user, next_url=None):
    if isinstance(snippet, TherapyStatus) and not snippet.superseded_on and is_compliance(user):
        yield ListingButton(
            "Supersede",
            reverse("lifecycle:supersede_status", args=[snippet.pk]),
            priority=50,
        )


@hooks.register("register_snippet_listing_buttons")
def claims_resting_on_button(snippet, user, next_url=None):
    if isinstance(snippet, Reference) and may_follow_reviews(user):
        yield ListingButton(
            "Claims resting on this study",
            reverse("lifecycle:claims_resting_on", args=[snippet.pk]),
            priority=50,
        )
