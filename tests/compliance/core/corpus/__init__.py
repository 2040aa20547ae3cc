"""The labelled corpus the checker is tuned on, and the trained detector learns from.

House rules, labels and the example type are in `labels.py`. `FIRST` is the first corpus,
written before the checker existed; `CLAIMS`, `PLAIN` and `WORDING` were added when the
unmarked-claim detector became a trained model. To add a sentence, put it in the section of
its kind, labelled by the house rules before you run the checker on it, then retrain (see
docs/compliance-checks.md). Never add a sentence from held_out.py here.
"""

from .claims import CLAIMS
from .first import FIRST
from .labels import BLOCK_WORDING, CLAIM_TYPE_OF_KIND, WARN_WORDING, Example, ex, section
from .plain import PLAIN
from .wording import WORDING

CORPUS = FIRST + CLAIMS + PLAIN + WORDING

__all__ = [
    "BLOCK_WORDING",
    "CLAIM_TYPE_OF_KIND",
    "CORPUS",
    "WARN_WORDING",
    "Example",
    "ex",
    "section",
]
