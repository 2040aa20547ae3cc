"""One claim across versions: each wording it had, the decisions on it, who signed it."""

from dataclasses import dataclass, field

from audit.publications import publications
from review.diff import word_diff
from review.models import Decision, SignOff


@dataclass
class Wording:
    content_hash: str
    statement: str
    references: list
    diff_from_previous: str = ""
    sign_offs: list = field(default_factory=list)
    live_in_versions: list = field(default_factory=list)  # version numbers


def claim_timeline(page_id, block_id):
    """The claim's wordings in the order they were first decided on, oldest first."""
    live_numbers = {}
    for version in publications(page_id):
        live_numbers.setdefault(version.revision_id, []).append(version.number)

    wordings = {}
    sign_offs = SignOff.objects.for_page(page_id).filter(block_id=block_id).order_by("pk")
    for sign_off in sign_offs.select_related("carried_over_from"):
        wording = wordings.get(sign_off.content_hash)
        if wording is None:
            previous = list(wordings.values())[-1] if wordings else None
            wording = wordings[sign_off.content_hash] = Wording(
                content_hash=sign_off.content_hash,
                statement=sign_off.statement,
                references=sign_off.references,
                diff_from_previous=word_diff(previous.statement, sign_off.statement)
                if previous
                else "",
            )
        wording.sign_offs.append(sign_off)
        for number in live_numbers.get(sign_off.revision_id, []):
            if sign_off.decision == Decision.APPROVED and number not in wording.live_in_versions:
                wording.live_in_versions.append(number)
    return list(wordings.values())
