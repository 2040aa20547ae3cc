"""Compliance records evidence events, review extensions and status changes; directors read them.

Add and view only: these records are decisions on file, so nobody edits or deletes them in the
admin.
"""

from django.db import migrations

from review.roles import COMPLIANCE, MEDICAL_DIRECTORS
from review.seeding import create_missing_permissions, model_permissions

RECORDS = ["evidenceevent", "reviewextension", "statussupersession"]
PERMISSIONS = {
    COMPLIANCE: [
        ("lifecycle", f"{action}_{model}") for model in RECORDS for action in ("add", "view")
    ],
    MEDICAL_DIRECTORS: [("lifecycle", f"view_{model}") for model in RECORDS],
}


def grant(apps, schema_editor):
    create_missing_permissions(apps)
    Group = apps.get_model("auth.Group")
    for role, pairs in PERMISSIONS.items():
        Group.objects.get(name=role).permissions.add(*model_permissions(apps, pairs))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    for role, pairs in PERMISSIONS.items():
        Group.objects.get(name=role).permissions.remove(*model_permissions(apps, pairs))


class Migration(migrations.Migration):
    dependencies = [
        ("lifecycle", "0001_due_dates_events_extensions"),
        ("review", "0001_clinic_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
