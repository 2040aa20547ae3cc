from django.apps import AppConfig


class ComplianceConfig(AppConfig):
    name = "compliance"
    verbose_name = "Compliance checks"

    def ready(self):
        # This app sits above pages, so pages cannot name the compliance panel or form; they are
        # added here, before Wagtail first builds the article's edit handler (on first use).
        from compliance.editor import add_checks_to_article_editor

        add_checks_to_article_editor(self.apps.get_model("pages", "TreatmentArticlePage"))
