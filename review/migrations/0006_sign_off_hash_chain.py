"""Chain every sign-off to the one before it, and on PostgreSQL refuse UPDATE and DELETE.

Existing rows are chained in primary-key order before the trigger goes in. On SQLite the
model and its queryset refuse changes; there is no trigger.
"""

from django.db import migrations, models

from review.chain import CHAINED_FIELDS, GENESIS_HASH, row_hash

APPEND_ONLY_SQL = """
CREATE OR REPLACE FUNCTION review_signoff_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Sign-offs are append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER review_signoff_append_only
    BEFORE UPDATE OR DELETE ON review_signoff
    FOR EACH ROW EXECUTE FUNCTION review_signoff_refuse_change();
"""

DROP_APPEND_ONLY_SQL = """
DROP TRIGGER IF EXISTS review_signoff_append_only ON review_signoff;
DROP FUNCTION IF EXISTS review_signoff_refuse_change();
"""


def chain_existing_sign_offs(apps, schema_editor):
    SignOff = apps.get_model("review", "SignOff")
    previous = GENESIS_HASH
    for values in SignOff.objects.order_by("pk").values("pk", *CHAINED_FIELDS).iterator():
        current = row_hash(values, previous)
        SignOff.objects.filter(pk=values["pk"]).update(previous_hash=previous, row_hash=current)
        previous = current


def install_append_only_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        # No parameters: the function body's % placeholders are PL/pgSQL's, not the driver's.
        schema_editor.execute(APPEND_ONLY_SQL, params=None)


def remove_append_only_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_APPEND_ONLY_SQL, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("review", "0005_medical_review_workflow"),
    ]

    operations = [
        migrations.AddField(
            model_name="signoff",
            name="previous_hash",
            field=models.CharField(
                default="",
                editable=False,
                help_text="The row hash of the sign-off recorded before.",
                max_length=64,
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="signoff",
            name="row_hash",
            field=models.CharField(default="", editable=False, max_length=64),
            preserve_default=False,
        ),
        migrations.RunPython(chain_existing_sign_offs, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="signoff",
            name="row_hash",
            field=models.CharField(
                editable=False,
                help_text="SHA-256 of this row's content and the previous hash "
                "(docs/audit-and-export.md).",
                max_length=64,
                unique=True,
            ),
        ),
        migrations.RunPython(install_append_only_trigger, remove_append_only_trigger),
    ]
