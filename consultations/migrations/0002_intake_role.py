"""The Intake role: the only group that reads consultation requests. It may use the admin and
holds no page or model permission; the consultations app's own views check membership."""

from django.db import migrations

from identity.roles import INTAKE


def create_intake(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    group, _ = Group.objects.get_or_create(name=INTAKE)
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )


def remove_intake(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name=INTAKE).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_intake, remove_intake)]
