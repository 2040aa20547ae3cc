"""Approval currency: removals confirmed in sign-offs, withdrawals recorded, database times."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


# On PostgreSQL, withdrawals are append-only below the model too, as sign-offs and reviewed
# versions are (the function comes from 0006).
TRIGGER_SQL = """
CREATE TRIGGER review_withdrawal_append_only
    BEFORE UPDATE OR DELETE ON review_withdrawal
    FOR EACH ROW EXECUTE FUNCTION review_signoff_refuse_change();
"""
DROP_TRIGGER_SQL = "DROP TRIGGER IF EXISTS review_withdrawal_append_only ON review_withdrawal;"


def install(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(TRIGGER_SQL, params=None)


def remove(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_TRIGGER_SQL, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("review", "0010_compliance_acknowledgement_moves_out"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        # Django keeps defaults, choices and help text in Python, not in the schema, so these
        # change only the models' state; the tables stay exactly as they are (SQLite would
        # otherwise rebuild them).
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="reviewedversion",
                    name="completed_at",
                    field=models.DateTimeField(help_text="The database server's time (UTC)."),
                ),
                migrations.AlterField(
                    model_name="signoff",
                    name="decision",
                    field=models.CharField(
                        choices=[
                            ("approved", "Approved"),
                            ("changes_requested", "Changes requested"),
                            ("removal_confirmed", "Removal confirmed"),
                        ],
                        max_length=20,
                    ),
                ),
                migrations.AlterField(
                    model_name="signoff",
                    name="signed_at",
                    field=models.DateTimeField(
                        help_text="The database server's time of signing (UTC)."
                    ),
                ),
            ],
        ),
        migrations.CreateModel(
            name="Withdrawal",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "route",
                    models.CharField(
                        choices=[
                            ("withdraw_screen", "Withdrawn from patients"),
                            ("scheduled_expiry", "Scheduled expiry"),
                            ("code", "Unpublished from code"),
                        ],
                        max_length=20,
                    ),
                ),
                ("reason", models.TextField()),
                (
                    "withdrawn_at",
                    models.DateTimeField(help_text="The database server's time (UTC)."),
                ),
                (
                    "page",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.WAGTAIL_PAGE_MODEL,
                    ),
                ),
                (
                    "reviewed_version",
                    models.ForeignKey(
                        help_text="The approved state this withdrawal ended.",
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="withdrawals",
                        to="review.reviewedversion",
                    ),
                ),
                (
                    "withdrawn_by",
                    models.ForeignKey(
                        help_text="Who withdrew it, or for a scheduled expiry who set the expiry.",
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "ordering": ["withdrawn_at", "pk"],
            },
        ),
        migrations.RunPython(install, remove),
    ]
