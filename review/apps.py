from django.apps import AppConfig


class ReviewConfig(AppConfig):
    name = "review"
    verbose_name = "Medical review"

    def ready(self):
        from pages.models import TreatmentArticlePage
        from review import publish_guard

        publish_guard.connect(TreatmentArticlePage)
