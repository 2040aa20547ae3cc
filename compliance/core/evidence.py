"""Checks on the evidence behind claims and on the balance of the article."""

import html
import re
from collections.abc import Iterator

from .article import ArticleInput, ReferenceInput
from .passages import Passage
from .rule import Hit
from .vocab import (
    ANIMAL_LAB,
    BENEFITS_SECTION,
    CLAIMS_OF_BENEFIT,
    GUIDELINE,
    LABEL,
    RISKS_SECTION,
)

MAX_REFERENCE_AGE_YEARS = 5
# Guidelines and labels are revised by their publishers; their year says little about currency.
_KEPT_CURRENT_BY_PUBLISHER = frozenset({GUIDELINE, LABEL})


def claims_without_references(article: ArticleInput, _: list[Passage]) -> Iterator[Hit]:
    for claim in article.claims:
        if not claim.references:
            yield Hit(claim.block_id, opening_words(claim.text))


def benefits_without_risks(article: ArticleInput, _: list[Passage]) -> Iterator[Hit]:
    """Benefits need risks beside them: an article with none, or a benefits section that the
    risks do not follow straight after."""
    if not article.has_risks_section:
        if any(claim.claim_type in CLAIMS_OF_BENEFIT for claim in article.claims):
            yield Hit(None, "")
        return
    sections = article.sections
    for index, section in enumerate(sections):
        after = sections[index + 1] if index + 1 < len(sections) else None
        if section.kind == BENEFITS_SECTION and (after is None or after.kind != RISKS_SECTION):
            yield Hit(section.block_id, section.heading, note=_NOT_BESIDE_RISKS)


_NOT_BESIDE_RISKS = (
    " This section has no “Risks and side effects” section right after it: put the risks next "
    "to the benefits so patients weigh them together."
)


def claims_sharing_an_id(article: ArticleInput, _: list[Passage]) -> Iterator[Hit]:
    seen = set()
    for claim in article.claims:
        if claim.block_id in seen:
            yield Hit(claim.block_id, "")
        seen.add(claim.block_id)


def images_without_alt_text(article: ArticleInput, _: list[Passage]) -> Iterator[Hit]:
    for image in article.images:
        if not image.alt_text.strip():
            yield Hit(image.block_id, "")


def opening_words(html_text: str, count: int = 10) -> str:
    """The start of a claim in plain words, so the writer recognises it."""
    words = html.unescape(_TAG.sub(" ", html_text)).split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


_TAG = re.compile(r"<[^>]+>")


def _cited(reference: ReferenceInput) -> str:
    if reference.year is None or str(reference.year) in reference.label:
        return reference.label
    return f"{reference.label} ({reference.year})"


def old_references(article: ArticleInput, _: list[Passage]) -> Iterator[Hit]:
    for claim in article.claims:
        old = [
            ref
            for ref in claim.references
            if ref.year is not None
            and article.today.year - ref.year > MAX_REFERENCE_AGE_YEARS
            and ref.study_design not in _KEPT_CURRENT_BY_PUBLISHER
        ]
        if old:
            yield Hit(claim.block_id, "; ".join(_cited(ref) for ref in old))


def benefits_shown_only_in_animals(article: ArticleInput, _: list[Passage]) -> Iterator[Hit]:
    for claim in article.claims:
        designs = {ref.study_design for ref in claim.references}
        if claim.claim_type in CLAIMS_OF_BENEFIT and designs == {ANIMAL_LAB}:
            yield Hit(claim.block_id, "; ".join(_cited(ref) for ref in claim.references))
