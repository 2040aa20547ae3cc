"""Recomputing the sign-off chain: does every row still say what was signed?"""

import functools
import json
from dataclasses import dataclass

from django.db.models import TextField
from django.db.models.functions import Cast

from review.chain import GENESIS_HASH, HASHED_COLUMNS, row_hash
from review.fingerprint import canonical_json, fingerprint_of_encoded
from review.models import SignOff

ROWS_PER_FETCH = 2000


@dataclass(frozen=True)
class BrokenRow:
    sign_off_id: int
    signer_name: str
    signed_at: object
    check: str

    def __str__(self):
        when = self.signed_at.strftime("%Y-%m-%d %H:%M:%S UTC")
        return f"Sign-off {self.sign_off_id} by {self.signer_name} at {when}: {self.check}"


@dataclass(frozen=True)
class ChainReport:
    rows_checked: int
    last_hash: str
    broken: BrokenRow | None


def _first_failed_check(values, encoded, expected_previous):
    content_hash = fingerprint_of_encoded(
        values["statement"],
        values["claim_type"],
        encoded["references"],
        encoded["therapy_status"],
    )
    if content_hash != values["content_hash"]:
        return "content hash does not match the signed wording, references and therapy status"
    if values["previous_hash"] != expected_previous:
        return "previous hash does not match the row before it (a row was removed or inserted)"
    if row_hash(values, expected_previous, encoded) != values["row_hash"]:
        return "row hash does not match the row's content"
    return None


# The JSON columns are read as the database's text, then decoded and encoded canonically once
# per distinct text, not once per row: a clinic's sign-offs cite the same few references
# thousands of times. The decoded value is the one the model field would give.
JSON_COLUMNS = ("references", "therapy_status")


@functools.lru_cache(maxsize=4096)
def _decoded(text):
    value = None if text is None else json.loads(text)
    return value, canonical_json(value)


def _rows():
    as_text = {f"{name}_text": Cast(name, TextField()) for name in JSON_COLUMNS}
    plain = [name for name in HASHED_COLUMNS if name not in JSON_COLUMNS]
    rows = (
        SignOff.objects.order_by("pk")
        .annotate(**as_text)
        .values("pk", "previous_hash", "row_hash", *plain, *as_text)
        .iterator(chunk_size=ROWS_PER_FETCH)
    )
    for values in rows:
        encoded = {}
        for name in JSON_COLUMNS:
            values[name], encoded[name] = _decoded(values.pop(f"{name}_text"))
        yield values, encoded


def verify_chain():
    """Walk every sign-off in insertion order; stop at the first row that fails a check."""
    previous, count = GENESIS_HASH, 0
    for values, encoded in _rows():
        count += 1
        check = _first_failed_check(values, encoded, previous)
        if check:
            broken = BrokenRow(values["pk"], values["signer_name"], values["signed_at"], check)
            return ChainReport(count, previous, broken)
        previous = values["row_hash"]
    return ChainReport(count, previous, None)
