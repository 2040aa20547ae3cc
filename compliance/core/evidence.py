"""Checks on the evidence behind claims and on the balance of the article."""

from collections.abc import Iterator

from .article import ArticleInput, ReferenceInput
from .passages import Passage
from .rule import Hit
from .vocab import ANIMAL_LAB, CLAIMS_OF_BENEFIT, GUIDELINE, LABEL

MAX_REFERENCE_AGE_YEARS = 5
# Guidelines and labels are revised by their publishers; their year says little about currency.
_KEPT_CURRENT_BY_PUBLISHER = frozenset({GUIDELINE, LABEL})


def claims_without_references(article: ArticleInput, _: list[Passage]) -> Iterator[Hit]:
    for claim in article.claims:
        if not claim.references:
            yield Hit(claim.block_id, "")


def benefits_without_risks(article: ArticleInput, _: list[Passage]) -> Iterator[Hit]:
    if article.has_risks_section:
        return
    if any(claim.claim_type in CLAIMS_OF_BENEFIT for claim in article.claims):
        yield Hit(None, "")


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
