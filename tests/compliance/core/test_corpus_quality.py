"""How well the checker agrees with hand-written labels (see corpus.py).

Run with `pytest -s` to see the figures. Floors sit a little below what the checker measured
when they were set, so a change that makes it worse fails here.
"""

import sys
from dataclasses import dataclass
from datetime import date

from compliance.core import ArticleInput, TextInput, TherapyInput, check_article

from .corpus import BLOCK_WORDING, CORPUS, WARN_WORDING, Example
from .held_out import HELD_OUT

BLOCK_ID = "sentence"


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
            f"{self.name:<28} precision {self.precision:.3f}  recall {self.recall:.3f}  "
            f"(tp {self.true_positives}, fp {self.false_positives}, fn {self.false_negatives})"
        )


def _rules_fired(example: Example) -> set[str]:
    article = ArticleInput(
        claims=(),
        texts=(TextInput(BLOCK_ID, example.text),),
        has_risks_section=True,
        therapy=TherapyInput("Ketamine", "Intravenous infusion", "Depression", example.status),
        today=date(2025, 6, 1),
    )
    return {f.rule_id for f in check_article(article) if f.block_id == BLOCK_ID}


def _measure(examples: list[Example]) -> tuple[Tally, Tally, Tally, list[str]]:
    block = Tally("BLOCK risky wording")
    warn = Tally("WARN wording")
    unmarked = Tally("unmarked claim")
    misses = []
    for example in examples:
        fired = _rules_fired(example)
        expected_block, found_block = set(example.block), fired & BLOCK_WORDING
        expected_warn, found_warn = set(example.warn), fired & WARN_WORDING
        expected_claim = {"unmarked-claim"} if example.claim else set()
        found_claim = fired & {"unmarked-claim"}
        block.add(expected_block, found_block)
        warn.add(expected_warn, found_warn)
        unmarked.add(expected_claim, found_claim)
        for label, expected, found in (
            ("block", expected_block, found_block),
            ("warn", expected_warn, found_warn),
            ("claim", expected_claim, found_claim),
        ):
            if expected != found:
                misses.append(
                    f"  {label}: {example.text!r} expected {sorted(expected)} found {sorted(found)}"
                )
    return block, warn, unmarked, misses


def _report(title: str, examples: list[Example]) -> tuple[Tally, Tally, Tally]:
    block, warn, unmarked, misses = _measure(examples)
    sys.stdout.write(f"\n{title}: {len(examples)} sentences\n")
    for tally in (block, warn, unmarked):
        sys.stdout.write(tally.line() + "\n")
    sys.stdout.write("Disagreements:\n" + "\n".join(misses) + "\n")
    return block, warn, unmarked


def test_checker_agrees_with_hand_labelled_corpus():
    block, warn, unmarked = _report("Compliance corpus (rules tuned on it)", CORPUS)

    assert block.recall >= 0.95
    assert block.precision >= 0.95
    assert warn.recall >= 0.95
    assert warn.precision >= 0.95
    assert unmarked.recall >= 0.9
    assert unmarked.precision >= 0.9


def test_corpus_is_big_enough_to_mean_something():
    assert len(CORPUS) >= 170
    assert sum(bool(e.block) for e in CORPUS) >= 50
    assert sum(bool(e.warn) for e in CORPUS) >= 30
    assert sum(e.claim for e in CORPUS) >= 60
    assert sum(not e.claim for e in CORPUS) >= 60


def test_checker_on_sentences_written_after_tuning():
    block, warn, unmarked = _report("Held-out sentences (written after tuning)", HELD_OUT)

    assert block.recall >= 0.9
    assert block.precision >= 0.9
    assert warn.recall >= 0.9
    assert warn.precision >= 0.9
    assert unmarked.recall >= 0.8
    assert unmarked.precision >= 0.85
