"""Build patterns from plain wordings, so rules read as the words they catch.

`phrases("risk free", "{free of,without} risk")` matches those wordings in normalised text with
any run of spaces or hyphens between words ("risk-free", "risk - free", "riskfree") and with
common digit-for-letter swaps ("guarant33d", "1OO%"). Whole words only: "cure" is not found in
"secure". Braces list alternatives, an empty one making the part optional:
"without {any ,}side effects".
"""

import itertools
import re

# Swaps people use to slip a word past a filter. Kept to look-alikes so real words stay apart.
_SWAPS = {
    "a": "a4@",
    "b": "b8",
    "e": "e3",
    "g": "g9",
    "i": "i1l!|",
    "l": "l1i|",
    "o": "o0",
    "s": "s5$",
    "t": "t7",
    "z": "z2",
    "0": "0o",
    "1": "1il",
}
GAP = r"[\s\-]*"
_WORD_CHAR = r"[a-z0-9]"


def _wording(words: str) -> str:
    parts = []
    for word in re.split(r"[\s\-]+", words.strip()):
        letters = []
        for char in word:
            swaps = _SWAPS.get(char)
            letters.append(f"[{re.escape(swaps)}]" if swaps else re.escape(char))
        parts.append("".join(letters))
    return GAP.join(parts)


def _expand(wording: str) -> list[str]:
    pieces = re.split(r"\{([^{}]*)\}", wording)
    # Odd pieces are the brace contents; even ones are fixed text.
    choices = [piece.split(",") if i % 2 else [piece] for i, piece in enumerate(pieces)]
    return ["".join(combo) for combo in itertools.product(*choices)]


def phrases(*wordings: str) -> re.Pattern[str]:
    expanded = {variant for wording in wordings for variant in _expand(wording)}
    # Longest first, so "cure-all" wins over "cure" and the excerpt shows the whole phrase.
    ordered = sorted(expanded, key=len, reverse=True)
    alternatives = "|".join(_wording(w) for w in ordered)
    return re.compile(rf"(?<!{_WORD_CHAR})(?:{alternatives})(?!{_WORD_CHAR})")


# A dose as a number with a unit: "0.5 mg/kg", "56mg", "2 units". Durations ("40 minutes") are
# not doses.
DOSE_FIGURE = re.compile(
    r"(?<![\w.])\d+(?:[.,]\d+)?\s*"
    r"(?:mg/kg|mg|mcg|ug|micrograms?|milligrams?|ml|millilit(?:re|er)s?|units?|iu)(?![a-z])"
)
