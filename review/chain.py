"""The hash chain that makes the sign-off table tamper-evident.

Each row's hash covers its own content and the previous row's hash (insertion order, that is
primary key order), so changing, removing or inserting a row anywhere but the end breaks every
link after it. The functions take plain values, not model instances, so the migration, the
`verify_signoffs` command and the bench can stream rows cheaply.
"""

import datetime
import functools
import hashlib

from review.fingerprint import canonical_json

GENESIS_HASH = "0" * 64

# The columns a row's hash covers, in the order they are serialised.
CHAINED_FIELDS = (
    "page_id",
    "revision_id",
    "task_state_id",
    "signing",
    "block_id",
    "statement",
    "claim_type",
    "references",
    "therapy_status",
    "content_hash",
    "decision",
    "reason",
    "meaning",
    "signer_id",
    "signer_name",
    "signer_credentials",
    "signed_at",
    "carried_over_from_id",
)

# Columns added after rows were first chained (the second factor used at signing, issue 13):
# a row's hash covers them whenever they hold a value, and leaves them out when empty, so rows
# signed before they existed keep the hashes they were given, and no row's hash is rewritten.
CHAINED_IF_SET = ("second_factor_type", "second_factor_device")

# Every column a verifier must read to recompute a row's hash.
HASHED_COLUMNS = (*CHAINED_FIELDS, *CHAINED_IF_SET)


def _canonical_value(name, value):
    if name == "signed_at":
        return value.astimezone(datetime.UTC).isoformat(timespec="microseconds")
    if name == "signing":
        return str(value)
    return value


def canonical_row(values, encoded=None):
    """The row as a canonical JSON string: same content, same string, on any database.

    `encoded` holds columns the caller has already encoded exactly so ({name: JSON}): the
    serve-time check has each claim's references encoded once for the whole article, and
    encoding them again for every sign-off was most of what checking its row cost.
    """
    record = {name: values[name] for name in CHAINED_FIELDS}
    for name in _CANONICALISED:
        record[name] = _canonical_value(name, record[name])
    record.update((name, values[name]) for name in CHAINED_IF_SET if values.get(name))
    if not encoded:
        return canonical_json(record)
    # The same string piece by piece: the keys in sorted order, each run of keys not given
    # encoded as one object whose braces are dropped.
    pieces = [
        f"{canonical_json(step)}:{encoded[step]}"
        if isinstance(step, str)
        else canonical_json({name: record[name] for name in step})[1:-1]
        for step in _pieces_of(tuple(record), tuple(encoded))
    ]
    return "{" + ",".join(pieces) + "}"


_CANONICALISED = ("signed_at", "signing")


@functools.cache
def _pieces_of(names, encoded_names):
    """The keys in sorted order: each one given encoded on its own, the runs between as tuples.

    Every row of a page has the same columns, so the order is worked out once.
    """
    pieces, run = [], []
    for name in sorted(names):
        if name in encoded_names:
            if run:
                pieces.append(tuple(run))
                run = []
            pieces.append(name)
        else:
            run.append(name)
    if run:
        pieces.append(tuple(run))
    return tuple(pieces)


def row_hash(values, previous_hash, encoded=None):
    row = canonical_row(values, encoded)
    return hashlib.sha256(f"{previous_hash}\n{row}".encode()).hexdigest()
