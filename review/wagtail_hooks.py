from django.urls import include, path

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

# The guard, audit, compliance and evidence hooks live beside their own code; importing them
# registers them.
from review import (  # noqa: F401
    audit_hooks,
    compliance_hooks,
    dashboard,
    evidence_hooks,
    guard_hooks,
)
from review import urls as review_urls
from review.models import ReviewerProfile


class ReviewerProfileViewSet(SnippetViewSet):
    model = ReviewerProfile
    icon = "user"
    menu_label = "Reviewer profiles"
    add_to_admin_menu = True
    menu_order = 230
    list_display = ["full_name", "degrees", "specialty", "licence_verified_on"]


register_snippet(ReviewerProfileViewSet)


@hooks.register("register_admin_urls")
def register_review_urls():
    return [path("medical-review/", include(review_urls, namespace="medical_review"))]


@hooks.register("construct_homepage_panels")
def add_review_panels(request, panels):
    # "Awaiting my sign-off" replaces Wagtail's generic moderation list, which links to the
    # editor rather than to the review screen.
    panels[:] = [panel for panel in panels if panel.name != "workflow_objects_to_moderate"]
    panels[:0] = dashboard.panels_for(request.user)


@hooks.register("register_log_actions")
def register_review_log_actions(actions):
    actions.register_action(
        "claimcheck.sign", "Medical sign-off", "A medical director signed claims in this page"
    )
