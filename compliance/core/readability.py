"""Reading grade of patient text, by SMOG and Flesch-Kincaid.

textstat looks English syllables up in NLTK's CMU dictionary, which it downloads on first use;
this server cannot download it. Asking for "en-US" (hyphen, not underscore) makes textstat skip
that dictionary and count syllables with the bundled Pyphen hyphenation patterns instead, which
agrees with it for almost every word. A private textstatistics object keeps that setting from
leaking into other code that uses textstat.
"""

from collections.abc import Iterator
from dataclasses import dataclass

from textstat.textstat import textstatistics

from .article import ArticleInput
from .passages import Passage
from .rule import Hit

ARTICLE_GRADE_LIMIT = 8
# A single passage gets more slack: short texts swing widely, and one hard paragraph is worth
# pointing at only when it is clearly the problem.
PASSAGE_GRADE_LIMIT = 10
PASSAGE_MIN_SENTENCES = 2
# The article's grade is read from its opening text, at most this long: far more than the
# 30 sentences SMOG is calibrated on, and short enough to grade in a few hundredths of a second
# however long the article (pages/limits.py caps that too).
ARTICLE_SAMPLE_CHARS = 50_000

_ENGLISH_WITHOUT_DOWNLOAD = "en-US"
_textstat = textstatistics()
_textstat.set_lang(_ENGLISH_WITHOUT_DOWNLOAD)


@dataclass(frozen=True)
class Grade:
    flesch_kincaid: float
    smog: float
    sentences: int

    @property
    def highest(self) -> float:
        return max(self.flesch_kincaid, self.smog)

    def describe(self) -> str:
        return f"Flesch-Kincaid {self.flesch_kincaid:.1f}, SMOG {self.smog:.1f}"


def as_sentences(passages: list[str]) -> str:
    """Join passages so a heading without a full stop is not read as part of the next sentence."""
    ended = (p if p.rstrip().endswith((".", "!", "?")) else f"{p.rstrip()}." for p in passages)
    return " ".join(p for p in ended if p.strip(" ."))


def grade(text: str) -> Grade:
    return Grade(
        flesch_kincaid=round(_textstat.flesch_kincaid_grade(text), 1),
        smog=round(_textstat.smog_index(text), 1),
        sentences=_textstat.sentence_count(text),
    )


def article_too_hard(article: ArticleInput, passages: list[Passage]) -> Iterator[Hit]:
    whole = grade(as_sentences([p.words.readable for p in passages])[:ARTICLE_SAMPLE_CHARS])
    if whole.sentences and whole.highest > ARTICLE_GRADE_LIMIT:
        yield Hit(None, whole.describe())


def passages_too_hard(article: ArticleInput, passages: list[Passage]) -> Iterator[Hit]:
    # Flesch-Kincaid only: SMOG is calibrated on 30-sentence samples and overshoots on a few.
    for passage in passages:
        found = grade(as_sentences([passage.words.readable]))
        if found.sentences >= PASSAGE_MIN_SENTENCES and found.flesch_kincaid > PASSAGE_GRADE_LIMIT:
            yield Hit(passage.block_id, f"Flesch-Kincaid {found.flesch_kincaid:.1f}")
