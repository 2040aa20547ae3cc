"""Sign-offs of claims kept outside any page (the claims library) have no page.

Only the column's NOT NULL goes: no row changes, so every row hash and the chain stay as they
were, and the append-only trigger (0006) is untouched.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("review", "0013_image_fingerprints"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name="signoff",
            name="page",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to=settings.WAGTAIL_PAGE_MODEL,
            ),
        ),
    ]
