"""Turn what a writer typed into text the rules can match, without being fooled by disguises.

Two versions of every passage are kept:
- `readable`: tags stripped, entities decoded, invisible characters dropped, spaces collapsed.
  This is what the writer sees, so excerpts are cut from it.
- `text`: `readable` folded further (compatibility forms, accents, look-alike letters, dashes,
  case) so that "Ｃ<b>u</b>rе" and "cure" compare equal. Rules match on this.
`to_readable[i]` is the position in `readable` that character `i` of `text` came from.
"""

import html
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .confusables import LOOK_ALIKES

# Tags that end a line or a box on the page: a word cannot run across them.
_BREAKING_TAGS = (
    "p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|article|hr|dd|dt|figcaption"
)
_BREAKING_TAG = re.compile(rf"</?(?:{_BREAKING_TAGS})\b[^<>]*>", re.IGNORECASE)
# Any other tag (b, i, a, span, strong…) can sit inside a word: "gu<b>aran</b>teed".
# Requiring a letter after "<" leaves "< 5% of people" alone.
_INLINE_TAG = re.compile(r"<!--.*?-->|</?[a-zA-Z][^<>]*>", re.DOTALL)

# Characters that render as nothing but break up a word.
_INVISIBLE = dict.fromkeys(
    map(
        ord,
        "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
        "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068"
        "\u2069\u3164\ufeff\uffa0",
    )
)
_SPACES = re.compile(r"\s+")

# Letters from other scripts that look like Latin ones. NFKD does not fold these, and
# lowercasing happens first, so only lowercase forms are needed.
_LOOK_ALIKES = str.maketrans(
    {
        # Cyrillic
        "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
        "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j",
        "ѕ": "s", "ԁ": "d", "һ": "h", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ɡ": "g",
        # Greek
        "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
        "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "μ": "u", "ϲ": "c", "ϳ": "j",
        # Latin variants and typographic quotes
        "ı": "i", "ȷ": "j", "ł": "l", "ø": "o", "ß": "ss",
        "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "`": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"',
    }
)  # fmt: skip

# Every dash and minus becomes "-", so "risk—free" and "risk‑free" read as "risk-free".
_DASHES = re.compile(r"[\u2010-\u2015\u2212\u2043\u2e3a\u2e3b\ufe58\ufe63\uff0d]")


@dataclass(frozen=True)
class Normalised:
    text: str
    readable: str
    to_readable: tuple[int, ...]

    def excerpt(self, start: int, end: int) -> str:
        """The writer's own words for text[start:end]."""
        if start >= end:
            return ""
        return self.readable[self.to_readable[start] : self.to_readable[end - 1] + 1].strip()


def readable(raw: str) -> str:
    text = _BREAKING_TAG.sub(" ", raw or "")
    text = _INLINE_TAG.sub("", text)
    text = html.unescape(text).translate(_INVISIBLE)
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=8192)  # one character in, its folded form out: the same every time
def _fold(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char.lower())
    # Dropping combining marks turns "cüre" into "cure" and undoes stacked-accent disguises.
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    folded = _DASHES.sub("-", bare.lower().translate(_LOOK_ALIKES).translate(LOOK_ALIKES))
    return " " if folded.isspace() else folded


def normalise(raw: str) -> Normalised:
    shown = readable(raw)
    out: list[str] = []
    origin: list[int] = []
    for position, char in enumerate(shown):
        for folded in _fold(char):
            if folded == " " and out and out[-1] == " ":
                continue
            out.append(folded)
            origin.append(position)
    return Normalised("".join(out), shown, tuple(origin))
