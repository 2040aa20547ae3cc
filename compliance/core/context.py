"""Read the words around a match: which sentence it is in, and whether it is denied or asked.

Works on normalised text (lowercase, dashes unified, apostrophes straight).
"""

import re

# A full stop after these does not end a sentence ("et al. 2006", "e.g. nausea").
_ABBREVIATIONS = frozenset({"al", "e.g", "i.e", "dr", "vs", "approx", "fig", "prof", "mr", "mrs"})
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)")

# A denial only reaches the words of its own clause: "there is no cure, but ketamine cures
# anxiety" still promises a cure.
_CLAUSE_BREAK = re.compile(
    r"[.!?;:,()\[\]\"]|\s-\s|\b(?:but|and|however|although|though|yet|while|whereas|so)\b"
)
_TOKEN = re.compile(r"[a-z0-9']+")
_NEGATORS = frozenset(
    {"not", "no", "never", "none", "nothing", "nobody", "neither", "nor", "without", "cannot"}
)
# "not only cures", "no doubt it cures", "without a doubt": the negator strengthens the claim.
_AFFIRMING_NEXT = frozenset({"only", "just", "merely", "simply", "doubt", "question", "wonder"})
# How far back a negator still governs the term: "no treatment is guaranteed" (3 words),
# "there isn't any treatment that is 100% effective" (5 words).
NEGATION_REACH = 5
# Five words fit easily in this many characters; looking no further back keeps each match's
# check short however long the passage (a passage of thousands of matches stays linear).
_LOOK_BACK = 300

_QUESTION_OPENERS = frozenset(
    {
        "is", "are", "am", "was", "were", "can", "could", "does", "do", "did", "will", "would",
        "should", "has", "have", "may", "might", "must",
    }
)  # fmt: skip


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for end_mark in _SENTENCE_END.finditer(text):
        before = text[start : end_mark.start()].rsplit(" ", 1)[-1]
        if end_mark.group() == "." and before in _ABBREVIATIONS:
            continue
        spans.append((start, end_mark.end()))
        start = end_mark.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in spans]


def is_yes_no_question(sentence: str) -> bool:
    """'Is ketamine a cure?' asks; it does not promise. 'Looking for a cure?' still sells."""
    words = _TOKEN.findall(sentence)
    return sentence.rstrip().endswith("?") and bool(words) and words[0] in _QUESTION_OPENERS


def _is_negator(token: str) -> bool:
    return token in _NEGATORS or token.endswith("n't")


def is_denied(text: str, start: int) -> bool:
    """Whether a negator in the same clause, shortly before `start`, denies the term there."""
    window = max(0, start - _LOOK_BACK)
    clause_start = window
    for brk in _CLAUSE_BREAK.finditer(text, window, start):
        clause_start = brk.end()
    tokens = _TOKEN.findall(text[clause_start:start])
    if clause_start == window > 0 and tokens:
        tokens = tokens[1:]  # the window may cut a word in two ("can|not")
    tokens = tokens[-NEGATION_REACH:]
    for position, token in enumerate(tokens):
        following = tokens[position + 1 : position + 3]
        if _is_negator(token) and not _AFFIRMING_NEXT.intersection(following):
            return True
    return False
