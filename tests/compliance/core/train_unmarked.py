"""Retrain the unmarked-claim detector from the corpus; writes compliance/core/unmarked_model.json.

    .venv/bin/python -m tests.compliance.core.train_unmarked [--cross-validate]

Trains on corpus/ only, never on held_out.py. Deterministic: the same corpus gives the same
file, byte for byte. `--cross-validate` also prints five-fold figures on the corpus.
"""

import hashlib
import sys
from pathlib import Path

from compliance.core.learned import LinearModel, fit
from compliance.core.normalise import normalise
from compliance.core.unmarked import MODEL_PATH, is_never_a_claim, sentence_features

from .corpus import CORPUS

L2 = 1e-3
ITERATIONS = 300
THRESHOLD = 0.5
FOLDS = 5


def fingerprint(examples) -> str:
    """Changes whenever a sentence or its claim label changes."""
    lines = sorted(f"{e.claim:d}\t{e.text}" for e in examples)
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def training_rows(examples):
    """(features, is a claim) for every sentence the model will be asked about."""
    rows = []
    for example in examples:
        sentence = normalise(example.text).text
        if not is_never_a_claim(sentence):
            rows.append((sentence_features(sentence), example.claim))
    return rows


def train(examples) -> LinearModel:
    weights, bias = fit(training_rows(examples), l2=L2, iterations=ITERATIONS)
    about = {
        "trained on": f"{len(examples)} corpus sentences (tests/compliance/core/corpus)",
        "corpus fingerprint": fingerprint(examples),
        "method": f"logistic regression, L2 {L2}, {ITERATIONS} Adam steps, full batch",
        "retrain": "python -m tests.compliance.core.train_unmarked",
    }
    kept = {name: w for name, w in weights.items() if abs(w) >= 1e-3}
    return LinearModel(kept, bias, THRESHOLD, about)


def cross_validate(examples) -> str:
    tp = fp = fn = 0
    for fold in range(FOLDS):
        model = train([e for i, e in enumerate(examples) if i % FOLDS != fold])
        for i, example in enumerate(examples):
            if i % FOLDS != fold:
                continue
            sentence = normalise(example.text).text
            flagged = not is_never_a_claim(sentence) and (
                model.probability(sentence_features(sentence)) >= model.threshold
            )
            tp += flagged and example.claim
            fp += flagged and not example.claim
            fn += example.claim and not flagged
    return (
        f"{FOLDS}-fold cross-validation on the corpus: precision {tp / (tp + fp):.3f}, "
        f"recall {tp / (tp + fn):.3f} (tp {tp}, fp {fp}, fn {fn})"
    )


def main(argv: list[str]) -> None:
    model = train(CORPUS)
    model.save(Path(MODEL_PATH))
    sys.stdout.write(f"wrote {MODEL_PATH}: {len(model.weights)} weights\n")
    if "--cross-validate" in argv:
        sys.stdout.write(cross_validate(CORPUS) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
