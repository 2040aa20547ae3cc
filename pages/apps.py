from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = "Clinic pages"

    def ready(self):
        # Imported here: both need the app registry loaded.
        from pages import search_index
        from pages.models.reviewed import reviewed_page_types

        search_index.connect(reviewed_page_types())
