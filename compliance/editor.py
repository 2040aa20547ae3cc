"""The compliance checks' place in the article editor: a panel, and a form that refuses."""

from compliance.forms import TreatmentArticleForm
from compliance.panels import ComplianceChecksPanel


def add_checks_to_article_editor(article_model):
    article_model.base_form_class = TreatmentArticleForm
    article_model.content_panels = [*article_model.content_panels, ComplianceChecksPanel()]
