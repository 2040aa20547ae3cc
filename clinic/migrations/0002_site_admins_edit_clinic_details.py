"""Site admins keep the clinic's details (name, phone, crisis line, logo) up to date."""

from django.db import migrations

from identity.roles import SITE_ADMINS
from review.seeding import create_missing_permissions, model_permissions

PERMISSIONS = [("clinic", "change_clinicsettings"), ("clinic", "view_clinicsettings")]


def grant(apps, schema_editor):
    create_missing_permissions(apps)
    group = apps.get_model("auth.Group").objects.get(name=SITE_ADMINS)
    group.permissions.add(*model_permissions(apps, PERMISSIONS))


def revoke(apps, schema_editor):
    group = apps.get_model("auth.Group").objects.get(name=SITE_ADMINS)
    group.permissions.remove(*model_permissions(apps, PERMISSIONS))


class Migration(migrations.Migration):
    dependencies = [
        ("clinic", "0001_initial"),
        ("review", "0001_clinic_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
