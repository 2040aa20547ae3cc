"""The two kinds of rule: wording to find in the text, and tests over the whole article."""

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .article import ArticleInput
from .caution import warned_against
from .context import is_denied, is_yes_no_question, sentence_spans
from .passages import Passage

# Findings listed per rule and block: a writer needs the first few to see the problem, and a
# passage repeating a phrase thousands of times must not take thousands of checks to report.
MAX_HITS_PER_BLOCK = 5


@dataclass(frozen=True)
class Hit:
    block_id: str | None  # None: the whole article
    excerpt: str
    at: int = 0  # where in the block, so findings keep reading order
    note: str = ""  # added to the rule's message for this hit
    suggested_claim_type: str = ""  # for an unmarked claim: the ClaimType to mark it with


@dataclass(frozen=True)
class WordingRule:
    id: str
    severity: str
    pattern: re.Pattern[str]
    message: str
    reason: str
    source: str
    # Longer wordings around a match that make it fine ("best to avoid", "leading cause").
    unless: re.Pattern[str] | None = None
    # A denied or asked wording does not promise anything ("there is no cure", "is it safe?").
    # False for facts that matter however phrased, like dose figures.
    asserted_only: bool = True
    # Claims of these types are where the wording belongs.
    belongs_in: frozenset[str] = frozenset()
    # Whole articles in which the wording is accurate.
    accurate_when: Callable[[ArticleInput], bool] | None = None
    # Sentences in which this match is accurate (approval for another use): given the
    # article, the normalised text and the match's span.
    accurate_here: Callable[[ArticleInput, str, int, int], bool] | None = None

    def hits(self, article: ArticleInput, passages: list[Passage]) -> Iterator[Hit]:
        if self.accurate_when and self.accurate_when(article):
            return
        for passage in passages:
            if passage.claim_type in self.belongs_in:
                continue
            yield from self._hits_in(article, passage)

    def _hits_in(self, article: ArticleInput, passage: Passage) -> Iterator[Hit]:
        words = passage.words
        excused = [m.span() for m in self.unless.finditer(words.text)] if self.unless else []
        sentences = None
        found = 0
        for match in self.pattern.finditer(words.text):
            start, end = match.span()
            if any(s <= start and end <= e for s, e in excused):
                continue
            if self.asserted_only:
                if is_denied(words.text, start) or warned_against(words.text, start, end):
                    continue
                sentences = sentences or sentence_spans(words.text)
                if _in_question(words.text, start, sentences):
                    continue
            if self.accurate_here and self.accurate_here(article, words.text, start, end):
                continue
            excerpt = words.excerpt(start, end)
            yield Hit(passage.block_id, excerpt, start, _disguise_note(match.group(), excerpt))
            found += 1
            if found == MAX_HITS_PER_BLOCK:
                return


def _in_question(text: str, position: int, sentences: list[tuple[int, int]]) -> bool:
    return any(s <= position < e and is_yes_no_question(text[s:e]) for s, e in sentences)


def _disguise_note(matched: str, excerpt: str) -> str:
    # Spacing and dash style are not disguises; letters from another script are.
    if _letters(matched) == _letters(excerpt.lower()):
        return ""
    return " It is spelled with look-alike or hidden characters: retype it in plain letters."


def _letters(text: str) -> str:
    return re.sub(r"[\W_]", "", text)


@dataclass(frozen=True)
class ArticleRule:
    """A check that needs more than a pattern: evidence, structure, reading level."""

    id: str
    severity: str
    test: Callable[[ArticleInput, list[Passage]], Iterable[Hit]] = field(repr=False)
    message: str
    reason: str
    source: str

    def hits(self, article: ArticleInput, passages: list[Passage]) -> Iterable[Hit]:
        return self.test(article, passages)
