"""Labels, the example type and the house rules every sentence in the corpus is labelled by.

Labels say what a careful compliance reviewer would want, judged sentence by sentence against
the house rules below, not what the checker happens to do. Each sentence is checked as one
plain text block of a ketamine article that has a risks section, so `claim` answers: "if a
writer left this sentence unmarked, should the editor ask them to mark it as a claim?"

House rules used for labelling:
- BLOCK ids: an asserted (not negated, not asked, not warned against) promise of a cure, a
  guarantee, 100%, risk-free, no side effects, complete safety (including "harmless", "safe
  for everyone"), a permanent fix, a miracle; FDA approval/clearance wording while the therapy
  is not approved for this indication and route (`status`). Wording is not asserted when the
  sentence warns the reader against it ("be wary of clinics that promise a cure"), quotes it
  as something not to believe, or attributes the approval to another indication ("approved as
  an anaesthetic, not for depression").
- WARN ids: comparisons ("better/faster/more effective than", "outperforms", "superior to"),
  speed promises about relief ("works in hours", "rapid/fast/instant relief", "fast-acting"),
  appeals to proof ("clinically proven", "a proven cure", "studies show", "research proves"),
  marketing superlatives ("best", "most effective", "safest", "revolutionary", "breakthrough",
  "state-of-the-art", "leading" provider, "#1", "cutting-edge", "world-class", "gold standard",
  "most advanced"), and dose figures (mg, mcg, mg/kg, mL, units) in a text block.
- claim: the sentence states a medical fact that needs evidence: what a treatment does to body
  or mind (however vague: "most people feel lighter after a few sessions"), how it works or
  moves through the body, how often a side effect happens or how well it is tolerated, who
  should not have it and why, an outcome statistic, a fact about the illness, or regulatory
  status. Monitoring and what happens in a session are claims when they state a medical fact
  (an effect the patient will feel, a risk the monitoring guards against, a safety requirement
  of the medicine); the bare arrangements (who stays with you, how long the visit takes, what
  to bring) are logistics. Logistics, instructions, calls to action, headings, questions,
  disclaimers, warnings about other clinics and vague slogans are not claims.
- kind: what sort of sentence it is, for the per-kind figures. For claims, `CLAIM_TYPE_OF_KIND`
  gives the claim type a writer should choose (pages/choices.py `ClaimType`).
"""

from dataclasses import dataclass, replace

CURE = "cure-wording"
GUARANTEE = "guarantee-wording"
HUNDRED = "hundred-percent"
RISK_FREE = "risk-free"
NO_SIDE_EFFECTS = "no-side-effects"
COMPLETELY_SAFE = "completely-safe"
PERMANENT = "permanent-fix"
MIRACLE = "miracle-wording"
FDA = "fda-approved-wording"

COMPARISON = "comparison-wording"
SPEED = "speed-wording"
PROOF = "proof-wording"
SUPERLATIVE = "superlative-wording"
DOSAGE = "dosage-outside-dosage-claim"

BLOCK_WORDING = frozenset(
    {CURE, GUARANTEE, HUNDRED, RISK_FREE, NO_SIDE_EFFECTS, COMPLETELY_SAFE, PERMANENT, MIRACLE, FDA}
)
WARN_WORDING = frozenset({COMPARISON, SPEED, PROOF, SUPERLATIVE, DOSAGE})

# Kinds of claim sentence and the claim type each should be marked as.
CLAIM_TYPE_OF_KIND = {
    "efficacy": "efficacy",
    "mechanism": "mechanism",
    "side effects and tolerability": "safety",
    "who should not have it": "safety",
    "monitoring stated as medical fact": "safety",
    "statistic": "statistic",
    "regulatory": "regulatory",
    "dose": "dosage",
    "comparison": "comparative",
}


@dataclass(frozen=True)
class Example:
    text: str
    block: frozenset[str]
    warn: frozenset[str]
    claim: bool
    status: str
    kind: str = ""

    @property
    def claim_type(self) -> str | None:
        """The claim type a writer should choose, when the kind settles it."""
        return CLAIM_TYPE_OF_KIND.get(self.kind) if self.claim else None


def ex(text, *, block=(), warn=(), claim=False, status="off_label"):
    return Example(text, frozenset(block), frozenset(warn), claim, status)


def section(kind: str, examples: list[Example]) -> list[Example]:
    return [replace(example, kind=kind) for example in examples]
