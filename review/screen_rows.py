"""What the review screen prints for each claim, worked out once per screen rather than per row.

A long article repeats the same few studies, sign-off dates and sections hundreds of times;
drawing each anew through the template was most of a 500-claim screen's time. These are the
strings and fragments each claim's section prints (review/screen_markup.py).
"""

from django.template.defaultfilters import date as format_date
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator, capfirst

from wagtail.rich_text import expand_db_html


class _Once(dict):
    """Each value worked out the first time its key is asked for."""

    def __init__(self, work_out):
        super().__init__()
        self._work_out = work_out

    def __missing__(self, key):
        value = self[key] = self._work_out(key)
        return value


def _cited_study(reference):
    return render_to_string("review/cited_study.html", {"reference": reference})


def _signed_on(signed_at):
    return format_date(timezone.localtime(signed_at), "j M Y, H:i")


def _kind_and_place(kind_and_section):
    claim_type, section_label = kind_and_section
    return f"Type: {capfirst(claim_type)} · In {section_label}"


def prepare_rows(rows):
    """Give each row of `claims_under_review` the text the review screen prints for it."""
    studies = _Once(_cited_study)
    dates = _Once(_signed_on)
    kinds = _Once(_kind_and_place)
    for row in rows:
        claim = row.claim
        row.cited_studies = mark_safe(  # noqa: S308 - each study escaped by its template
            "".join(studies[reference] for reference in claim.references)
        )
        # As Wagtail's |richtext draws it (its template prints the expanded HTML as it is),
        # without a template render per claim.
        row.statement_html = mark_safe(expand_db_html(claim.statement))  # noqa: S308
        row.first_words = Truncator(strip_tags(claim.statement)).words(12, truncate=" …")
        row.kind_and_place = kinds[(claim.claim_type, claim.section_label)]
        row.signed_on = dates[row.last_signed.signed_at] if row.last_signed else ""
