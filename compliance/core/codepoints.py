"""Characters that make what a director signs differ from what a patient reads.

The wording rules fold these away so that disguised wording still matches (normalise.py); these
tests report the characters themselves, named by code point, so that nobody signs text that
displays differently from how it is stored:

- bidirectional controls, which reorder how text displays ("U+202E right-to-left override");
- invisible characters, which render as nothing but split or join words (zero-width space, soft
  hyphen, word joiner, ...);
- look-alikes: a word mixing Latin letters or digits with Cyrillic or Greek letters that look
  like them ("1О mg" with a Cyrillic О), and full-width or mathematical letters and digits.

Each test looks at the raw text of the title, summary, claims and text blocks, entities decoded.
"""

import html
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from .article import ArticleInput
from .passages import SUMMARY_BLOCK_ID, Passage
from .rule import Hit

TITLE_BLOCK_ID = "title"  # the title is a field, not a block; findings on it use this id

BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
INVISIBLE = frozenset(
    "\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u2060\u2061\u2062\u2063"
    "\u2064\u3164\ufeff\uffa0"
)
_HIDDEN = BIDI_CONTROLS | INVISIBLE
# Greek letters that pass for Latin ones. Those science writes beside Latin (α, β, γ, δ, ε, κ,
# μ as in "5α-reductase", "NF-κB", "APOE ε4", "μg") are left out: they read as themselves.
_GREEK_LOOK_ALIKES = frozenset("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧοιρνυ")
_WORD = re.compile(r"[^\W_]+(?:[\u0300-\u036f]+[^\W_]*)*")
_TAG = re.compile(r"<[^<>]*>")
MAX_LISTED = 5  # code points named per block; more are summed up


def _texts(article: ArticleInput) -> Iterator[tuple[str, str]]:
    if article.title:
        yield TITLE_BLOCK_ID, article.title
    if article.summary:
        yield SUMMARY_BLOCK_ID, article.summary
    for claim in article.claims:
        yield claim.block_id, claim.text
    for text in article.texts:
        yield text.block_id, text.text


def _plain(raw: str) -> str:
    return html.unescape(_TAG.sub(" ", raw))


def code_point_name(char: str) -> str:
    """ "U+202E right-to-left override" """
    return f"U+{ord(char):04X} {unicodedata.name(char, 'unnamed character').lower()}"


def _where(text: str, position: int) -> str:
    words = "".join(c for c in text[:position] if c.isprintable()).split()[-3:]
    before = " ".join(words)[-30:]
    return f"after “{before}”" if before else "at the start"


def _shown(text: str, start: int, end: int, marked) -> str:
    """The writer's words around start:end, each marked character shown by its code point."""
    words = "".join(
        f"[U+{ord(c):04X}]" if marked(c) or c in _HIDDEN else c for c in text[start:end]
    )
    return " ".join(words.split())


def _listed(names: list[str], total: int) -> str:
    shown = "; ".join(names[:MAX_LISTED])
    if total > MAX_LISTED:
        shown += f"; and {total - MAX_LISTED} more"
    return f" Found: {shown}."


def _pattern(characters: frozenset) -> re.Pattern[str]:
    return re.compile("[" + "".join(sorted(characters)) + "]")


_FINDERS = {}


def _characters(article: ArticleInput, wanted: frozenset) -> Iterator[Hit]:
    finder = _FINDERS.setdefault(wanted, _pattern(wanted))
    for block_id, raw in _texts(article):
        text = _plain(raw)
        found = [(m.start(), m.group()) for m in finder.finditer(text)]
        if not found:
            continue
        first = found[0][0]
        excerpt = _shown(text, max(0, first - 20), first + 20, wanted.__contains__)
        names = [f"{code_point_name(c)} {_where(text, i)}" for i, c in found[:MAX_LISTED]]
        yield Hit(block_id, excerpt, first, _listed(names, len(found)))


def bidi_controls(article: ArticleInput, _: list[Passage]) -> Iterator[Hit]:
    return _characters(article, BIDI_CONTROLS)


def invisible_characters(article: ArticleInput, _: list[Passage]) -> Iterator[Hit]:
    return _characters(article, INVISIBLE)


@lru_cache(maxsize=4096)
def _script(char: str) -> str:
    if "0" <= char <= "9":
        return "digit"
    if "\uff01" <= char <= "\uff5e":
        return "full-width"
    if "\U0001d400" <= char <= "\U0001d7ff":
        return "mathematical"
    name = unicodedata.name(char, "")
    for script in ("LATIN", "CYRILLIC", "GREEK"):
        if name.startswith(script):
            return script.lower()
    return "other"


@lru_cache(maxsize=4096)
def _look_alikes(word: str) -> tuple[str, ...]:
    """The characters in `word` that pass for letters or digits of another script."""
    scripts = {_script(c) for c in word if not unicodedata.combining(c)}
    suspects = [c for c in word if _script(c) in ("full-width", "mathematical")]
    if scripts & {"latin", "digit"}:
        suspects += [
            c
            for c in word
            if _script(c) == "cyrillic" or (_script(c) == "greek" and c in _GREEK_LOOK_ALIKES)
        ]
    return tuple(dict.fromkeys(suspects))


def mixed_script_words(article: ArticleInput, _: list[Passage]) -> Iterator[Hit]:
    for block_id, raw in _texts(article):
        text = _plain(raw)
        names = []
        found = 0
        first = None
        excerpt = ""
        if text.isascii():
            continue  # the common case, and one no look-alike can be in
        for match in _WORD.finditer(text):
            if match.group().isascii():
                continue
            suspects = _look_alikes(match.group())
            if not suspects:
                continue
            if first is None:
                first = match.start()
                excerpt = _shown(text, match.start(), match.end(), suspects.__contains__)
            found += len(suspects)
            if len(names) < MAX_LISTED:
                names += [f"{code_point_name(c)} in “{match.group()[:30]}”" for c in suspects]
        if names:
            yield Hit(block_id, excerpt, first, _listed(names, found))
