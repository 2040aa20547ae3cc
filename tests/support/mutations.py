"""Seeded mutations of a real editor POST, for the fuzz test of the article editor.

Each mutation changes one or two fields of the form the editor sends, the way a broken browser
extension, a hand-edited request or an attacker would: structural fields (`-count`, `-order`,
`-deleted`, `-type`, `-id`), rich-text JSON, snippet ids and plain text.
"""

import json
import random
import re
from dataclasses import dataclass, field

DEEP = 5000


def _deep_json(depth=DEEP):
    return "[" * depth + "]" * depth


def _contentstate(text):
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "a1b2c",
                    "type": "unstyled",
                    "depth": 0,
                    "text": text,
                    "inlineStyleRanges": [],
                    "entityRanges": [],
                }
            ],
            "entityMap": {},
        }
    )


NUMBERS = ["", "-1", "-7", "abc", "1.5", "1e3", " 2", "٣", "99999999999999999999", "0x1"]
TYPES = ["", "nonsense", "claim", "text", "heading", "benefits", "image", "item", "__class__"]
IDS = ["", "a.b", "../../x", "x" * 300, "<script>", "not-a-uuid", "body-0", "1"]
DELETED = ["1", "on", "false", "0", ""]
RICH_TEXT = [
    _deep_json(),
    _deep_json(60),
    "{",
    "[]",
    "null",
    "5",
    '{"blocks": 5}',
    '{"blocks": [{"text": 5}], "entityMap": {}}',
    '{"blocks": [{"text": "x", "entityRanges": [{"offset": 0, "length": 1, "key": 9}]}]}',
    _contentstate("ok\u0000nul"),
    _contentstate("lone \ud800 surrogate"),
    '{"blocks": [{"text": "\\ud800", "type": "unstyled", "depth": 0, "inlineStyleRanges": [],'
    ' "entityRanges": []}], "entityMap": {}}',
    _contentstate("x" * 20),
]
SNIPPET_IDS = ["abc", "-1", "1.5", "99999999999999999999", "9999999", "1 OR 1=1", "[1]"]
TEXT = ["nul\u0000byte", "\ufffd", "a" * 5000, "=HYPERLINK(1)", "\u202eevil", ""]


@dataclass
class Mutation:
    description: str
    data: dict
    #: Keys whose `-deleted` was set to something truthy: blocks under them may go.
    deleted_prefixes: list = field(default_factory=list)


def _kind(key):
    for suffix in ("count", "order", "deleted", "type", "id"):
        if key.endswith(f"-{suffix}"):
            return suffix
    return "value"


def _choices_for(key, value, form):
    kind = _kind(key)
    if kind == "count":
        number = int(value)
        return [*NUMBERS, str(number + 1), str(number - 1), str(number + 50)]
    if kind == "order":
        return NUMBERS
    if kind == "deleted":
        return DELETED
    if kind == "type":
        return TYPES
    if kind == "id":
        return [*IDS, *(v for k, v in form.items() if k.endswith("-id") and k != key)][:14]
    if re.search(r"references-\d+-value$", key):
        return SNIPPET_IDS
    if isinstance(value, str) and value.startswith('{"blocks"'):
        return RICH_TEXT
    return TEXT


def mutations(form, *, count, seed):
    """`count` mutated copies of `form` (a flat POST dict), the same ones for the same seed."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
    keys = sorted(form)
    found = []
    while len(found) < count:
        data = dict(form)
        changes = []
        deleted = []
        for _ in range(rng.choice((1, 1, 1, 2))):
            key = rng.choice(keys)
            operation = rng.random()
            if operation < 0.12:
                data.pop(key, None)
                changes.append(f"drop {key}")
                continue
            if operation < 0.18:
                stray = re.sub(r"-\d+-", "-97-", key, count=1)
                data[stray] = form[key]
                changes.append(f"stray {stray}")
                continue
            new = rng.choice(_choices_for(key, form[key], form))
            data[key] = new
            changes.append(f"{key}={new[:40]!r}")
            if _kind(key) == "deleted" and new not in ("", None):
                deleted.append(key.removesuffix("-deleted"))
        found.append(Mutation("; ".join(changes), data, deleted))
    return found


def claim_ids_kept(form, mutation):
    """The claim ids a save of `mutation` must keep: all the form's, less any it deleted."""
    kept = set()
    for key in form:
        if not re.search(r"-value-statement$", key):
            continue
        prefix = key.removesuffix("-value-statement")
        if any(prefix == p or prefix.startswith(f"{p}-") for p in mutation.deleted_prefixes):
            continue
        kept.add(form[f"{prefix}-id"])
    return kept
