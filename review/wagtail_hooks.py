from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from review.models import ReviewerProfile


class ReviewerProfileViewSet(SnippetViewSet):
    model = ReviewerProfile
    icon = "user"
    menu_label = "Reviewer profiles"
    add_to_admin_menu = True
    menu_order = 230
    list_display = ["full_name", "degrees", "specialty", "licence_verified_on"]


register_snippet(ReviewerProfileViewSet)
