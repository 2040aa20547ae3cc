"""Intake's CSV of requests. Cells that a spreadsheet would run as a formula are defused."""

import csv
import io

from consultations.models import ConsultationRequest

COLUMNS = (
    ("Reference", lambda r: r.pk),
    ("Received (UTC)", lambda r: r.received_at.isoformat(timespec="minutes")),
    ("Status", lambda r: r.get_status_display()),
    ("Name", lambda r: r.name),
    ("Phone", lambda r: r.phone),
    ("Email", lambda r: r.email),
    ("Treatment", lambda r: r.treatment),
    ("Preferred location", lambda r: r.preferred_location),
    ("Time of day", lambda r: r.get_time_of_day_display()),
    ("Message", lambda r: r.message),
    ("Assigned to", lambda r: r.assigned_to.get_full_name() if r.assigned_to else ""),
    ("Notes", lambda r: r.notes),
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value):
    text = str(value)
    # https://owasp.org/www-community/attacks/CSV_Injection
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def requests_csv():
    """The CSV text and how many requests it holds."""
    rows = ConsultationRequest.objects.select_related("assigned_to")
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([title for title, _ in COLUMNS])
    count = 0
    for consultation in rows:
        writer.writerow([_cell(value(consultation)) for _, value in COLUMNS])
        count += 1
    return out.getvalue(), count
