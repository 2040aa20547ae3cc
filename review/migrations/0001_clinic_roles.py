"""Create the clinic's roles as groups with their admin and page permissions.

No group gets `publish_page` on the treatments section: articles go live only through a
completed medical review.
"""

from django.db import migrations

from review.roles import COMPLIANCE, MEDICAL_DIRECTORS, SITE_ADMINS, WRITERS
from review.seeding import create_missing_permissions, model_permissions

PAGE_PERMISSIONS = {
    WRITERS: ["add_page", "change_page"],
    MEDICAL_DIRECTORS: [],
    COMPLIANCE: [],
    SITE_ADMINS: [],
}

MODEL_PERMISSIONS = {
    SITE_ADMINS: [
        ("auth", "add_user"),
        ("auth", "change_user"),
        ("auth", "add_group"),
        ("auth", "change_group"),
        ("wagtailcore", "add_site"),
        ("wagtailcore", "change_site"),
    ],
}


def create_roles(apps, schema_editor):
    create_missing_permissions(apps)
    Group = apps.get_model("auth.Group")
    # Wagtail's sample Editors and Moderators groups may publish anywhere; the clinic's roles
    # replace them.
    Group.objects.filter(name__in=["Editors", "Moderators"]).delete()
    Permission = apps.get_model("auth.Permission")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    TreatmentIndexPage = apps.get_model("pages.TreatmentIndexPage")

    treatments = TreatmentIndexPage.objects.get(slug="treatments", depth=3)
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    for role, page_codenames in PAGE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.add(access_admin)
        group.permissions.add(*model_permissions(apps, MODEL_PERMISSIONS.get(role, [])))
        for codename in page_codenames:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page_id=treatments.pk,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )


def remove_roles(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name__in=list(PAGE_PERMISSIONS)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0002_clinic_tree"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
