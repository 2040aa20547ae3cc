"""The medical review applies to every treatment article by its type, wherever it sits.

Wagtail finds a page's workflow by its position (the nearest ancestor with one assigned), so an
article moved under a section without one would lose "Submit for review". The article model
asks here instead.
"""

from wagtail.models import Workflow

WORKFLOW_NAME = "Medical review"  # created by review/migrations/0005_medical_review_workflow.py


def medical_review_workflow():
    return Workflow.objects.filter(name=WORKFLOW_NAME, active=True).first()
