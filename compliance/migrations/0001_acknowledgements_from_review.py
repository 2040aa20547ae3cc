"""ComplianceAcknowledgement moves here from the review app, keeping its table and its rows.

Only Django's record of the model moves; the database is not touched.
"""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


def move_content_type(apps, schema_editor):
    # Permissions and log entries name the model through its content type: move it, not copy.
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="review", model="complianceacknowledgement").update(
        app_label="compliance"
    )


def move_content_type_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="compliance", model="complianceacknowledgement").update(
        app_label="review"
    )


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("review", "0009_reviewed_version_append_only"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="ComplianceAcknowledgement",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("rule_id", models.CharField(max_length=64)),
                        (
                            "block_id",
                            models.CharField(
                                blank=True, help_text="Blank: the whole article.", max_length=64
                            ),
                        ),
                        (
                            "block_label",
                            models.CharField(help_text="Where the writer saw it.", max_length=255),
                        ),
                        (
                            "excerpt",
                            models.TextField(
                                blank=True, help_text="The flagged words, as they stood."
                            ),
                        ),
                        ("message", models.TextField(help_text="What the check told the writer.")),
                        ("reason", models.TextField(help_text="Why the writer kept it.")),
                        (
                            "acknowledged_at",
                            models.DateTimeField(default=django.utils.timezone.now),
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
                            "revision",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="compliance_acknowledgements",
                                to="wagtailcore.revision",
                            ),
                        ),
                        (
                            "user",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="compliance_acknowledgements",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "db_table": "review_complianceacknowledgement",
                        "ordering": ["acknowledged_at", "pk"],
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("revision", "rule_id", "block_id"),
                                name="one_acknowledgement_per_warning",
                            )
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_type, move_content_type_back),
    ]
