"""Score the checker against labelled sentences: overall and per kind of sentence.

Each sentence is checked as one plain text block of a ketamine article with a risks section,
counting (sentence, rule) pairs. Used by test_corpus_quality.py and bench/bench_checker.py.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from compliance.core import ArticleInput, TextInput, TherapyInput, check_article

from .corpus import BLOCK_WORDING, WARN_WORDING, Example

BLOCK_ID = "sentence"
UNMARKED = "unmarked-claim"


@dataclass
class Tally:
    name: str
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    def add(self, expected: set[str], found: set[str]) -> None:
        self.true_positives += len(expected & found)
        self.false_positives += len(found - expected)
        self.false_negatives += len(expected - found)

    @property
    def precision(self) -> float:
        flagged = self.true_positives + self.false_positives
        return self.true_positives / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        labelled = self.true_positives + self.false_negatives
        return self.true_positives / labelled if labelled else 1.0

    def line(self) -> str:
        return (
            f"{self.name:<22} precision {self.precision:.3f}  recall {self.recall:.3f}  "
            f"(tp {self.true_positives}, fp {self.false_positives}, fn {self.false_negatives})"
        )


@dataclass
class Score:
    block: Tally = field(default_factory=lambda: Tally("BLOCK risky wording"))
    warn: Tally = field(default_factory=lambda: Tally("WARN wording"))
    unmarked: Tally = field(default_factory=lambda: Tally("unmarked claim"))
    claim_type: Tally = field(default_factory=lambda: Tally("suggested claim type"))
    by_kind: dict[str, tuple[Tally, Tally]] = field(default_factory=dict)
    disagreements: list[str] = field(default_factory=list)


def findings_for(example: Example):
    article = ArticleInput(
        claims=(),
        texts=(TextInput(BLOCK_ID, example.text),),
        has_risks_section=True,
        therapy=TherapyInput("Ketamine", "Intravenous infusion", "Depression", example.status),
        today=date(2025, 6, 1),
    )
    return [f for f in check_article(article) if f.block_id == BLOCK_ID]


def score(examples: list[Example]) -> Score:
    result = Score()
    kinds = defaultdict(lambda: (Tally("claim"), Tally("block")))
    for example in examples:
        findings = findings_for(example)
        fired = {f.rule_id for f in findings}
        expected_claim = {UNMARKED} if example.claim else set()
        pairs = (
            ("block", result.block, set(example.block), fired & BLOCK_WORDING),
            ("warn", result.warn, set(example.warn), fired & WARN_WORDING),
            ("claim", result.unmarked, expected_claim, fired & {UNMARKED}),
        )
        for label, tally, expected, found in pairs:
            tally.add(expected, found)
            if expected != found:
                result.disagreements.append(
                    f"  {label}: {example.text!r} expected {sorted(expected)} found {sorted(found)}"
                )
        claim_tally, block_tally = kinds[example.kind]
        claim_tally.add(expected_claim, fired & {UNMARKED})
        block_tally.add(set(example.block), fired & BLOCK_WORDING)
        suggested = {
            getattr(f, "suggested_claim_type", "") for f in findings if f.rule_id == UNMARKED
        } - {""}
        if example.claim_type and suggested:
            result.claim_type.add({example.claim_type}, suggested)
    result.by_kind = dict(sorted(kinds.items()))
    return result


def report(title: str, examples: list[Example]) -> str:
    result = score(examples)
    lines = [f"\n{title}: {len(examples)} sentences"]
    lines += [t.line() for t in (result.block, result.warn, result.unmarked, result.claim_type)]
    lines.append(f"  {'kind':<42} {'n':>4}  unmarked claim (p / r)     BLOCK (p / r)")
    for kind, (claim, block) in result.by_kind.items():
        n = sum(1 for e in examples if e.kind == kind)
        lines.append(f"  {kind:<42} {n:>4}  {_pr(claim):<26} {_pr(block)}")
    lines.append("Disagreements:")
    lines += result.disagreements
    return "\n".join(lines) + "\n"


def _pr(tally: Tally) -> str:
    flagged = tally.true_positives + tally.false_positives
    labelled = tally.true_positives + tally.false_negatives
    if not flagged and not labelled:
        return "-"
    precision = f"{tally.precision:.2f}" if flagged else " -  "
    recall = f"{tally.recall:.2f}" if labelled else " -  "
    return f"{precision} / {recall} (fp {tally.false_positives}, fn {tally.false_negatives})"
