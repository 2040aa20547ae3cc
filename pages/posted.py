"""What the page editor may post: StreamField form data of the right shape, checked before Wagtail.

Wagtail's editor sends a StreamField as flat form fields (`body-count`, `body-0-type`,
`body-0-value-...`, `body-0-order`, `body-0-deleted`, `body-0-id`). Wagtail trusts that shape:
a missing or non-numeric field raises (a 500), an unknown block type or a `-count` that is too
small silently drops blocks, and a missing id gives a signed claim a new identity. Here the post
is walked against the page's block definitions and refused, naming the field, unless every
block is there, whole, and named by a UUID. cms.middleware turns the refusal into a 400 page.
"""

import json
import re
from collections import defaultdict

from django.db import models
from django.forms import CheckboxInput

from wagtail import blocks
from wagtail.fields import StreamField

from pages.limits import ARTICLE_MAX_CHARS, BLOCKS_MAX, RICH_TEXT_JSON_OVERHEAD

UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
DIGITS = re.compile(r"^[0-9]{1,18}$")  # ASCII only: int() would also read "٣" as 3
_INDEX = re.compile(r"-([0-9]+)-")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# Draftail's contentstate is a few levels deep; thousands of levels only exhaust the stack.
MAX_JSON_DEPTH = 32
# What Wagtail's rich-text converter raises on contentstate it cannot read.
_UNREADABLE = (ValueError, TypeError, KeyError, AttributeError, IndexError, RecursionError)


class MalformedPost(Exception):
    """The post cannot be read as the editor's form; `field` names where, `problem` says what."""

    def __init__(self, field, problem):
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")


def check_page_post(page_class, data):
    """Raise MalformedPost unless `data` (a QueryDict) holds every StreamField of the page whole."""
    check_characters(data)
    for field in page_class._meta.get_fields():
        if isinstance(field, StreamField):
            _PostedStream(data, field.name).check(field.stream_block)
        elif (
            isinstance(field, models.ForeignKey)
            and data.get(field.name)
            and not DIGITS.match(data[field.name])
        ):
            # Wagtail's chooser widgets redisplay a refused form by looking the id up: a 500.
            raise MalformedPost(field.name, "is not the id of a chosen item.")


def check_characters(data):
    """NUL, lone surrogates and U+FFFD (what invalid UTF-8 decodes to) in any posted value."""
    for key, values in data.lists():
        for value in values:
            problem = character_problem(value)
            if problem:
                raise MalformedPost(key, problem)


def character_problem(text):
    if "\x00" in text:
        return "contains a NUL character (U+0000). Remove it and save again."
    if "\ufffd" in text:
        return (
            "contains U+FFFD, the replacement character left by text that was not valid "
            "UTF-8. Retype that text and save again."
        )
    if _LONE_SURROGATE.search(text):  # every posted character: one C scan, not a Python loop
        return "contains a lone surrogate, which is not a character. Retype that text."
    return None


