from django.urls import include, path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from pages.models import ReviewedPage
from review import dashboard, log_actions
from review import urls as review_urls

# The publish guard's admin refusals live beside the rule; importing them registers them.
from review.guard import evidence as evidence_refusals  # noqa: F401
from review.guard import hooks as guard_refusals  # noqa: F401
from review.models import ReviewerProfile, WorkflowStateInEditor
from review.withdrawal import may_withdraw


class ReviewerProfileViewSet(SnippetViewSet):
    model = ReviewerProfile
    icon = "user"
    menu_label = "Reviewer profiles"
    add_to_admin_menu = True
    menu_order = 230
    list_display = ["full_name", "degrees", "specialty", "licence_verified_on"]


register_snippet(ReviewerProfileViewSet)


class LivePagesMenuItem(MenuItem):
    def is_shown(self, request):
        return may_withdraw(request.user)


@hooks.register("register_admin_menu_item")
def register_live_pages_menu_item():
    return LivePagesMenuItem(
        "Live pages", reverse("review:live_pages"), icon_name="cross", order=250
    )


@hooks.register("register_admin_urls")
def register_review_urls():
    return [path("medical-review/", include(review_urls, namespace="review"))]


@hooks.register("construct_homepage_panels")
def add_review_panels(request, panels):
    # "Awaiting my sign-off" replaces Wagtail's generic moderation list, which links to the
    # editor rather than to the review screen.
    panels[:] = [panel for panel in panels if panel.name != "workflow_objects_to_moderate"]
    panels[:0] = dashboard.panels_for(request.user)


@hooks.register("before_edit_page")
def read_workflow_state_once(request, page):
    # The editor asks its page for the workflow state a dozen times, a query or two each: the
    # page is rebuilt from its latest revision and misses what Wagtail prefetched on the page
    # record. Read once here, as Wagtail's prefetch_workflow_states would, for a GET only: a
    # POST may start, restart or cancel the workflow, and must then read the state afresh.
    # The state read here also answers the editor's repeated questions about its tasks once
    # each (review/models/editor_state.py).
    if request.method == "GET" and isinstance(page, ReviewedPage):
        states = list(
            WorkflowStateInEditor.objects.for_instance(page)
            .active()
            .select_related(
                "workflow", "requested_by", "current_task_state__task__medicalreviewtask"
            )
        )
        for state in states:
            state.edited_page = page
            # Whose workflow it is: the page in hand, as the page record it points to (the
            # action menu asks whether it is locked and whose it is).
            WorkflowStateInEditor.content_object.set_cached_value(state, page.page_ptr)
            task_state = state.current_task_state
            if task_state is not None:
                # Its own kind of task (the medical review), which the lock and the action
                # menu each asked for again; read with the state rather than on its own.
                task = task_state.task
                task_state.task = getattr(task, "medicalreviewtask", None) or task.specific
        page._current_workflow_states = states


@hooks.register("register_page_header_buttons")
def withdraw_button(page, user, view_name, next_url=None):
    if page.live and isinstance(page.specific_deferred, ReviewedPage) and may_withdraw(user):
        yield Button(
            "Withdraw from patients",
            reverse("review:withdraw", args=[page.pk]),
            icon_name="cross",
            priority=61,
        )


@hooks.register("register_log_actions")
def register_review_log_actions(actions):
    log_actions.register(actions)
