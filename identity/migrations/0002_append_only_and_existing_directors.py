"""Appointment records are append-only (a PostgreSQL trigger, as on sign-offs), and every
director already in place gets a request Compliance must confirm before they sign again."""

import datetime

from django.db import migrations

TABLES = (
    "identity_appointmentrequest",
    "identity_appointmentconfirmation",
    "identity_appointmentremoval",
)

FUNCTION_SQL = """
CREATE OR REPLACE FUNCTION identity_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Appointment records are append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;
"""
TRIGGER_SQL = """
CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table}
    FOR EACH ROW EXECUTE FUNCTION identity_refuse_change();
"""


def install(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FUNCTION_SQL, params=None)
        for table in TABLES:
            schema_editor.execute(TRIGGER_SQL.format(table=table), params=None)


def remove(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for table in TABLES:
            schema_editor.execute(
                f"DROP TRIGGER IF EXISTS {table}_append_only ON {table};", params=None
            )
        schema_editor.execute("DROP FUNCTION IF EXISTS identity_refuse_change();", params=None)


def request_existing_appointments(apps, schema_editor):
    User = apps.get_model("auth", "User")
    ReviewerProfile = apps.get_model("review", "ReviewerProfile")
    AppointmentRequest = apps.get_model("identity", "AppointmentRequest")
    for user in User.objects.filter(groups__name="Medical directors"):
        AppointmentRequest.objects.create(appointee=user, kind="role", details={})
    for profile in ReviewerProfile.objects.all():
        details = {}
        for name in ("licence_state", "licence_number", "licence_verified_on"):
            value = getattr(profile, name)
            details[name] = value.isoformat() if isinstance(value, datetime.date) else str(value)
        AppointmentRequest.objects.create(
            appointee_id=profile.user_id, kind="licence", details=details
        )


class Migration(migrations.Migration):
    dependencies = [
        ("identity", "0001_appointments"),
        ("review", "0010_compliance_acknowledgement_moves_out"),
    ]

    operations = [
        migrations.RunPython(request_existing_appointments, migrations.RunPython.noop),
        migrations.RunPython(install, remove),
    ]
