"""Sign-off exports for auditors, written row by row so any size streams in constant memory."""

import csv
import datetime
import json

from django import forms
from django.contrib.auth import get_user_model
from django.core.serializers.json import DjangoJSONEncoder

from wagtail.models import Page

from review.models import SignOff

ROWS_PER_FETCH = 2000

COLUMNS = (
    "id",
    "signed_at",
    "page_id",
    "page__title",
    "revision_id",
    "task_state_id",
    "signing",
    "block_id",
    "decision",
    "meaning",
    "reason",
    "signer_id",
    "signer_name",
    "signer_credentials",
    "second_factor_type",
    "second_factor_device",
    "statement",
    "claim_type",
    "references",
    "therapy_status",
    "content_hash",
    "carried_over_from_id",
    "previous_hash",
    "row_hash",
)
HEADINGS = tuple(column.replace("page__title", "article_title") for column in COLUMNS)


class SignerChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.get_full_name() or obj.get_username()


class ExportFilter(forms.Form):
    # Only articles and people that appear in the record: nothing else can filter anything.
    article = forms.ModelChoiceField(
        queryset=Page.objects.filter(pk__in=SignOff.objects.values("page_id")).order_by("title"),
        required=False,
        empty_label="Every article",
    )
    signer = SignerChoiceField(
        queryset=get_user_model()
        .objects.filter(pk__in=SignOff.objects.values("signer_id"))
        .order_by("last_name", "first_name"),
        required=False,
        empty_label="Every signer",
    )
    signed_from = forms.DateField(required=False, help_text="UTC date, inclusive")
    signed_to = forms.DateField(required=False, help_text="UTC date, inclusive")

    def sign_offs(self):
        rows = SignOff.objects.order_by("pk")
        data = self.cleaned_data
        if data.get("article"):
            rows = rows.filter(page_id=data["article"].pk)
        if data.get("signer"):
            rows = rows.filter(signer_id=data["signer"].pk)
        if data.get("signed_from"):
            rows = rows.filter(signed_at__gte=_start_of(data["signed_from"]))
        if data.get("signed_to"):
            rows = rows.filter(
                signed_at__lt=_start_of(data["signed_to"]) + datetime.timedelta(days=1)
            )
        return rows


def _start_of(day):
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=datetime.UTC)


def _rows(sign_offs):
    return sign_offs.values_list(*COLUMNS).iterator(chunk_size=ROWS_PER_FETCH)


class _Line:
    """A file-like object csv.writer writes into, handing back each line it wrote."""

    def write(self, text):
        return text


# A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(...) can send
# the sheet's data away). OWASP's advice: start such a cell with an apostrophe, which makes it
# text. Only the CSV needs this; the JSON export keeps every value exactly as signed.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(text):
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def _csv_cell(value):
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.UTC).isoformat()
    if isinstance(value, list | dict):
        return neutralised(json.dumps(value, sort_keys=True, ensure_ascii=False))
    if isinstance(value, str):
        return neutralised(value)
    return "" if value is None else value


def csv_lines(sign_offs):
    writer = csv.writer(_Line())
    yield writer.writerow(HEADINGS)
    for row in _rows(sign_offs):
        yield writer.writerow([_csv_cell(value) for value in row])


def json_chunks(sign_offs):
    """A JSON array of objects, one object per chunk, so nothing is held but the current row."""
    yield "[\n"
    separator = ""
    for row in _rows(sign_offs):
        record = dict(zip(HEADINGS, row, strict=True))
        yield separator + json.dumps(record, cls=DjangoJSONEncoder, ensure_ascii=False)
        separator = ",\n"
    yield "\n]\n"
