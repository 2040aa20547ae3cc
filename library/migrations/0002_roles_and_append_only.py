"""Each role's permissions on the claims library, and withdrawals append-only in PostgreSQL.

Writers and medical directors draft and change library claims; Compliance reads them. Nobody
holds the publish permission: a version goes live only when its medical review completes.
"""

from django.db import migrations

from review.roles import COMPLIANCE, MEDICAL_DIRECTORS, WRITERS
from review.seeding import create_missing_permissions, model_permissions

PERMISSIONS = {
    WRITERS: [
        ("library", "add_libraryclaim"),
        ("library", "change_libraryclaim"),
        ("library", "view_libraryclaim"),
    ],
    MEDICAL_DIRECTORS: [
        ("library", "add_libraryclaim"),
        ("library", "change_libraryclaim"),
        ("library", "view_libraryclaim"),
    ],
    COMPLIANCE: [("library", "view_libraryclaim")],
}

# The function comes from review/migrations/0006_sign_off_hash_chain.py.
TRIGGER_SQL = """
CREATE TRIGGER library_withdrawal_append_only
    BEFORE UPDATE OR DELETE ON library_librarywithdrawal
    FOR EACH ROW EXECUTE FUNCTION review_signoff_refuse_change();
"""
DROP_TRIGGER_SQL = (
    "DROP TRIGGER IF EXISTS library_withdrawal_append_only ON library_librarywithdrawal;"
)


def grant(apps, schema_editor):
    create_missing_permissions(apps)
    Group = apps.get_model("auth.Group")
    for role, pairs in PERMISSIONS.items():
        Group.objects.get(name=role).permissions.add(*model_permissions(apps, pairs))
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(TRIGGER_SQL, params=None)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    for role, pairs in PERMISSIONS.items():
        Group.objects.get(name=role).permissions.remove(*model_permissions(apps, pairs))
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_TRIGGER_SQL, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("library", "0001_initial"),
        ("review", "0014_sign_offs_of_library_claims"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
