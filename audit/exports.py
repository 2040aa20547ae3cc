"""Sign-off exports for auditors, written row by row so any size streams in constant memory."""

import csv
import datetime
import functools
import json

from django import forms
from django.contrib.auth import get_user_model
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import CharField, DateTimeField, TextField
from django.db.models.functions import Cast

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


def _text_cell(text):
    return "" if text is None else neutralised(text)


def _time_cell(moment):
    return moment.astimezone(datetime.UTC).isoformat()


# The CSV's JSON columns, read as the database's text and turned into their cell once per
# distinct text rather than once per row: the same few references recur on thousands of rows.
CSV_JSON_COLUMNS = ("references", "therapy_status")


@functools.lru_cache(maxsize=4096)
def _json_cell(text):
    value = None if text is None else json.loads(text)
    if isinstance(value, list | dict):
        return neutralised(json.dumps(value, sort_keys=True, ensure_ascii=False))
    if isinstance(value, str):
        return neutralised(value)
    return "" if value is None else value


def _column_field(column):
    *relations, name = column.split("__")
    model = SignOff
    for relation in relations:
        model = model._meta.get_field(relation).related_model
    return model._meta.get_field(name)


def _cell_of(column):
    """How a column's values become cells, chosen once per export rather than once per value.
    None: numbers and UUIDs, which the CSV writer writes as they are (and None as empty)."""
    if column in CSV_JSON_COLUMNS:
        return _json_cell
    field = _column_field(column)
    if isinstance(field, DateTimeField):
        return _time_cell
    if isinstance(field, CharField | TextField):
        return _text_cell
    return None


def _csv_rows(sign_offs):
    as_text = {f"{name}_text": Cast(name, TextField()) for name in CSV_JSON_COLUMNS}
    columns = [f"{name}_text" if name in CSV_JSON_COLUMNS else name for name in COLUMNS]
    return sign_offs.annotate(**as_text).values_list(*columns).iterator(chunk_size=ROWS_PER_FETCH)


def csv_lines(sign_offs):
    writer = csv.writer(_Line())
    cells = [_cell_of(column) for column in COLUMNS]
    as_they_are = [cell is None for cell in cells]
    yield writer.writerow(HEADINGS)
    for row in _csv_rows(sign_offs):
        yield writer.writerow(
            [
                value if plain else cell(value)
                for cell, plain, value in zip(cells, as_they_are, row, strict=True)
            ]
        )


def json_chunks(sign_offs):
    """A JSON array of objects, one object per chunk, so nothing is held but the current row."""
    yield "[\n"
    separator = ""
    for row in _rows(sign_offs):
        record = dict(zip(HEADINGS, row, strict=True))
        yield separator + json.dumps(record, cls=DjangoJSONEncoder, ensure_ascii=False)
        separator = ",\n"
    yield "\n]\n"
