"""On PostgreSQL, refuse UPDATE and DELETE on reviewed versions, as on sign-offs."""

from django.db import migrations

TRIGGER_SQL = """
CREATE TRIGGER review_reviewedversion_append_only
    BEFORE UPDATE OR DELETE ON review_reviewedversion
    FOR EACH ROW EXECUTE FUNCTION review_signoff_refuse_change();
"""
DROP_TRIGGER_SQL = (
    "DROP TRIGGER IF EXISTS review_reviewedversion_append_only ON review_reviewedversion;"
)


def install(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(TRIGGER_SQL, params=None)


def remove(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_TRIGGER_SQL, params=None)


class Migration(migrations.Migration):
    dependencies = [("review", "0008_reviewed_versions")]

    operations = [migrations.RunPython(install, remove)]
