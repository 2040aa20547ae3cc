"""What must be true of an article before it may go to a medical director.

A draft may be incomplete; submission for review may not. Each problem names its block so the
writer can find it.
"""

from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.text import Truncator

from pages.blocks import ClaimBlock, ImageBlock
from pages.claims import section_label, walk_blocks


@dataclass(frozen=True)
class Problem:
    block_id: str
    message: str


def _excerpt(html):
    return Truncator(strip_tags(html).strip()).words(8)


def _benefits_without_risks_beside_them(body):
    """Benefits must sit right before a risks section, so both get the same prominence."""
    blocks = list(body)
    for index, child in enumerate(blocks):
        if child.block_type != "benefits":
            continue
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if following is None or following.block_type != "risks":
            yield Problem(
                child.id,
                f"The “{child.value['heading']}” section has no “Risks and side effects” "
                "section right after it. Put the risks next to the benefits so patients weigh "
                "them together.",
            )


def submission_problems(body):
    problems = list(_benefits_without_risks_beside_them(body))
    claim_number = 0
    image_number = 0
    seen_ids = set()
    for child, section, _path in walk_blocks(body):
        if isinstance(child.block, ClaimBlock):
            claim_number += 1
            where = section_label(section)
            excerpt = _excerpt(child.value["statement"].source)
            label = f"Claim {claim_number} in {where} (“{excerpt}”)"
            if not [ref for ref in child.value["references"] if ref is not None]:
                problems.append(
                    Problem(child.id, f"{label} has no reference. Add the study it rests on.")
                )
            if child.id in seen_ids:
                problems.append(
                    Problem(child.id, f"{label} repeats another claim's id. Delete and re-add it.")
                )
            seen_ids.add(child.id)
        elif isinstance(child.block, ImageBlock):
            image_number += 1
            if not (child.value["alt_text"] or "").strip():
                problems.append(
                    Problem(
                        child.id,
                        f"Image {image_number} has no alt text. Describe what it shows for "
                        "people who cannot see it.",
                    )
                )
    return problems