class _PostedStream:
    def __init__(self, data, name):
        self.data = data
        self.name = name
        self.ids = set()  # stream children's ids
        self.list_ids = set()  # list items' ids, which may repeat among themselves
        self.blocks = 0
        self.characters = 0
        # Every "<prefix>-<n>-" in the post, so blocks posted beyond a `-count` are noticed.
        self.indices = defaultdict(set)
        for key in data:
            if key == name or key.startswith(f"{name}-"):
                for match in _INDEX.finditer(key):
                    self.indices[key[: match.start()]].add(int(match.group(1)))

    def check(self, block):
        if f"{self.name}-count" not in self.data:
            raise MalformedPost(self.name, "is missing from the post.")
        self._block(block, self.name)

    def _get(self, key):
        if key not in self.data:
            raise MalformedPost(key, "is missing from the post.")
        return self.data[key]

    def _block(self, block, prefix):
        if isinstance(block, blocks.StreamBlock):
            self._sequence(block, prefix, typed=True)
        elif isinstance(block, blocks.ListBlock):
            self._sequence(block, prefix, typed=False)
        elif isinstance(block, blocks.StructBlock):
            for name, child in block.child_blocks.items():
                self._block(child, f"{prefix}-{name}")
        elif isinstance(block, blocks.ChooserBlock):
            value = self._get(prefix)
            if value and not DIGITS.match(value):
                raise MalformedPost(prefix, f"“{value[:40]}” is not the id of a chosen item.")
        elif isinstance(block, blocks.RichTextBlock):
            self._rich_text(block, prefix)
        elif isinstance(block, blocks.FieldBlock):
            widget = block.field.widget
            if not isinstance(widget, CheckboxInput) and widget.value_omitted_from_data(
                self.data, {}, prefix
            ):
                raise MalformedPost(prefix, "is missing from the post.")
            self._count_characters(prefix, self.data.get(prefix, ""))

    def _sequence(self, block, prefix, *, typed):
        count = self._number(f"{prefix}-count")
        if count > BLOCKS_MAX:
            raise MalformedPost(
                f"{prefix}-count", f"{count:,} blocks; an article may have {BLOCKS_MAX:,}."
            )
        beyond = [index for index in self.indices.get(prefix, ()) if index >= count]
        if beyond:
            raise MalformedPost(
                f"{prefix}-{min(beyond)}",
                f"is posted beyond {prefix}-count ({count}); it would be dropped unsaved.",
            )
        orders = set()
        for index in range(count):
            at = f"{prefix}-{index}"
            deleted = self._get(f"{at}-deleted")
            if deleted not in ("", "1"):
                raise MalformedPost(f"{at}-deleted", "must be empty or 1.")
            if deleted:
                continue
            self.blocks += typed  # a claim's list of references is one block, not many
            if self.blocks > BLOCKS_MAX:
                raise MalformedPost(at, f"more than {BLOCKS_MAX:,} blocks in the article.")
            order = self._number(f"{at}-order")
            if order >= count or order in orders:
                raise MalformedPost(f"{at}-order", "does not give the block a place of its own.")
            orders.add(order)
            block_id = self._get(f"{at}-id")
            if (typed or block_id) and not UUID.match(block_id):
                raise MalformedPost(f"{at}-id", "is not a block id (a UUID).")
            # A stream child's id is its identity (a claim's sign-offs name it), so it must be
            # unique. A list item's is not: Wagtail's editor gives the empty reference slot of
            # every new claim the same id, and the list is saved as part of its claim.
            key = block_id.lower()
            if key in self.ids or (typed and key in self.list_ids):
                raise MalformedPost(f"{at}-id", f"repeats another block's id {block_id}.")
            (self.ids if typed else self.list_ids).add(key)
            if typed:
                block_type = self._get(f"{at}-type")
                if block_type not in block.child_blocks:
                    raise MalformedPost(
                        f"{at}-type", f"“{block_type[:40]}” is not a kind of block here."
                    )
                child = block.child_blocks[block_type]
            else:
                child = block.child_block
            self._block(child, f"{at}-value")

    def _number(self, key):
        value = self._get(key)
        if not DIGITS.match(value):
            raise MalformedPost(key, f"“{value[:40]}” is not a whole number of 0 or more.")
        return int(value)

    def _rich_text(self, block, prefix):
        raw = self._get(prefix)  # an empty editor posts "null"
        limit = getattr(block, "max_length", None) or ARTICLE_MAX_CHARS
        if len(raw) > limit * RICH_TEXT_JSON_OVERHEAD + 10_000:
            raise MalformedPost(prefix, f"is far longer than the {limit:,} characters it may hold.")
        if json_depth(raw) > MAX_JSON_DEPTH:
            raise MalformedPost(prefix, "is nested too deeply to be rich text.")
        try:
            state = json.loads(raw)
        except ValueError:
            raise MalformedPost(prefix, "is not rich text the editor wrote.") from None
        texts = list(_strings(state))
        for text in texts:
            problem = character_problem(text)
            if problem:
                raise MalformedPost(prefix, problem)
        try:
            value = block.value_from_datadict(self.data, {}, prefix)
        except _UNREADABLE:
            raise MalformedPost(prefix, "is not rich text the editor wrote.") from None
        self._count_characters(prefix, value.source if value else "")

    def _count_characters(self, prefix, text):
        # Each block's own limit is a form error on that block (pages/blocks); this is the
        # article's, which no single block reaches.
        self.characters += len(text)
        if self.characters > ARTICLE_MAX_CHARS:
            raise MalformedPost(
                prefix,
                f"the article passes {ARTICLE_MAX_CHARS:,} characters here. Split it into "
                "several articles.",
            )


_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


def json_depth(raw):
    """How deeply brackets nest in JSON text, without parsing it (strings skipped)."""
    depth = deepest = 0
    for char in _NOT_BRACKET.sub("", _JSON_STRING.sub("", raw)):
        depth += 1 if char in "[{" else -1
        deepest = max(deepest, depth)
    return deepest


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
