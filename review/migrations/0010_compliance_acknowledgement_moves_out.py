"""ComplianceAcknowledgement now belongs to the compliance app; its table stays as it is."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("review", "0009_reviewed_version_append_only"),
        ("compliance", "0001_acknowledgements_from_review"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="ComplianceAcknowledgement")],
            database_operations=[],
        ),
    ]
