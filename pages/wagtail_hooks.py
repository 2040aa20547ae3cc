from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from pages.models import Reference, TherapyStatus


class ReferenceViewSet(SnippetViewSet):
    model = Reference
    icon = "doc-full"
    menu_label = "References"
    add_to_admin_menu = True
    menu_order = 210
    list_display = ["short_label", "title", "publisher", "study_design"]
    list_filter = ["study_design"]
    search_fields = ["title", "authors"]


class TherapyStatusViewSet(SnippetViewSet):
    model = TherapyStatus
    icon = "tablet-alt"
    menu_label = "Therapy statuses"
    add_to_admin_menu = True
    menu_order = 220
    list_display = ["therapy", "route", "indication", "status"]
    list_filter = ["status"]


register_snippet(ReferenceViewSet)
register_snippet(TherapyStatusViewSet)
