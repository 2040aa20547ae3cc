"""Create the "Medical review" workflow and assign it to the treatments section.

Wagtail's sample "Moderators approval" workflow is switched off: its group no longer exists
and no article may go live without the medical review.
"""

from django.db import migrations

from review.roles import MEDICAL_DIRECTORS

WORKFLOW_NAME = "Medical review"
TASK_NAME = "Medical director sign-off"


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    MedicalReviewTask = apps.get_model("review.MedicalReviewTask")
    TreatmentIndexPage = apps.get_model("pages.TreatmentIndexPage")

    Workflow.objects.exclude(name=WORKFLOW_NAME).update(active=False)
    WorkflowPage.objects.all().delete()

    task = MedicalReviewTask.objects.create(
        name=TASK_NAME,
        content_type=ContentType.objects.get_for_model(MedicalReviewTask),
        active=True,
    )
    task.groups.set([Group.objects.get(name=MEDICAL_DIRECTORS)])
    workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(
        workflow=workflow, page=TreatmentIndexPage.objects.get(slug="treatments", depth=3)
    )


def remove_workflow(apps, schema_editor):
    apps.get_model("wagtailcore.Workflow").objects.filter(name=WORKFLOW_NAME).delete()
    apps.get_model("review.MedicalReviewTask").objects.filter(name=TASK_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("review", "0004_sign_offs_and_medical_review_task"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_workflow, remove_workflow)]
