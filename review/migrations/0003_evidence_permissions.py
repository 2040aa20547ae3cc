"""Give each role its permissions on references, therapy statuses and reviewer profiles."""

from django.db import migrations

from review.roles import COMPLIANCE, MEDICAL_DIRECTORS, SITE_ADMINS, WRITERS
from review.seeding import create_missing_permissions, model_permissions

SNIPPET_PERMISSIONS = {
    WRITERS: [
        ("pages", "add_reference"),
        ("pages", "change_reference"),
        ("pages", "view_reference"),
        ("pages", "view_therapystatus"),
    ],
    MEDICAL_DIRECTORS: [
        ("pages", "view_reference"),
        ("pages", "view_therapystatus"),
        ("review", "view_reviewerprofile"),
    ],
    COMPLIANCE: [
        ("pages", "view_reference"),
        ("pages", "add_therapystatus"),
        ("pages", "change_therapystatus"),
        ("pages", "view_therapystatus"),
        ("review", "view_reviewerprofile"),
    ],
    SITE_ADMINS: [
        ("review", "add_reviewerprofile"),
        ("review", "change_reviewerprofile"),
        ("review", "view_reviewerprofile"),
    ],
}


def grant(apps, schema_editor):
    create_missing_permissions(apps)
    Group = apps.get_model("auth.Group")
    for role, pairs in SNIPPET_PERMISSIONS.items():
        Group.objects.get(name=role).permissions.add(*model_permissions(apps, pairs))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    for role, pairs in SNIPPET_PERMISSIONS.items():
        Group.objects.get(name=role).permissions.remove(*model_permissions(apps, pairs))


class Migration(migrations.Migration):
    dependencies = [
        ("review", "0002_reviewer_profiles"),
        ("pages", "0003_articles_references_therapy_statuses"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
