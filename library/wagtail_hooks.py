from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.functional import cached_property

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import HeaderButton, ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from library import log_actions
from library import urls as library_urls
from library.approved import approved_versions
from library.errors import UnsignedLibraryClaimError
from library.forms import ApprovedClaimFilterForm
from library.models import LibraryClaim
from review.guard.hooks import keep_signed_revision
from review.roles import MEDICAL_DIRECTORS, user_has_role
from review.withdrawal import may_withdraw


class ApprovedOnly:
    """The chooser lists only claims patients may read now: approved, signed, not withdrawn."""

    filter_form_class = ApprovedClaimFilterForm

    def get_object_list(self):
        live = LibraryClaim.objects.filter(live=True).select_related("therapy_status")
        shown = approved_versions(live.values_list("identity", flat=True))
        return live.filter(identity__in=list(shown))


class ApprovedClaimChooseView(ApprovedOnly, ChooseView):
    pass


class ApprovedClaimChooseResultsView(ApprovedOnly, ChooseResultsView):
    pass


class ApprovedClaimChooserViewSet(SnippetChooserViewSet):
    choose_view_class = ApprovedClaimChooseView
    choose_results_view_class = ApprovedClaimChooseResultsView


class LibraryIndexView(IndexView):
    """The library's list, with the ways in that are not one claim's: promoting a claim from
    an article (directors) and the CSV."""

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if user_has_role(self.request.user, MEDICAL_DIRECTORS):
            buttons.append(
                HeaderButton(
                    "Promote a claim from an article",
                    url=reverse("library:promote_index"),
                    icon_name="link",
                )
            )
        buttons.append(
            HeaderButton(
                "CSV import and export", url=reverse("library:spreadsheet"), icon_name="download"
            )
        )
        return buttons


class LibraryClaimViewSet(SnippetViewSet):
    model = LibraryClaim
    index_view_class = LibraryIndexView
    icon = "link"
    menu_label = "Claims library"
    add_to_admin_menu = True
    menu_order = 220
    chooser_viewset_class = ApprovedClaimChooserViewSet
    list_display = ["__str__", "claim_type", "therapy_status"]
    list_filter = ["claim_type", "live"]
    search_fields = None


register_snippet(LibraryClaimViewSet)


@hooks.register("library_claims_shown")
def library_claims_shown(claims):
    """Asked by the article page (pages/models/article.py) with the library claims its body
    names, already read: the approved versions it may show."""
    return approved_versions([claim.identity for claim in claims], claims=claims)


@hooks.register("register_admin_urls")
def register_library_urls():
    return [path("library/", include(library_urls, namespace="library"))]


class SpreadsheetMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("library.view_libraryclaim")


@hooks.register("register_admin_menu_item")
def register_spreadsheet_menu_item():
    return SpreadsheetMenuItem(
        "Claims library CSV", reverse("library:spreadsheet"), icon_name="download", order=221
    )


@hooks.register("register_log_actions")
def register_library_log_actions(actions):
    log_actions.register(actions)


@hooks.register("construct_snippet_action_menu")
def no_publish_outside_the_review(menu_items, request, context):
    # A library claim's version goes live when its medical review completes; the row guard
    # (library/receivers.py) refuses any other publish even without this.
    if context.get("model") is LibraryClaim:
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("before_edit_snippet")
def guard_library_claim_edits(request, instance):
    if request.method != "POST" or not isinstance(instance, LibraryClaim):
        return None
    # An autosave over a signed version is saved as a new version (review/guard/hooks.py).
    keep_signed_revision(request)
    if request.POST.get("action-publish"):
        # Said before Wagtail saves anything; the row guard refuses it even without this.
        messages.error(request, str(UnsignedLibraryClaimError()))
        return redirect(instance.snippet_viewset.get_url_name("edit"), instance.pk)
    return None


@hooks.register("register_snippet_listing_buttons")
def library_claim_buttons(snippet, user, next_url=None):
    if not isinstance(snippet, LibraryClaim):
        return
    yield ListingButton("Used in", reverse("library:used_in", args=[snippet.pk]), priority=50)
    if snippet.live and may_withdraw(user):
        yield ListingButton(
            "Withdraw everywhere", reverse("library:withdraw", args=[snippet.pk]), priority=60
        )
