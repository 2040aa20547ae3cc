"""Whether the therapy status an article shows covers the condition the article is about.

The status's disclosure names its use ("…not approved for treatment-resistant depression…"); on
an article about PTSD that sentence tells patients something about the wrong condition.
"""

import re
from collections.abc import Iterator

from .article import ArticleInput
from .passages import Passage
from .rule import Hit

# Words that qualify a condition rather than name it: "treatment-resistant depression" and
# "major depressive disorder" share the condition, not these.
_QUALIFIERS = frozenset(
    [
        "a",
        "acute",
        "adult",
        "adults",
        "adolescent",
        "adolescents",
        "and",
        "chronic",
        "disorder",
        "disorders",
        "episode",
        "episodes",
        "for",
        "in",
        "major",
        "moderate",
        "of",
        "or",
        "related",
        "resistant",
        "severe",
        "symptoms",
        "the",
        "to",
        "treatment",
        "with",
    ]
)
_ABBREVIATIONS = {
    "ptsd": "post traumatic stress",
    "mdd": "major depressive",
    "trd": "treatment resistant depression",
    "ocd": "obsessive compulsive",
    "gad": "generalised anxiety",
    "adhd": "attention deficit hyperactivity",
}
_WORD = re.compile(r"[a-z]+")
# Enough letters to hold "depression" and "depressive", "anxiety" and "anxious" together.
_STEM = 5


def condition_words(text: str) -> set[str]:
    words = []
    for word in _WORD.findall(text.lower()):
        words.extend(_ABBREVIATIONS.get(word, word).split())
    return {word[:_STEM] for word in words if word not in _QUALIFIERS and len(word) > 2}


def status_for_another_condition(article: ArticleInput, passages: list[Passage]) -> Iterator[Hit]:
    if article.therapy is None or not article.condition.strip():
        return
    covered = condition_words(article.therapy.indication)
    if covered and not covered & condition_words(article.condition):
        yield Hit(
            None,
            article.condition,
            note=f" The status chosen covers {article.therapy.indication}.",
        )
