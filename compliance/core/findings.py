"""What the checker reports back to the editor."""

from dataclasses import dataclass

BLOCK = "block"  # stops submission and publishing
WARN = "warn"  # the writer must acknowledge it


@dataclass(frozen=True)
class Finding:
    rule_id: str
    severity: str
    block_id: str | None  # None: about the whole article
    message: str  # to the writer: what to change
    reason: str  # why the rule exists
    source: str  # who says so
    excerpt: str = ""  # the writer's own words, or a reading grade
    suggested_claim_type: str = ""  # unmarked-claim: the ClaimType the sentence reads as
