"""A small logistic-regression model over words, word pairs and letter groups.

Plain Python, so the checker needs no extra packages and gives the same answer everywhere.
`fit` trains it (deterministically: full-batch gradient descent from zero weights, features in
sorted order); `LinearModel.load` reads the shipped weights; `probability` scores a sentence's
features. What the features are is the caller's business (see unmarked.py).
"""

import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+(?:[.,]\d+)*|%")
CHAR_GRAMS = (3, 4, 5)


def text_features(sentence: str) -> dict[str, float]:
    """Words, word pairs and letter groups inside words, each group scaled to length 1.

    Scaling keeps a long sentence from scoring higher just for having more words.
    """
    tokens = ["<num>" if t[0].isdigit() else t for t in _TOKEN.findall(sentence)]
    groups: dict[str, set[str]] = {"w": set(tokens), "b": set(), "c": set()}
    padded = ["<s>", *tokens, "</s>"]
    groups["b"] = {f"{a} {b}" for a, b in zip(padded, padded[1:], strict=False)}
    for token in tokens:
        word = f" {token} "
        for n in CHAR_GRAMS:
            groups["c"].update(word[i : i + n] for i in range(len(word) - n + 1))
    features = {}
    for name, members in groups.items():
        if members:
            value = 1 / math.sqrt(len(members))
            features.update((f"{name}:{member}", value) for member in members)
    return features


@dataclass(frozen=True)
class LinearModel:
    weights: Mapping[str, float]
    bias: float
    threshold: float
    about: Mapping[str, object]

    def score(self, features: Mapping[str, float]) -> float:
        return self.bias + sum(self.weights.get(name, 0.0) * v for name, v in features.items())

    def probability(self, features: Mapping[str, float]) -> float:
        return _sigmoid(self.score(features))

    def contributions(self, features: Mapping[str, float]) -> list[tuple[float, str]]:
        """Each feature's share of the score, largest first."""
        shares = [(self.weights.get(n, 0.0) * v, n) for n, v in features.items()]
        return sorted((s for s in shares if s), reverse=True)

    def save(self, path: Path) -> None:
        data = {
            "about": dict(self.about),
            "bias": round(self.bias, 6),
            "threshold": self.threshold,
            "weights": {n: round(w, 5) for n, w in sorted(self.weights.items())},
        }
        path.write_text(json.dumps(data, indent=0, sort_keys=False) + "\n")

    @classmethod
    def load(cls, path: Path) -> "LinearModel":
        data = json.loads(path.read_text())
        return cls(data["weights"], data["bias"], data["threshold"], data["about"])


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1 / (1 + math.exp(-x))
    z = math.exp(x)
    return z / (1 + z)


def fit(
    rows: Iterable[tuple[Mapping[str, float], bool]],
    *,
    l2: float,
    iterations: int,
    min_count: int = 2,
    learning_rate: float = 0.1,
) -> tuple[dict[str, float], float]:
    """L2-regularised logistic regression by full-batch Adam. Returns (weights, bias).

    Features seen in fewer than `min_count` rows are dropped: one sentence's quirks should
    not become a rule.
    """
    rows = list(rows)
    counts: dict[str, int] = {}
    for features, _ in rows:
        for name in features:
            counts[name] = counts.get(name, 0) + 1
    names = sorted(n for n, c in counts.items() if c >= min_count)
    index = {n: i for i, n in enumerate(names)}
    data = [
        ([(index[n], v) for n, v in sorted(f.items()) if n in index], 1.0 if label else 0.0)
        for f, label in rows
    ]
    size = len(names) + 1  # the last weight is the bias
    weights = [0.0] * size
    first = [0.0] * size
    second = [0.0] * size
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    n = len(data)
    for step in range(1, iterations + 1):
        grad = [0.0] * size
        for pairs, label in data:
            z = weights[-1] + sum(weights[i] * v for i, v in pairs)
            error = (_sigmoid(z) - label) / n
            for i, v in pairs:
                grad[i] += error * v
            grad[-1] += error
        for i in range(size - 1):
            grad[i] += l2 * weights[i]
        for i in range(size):
            first[i] = beta1 * first[i] + (1 - beta1) * grad[i]
            second[i] = beta2 * second[i] + (1 - beta2) * grad[i] * grad[i]
            m_hat = first[i] / (1 - beta1**step)
            v_hat = second[i] / (1 - beta2**step)
            weights[i] -= learning_rate * m_hat / (math.sqrt(v_hat) + eps)
    return {name: weights[i] for name, i in index.items()}, weights[-1]
