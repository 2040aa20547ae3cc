"""Helpers for data migrations that seed the clinic's roles and their permissions."""


def create_missing_permissions(apps):
    # Django creates permissions after all migrations have run; data migrations need them now.
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def model_permissions(apps, pairs):
    Permission = apps.get_model("auth.Permission")
    return [
        Permission.objects.get(content_type__app_label=app_label, codename=codename)
        for app_label, codename in pairs
    ]
