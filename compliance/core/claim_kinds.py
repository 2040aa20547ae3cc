"""Which kind of claim a sentence makes, so the writer is told why it reads as one and which
claim type to mark it with.

Each claim type has cues: words that statements of that kind use. The type with the most
distinct cues in the sentence wins; ties go to the type listed first in `KINDS`, most
specific first. A sentence with no cue of any kind is an efficacy claim: what is left of
"most people feel lighter after a few sessions" once nothing else fits. The cues are also
features of the trained detector (unmarked.py), so they count towards deciding at all.
"""

import re
from dataclasses import dataclass

from .phrases import DOSE_FIGURE
from .vocab import COMPARATIVE, DOSAGE, EFFICACY, MECHANISM, REGULATORY, SAFETY, STATISTIC


def _cues(*alternatives: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(rf"(?<![a-z0-9])(?:{a})(?![a-z0-9])") for a in alternatives)


@dataclass(frozen=True)
class Kind:
    claim_type: str
    why: str  # completes "It reads like …"
    cues: tuple[re.Pattern[str], ...]

    def words_in(self, sentence: str) -> list[str]:
        return [m.group() for cue in self.cues if (m := cue.search(sentence))]


_NUMBER = r"\d+(?:[.,]\d+)*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twenty"

KINDS = (
    Kind(
        DOSAGE,
        "a dose or a treatment schedule",
        (
            DOSE_FIGURE,
            *_cues(
                r"doses?|dosing|dosage",
                r"(?:once|twice|three times|(?:" + _NUMBER + r") times) (?:a|per|each) "
                r"(?:day|week|month)",
                r"(?:" + _NUMBER + r") (?:sessions|infusions|treatments|sprays) "
                r"(?:a|per|each|over|in)",
                r"(?:a|per|each) (?:kilogram|kg)",
            ),
        ),
    ),
    Kind(
        REGULATORY,
        "a statement of what regulators have approved or allowed",
        _cues(
            r"fda|regulators?|nice|ema|mhra",
            r"approv(?:ed|al)|licen[cs]ed?|unlicensed|cleared|clearance",
            r"off-label|controlled substance|boxed warning|restricted (?:\w+ )?programm?e|rems",
            r"investigational|essential medicines|prescribe",
        ),
    ),
    Kind(
        STATISTIC,
        "a figure for how many people or how often",
        _cues(
            r"\d+(?:\.\d+)? ?(?:%|percent|per cent)",
            r"(?:" + _NUMBER + r"|a) (?:in|out of) (?:every )?(?:" + _NUMBER + r"|a hundred|"
            r"a thousand|ten thousand)",
            r"(?:half|a third|a quarter|two thirds|three quarters|one third|one in)",
            r"on average|the average|rates?|twice as likely|times (?:as|more) likely",
        ),
    ),
    Kind(
        COMPARATIVE,
        "a comparison of one treatment with another",
        _cues(
            r"(?:better|worse|faster|sooner|slower|stronger|weaker|fewer|more|less) "
            r"(?:\w+ ){0,3}than",
            r"compared (?:with|to)|versus|vs|head-to-head|superior|inferior|unlike",
            r"as (?:effective|helpful|good|well) as|outperform\w*",
        ),
    ),
    Kind(
        SAFETY,
        "a statement about side effects, risks or who should not have the treatment",
        _cues(
            r"side effects?|adverse|risks?|safe|safety|unsafe|dangerous|harm\w*",
            r"(?:should|must) not|not (?:suitable|advised|recommended|safe|for)|avoid(?:ed)?",
            r"tolerat\w*|allerg\w*|interact\w*|misuse\w*|dependen\w*|addict\w*|withdrawal",
            r"nausea|sick|vomit\w*|dizz\w*|headaches?|drows\w*|sleep(?:y|iness)|faint\w*",
            r"seizures?|bleed\w*|bladder|blood pressure|heart rate|mania|psychosis|confus\w*",
            r"monitor\w*|watched|supervis\w*|drive|pregnan\w*|breastfeed\w*|suicidal thoughts",
            r"mild|uncommon|rare(?:ly)?|common|discomfort|numb\w*|tingl\w*|blurred",
        ),
    ),
    Kind(
        MECHANISM,
        "a statement about how the treatment works or moves through the body",
        _cues(
            r"works? by|acts? on|binds?|blocks?|receptors?|nmda|glutamate|serotonin|dopamine",
            r"noradrenaline|messenger chemicals?|brain chemicals?|neurons?|nerve cells?",
            r"brain cells?|connections|circuits?|networks?|brain (?:areas?|activity|scans?)",
            r"absorb\w*|bloodstream|the blood|lining of the nose|liver|kidneys?",
            r"broken down|breaks? (?:it |ketamine )?down|metaboli[sz]\w*|half-life",
            r"leaves? the body|left (?:your|the) body|stays? in the body|cleared",
            r"magnetic|pulses?|electric(?:al)? currents?|coil|mirror-image|enantiomers?",
            r"inflammation|level in the blood",
        ),
    ),
)

_EFFICACY = Kind(
    EFFICACY,
    "a statement about what the treatment does for symptoms",
    _cues(
        r"improv\w*|eas(?:e|es|ed)|lift\w*|help\w*|respond\w*|remission|relie\w*|benefit\w*",
        r"feel (?:better|lighter|calmer|more)|lessen\w*|reduc\w*|lower\w*|prevent\w*",
    ),
)
ALL_KINDS = (*KINDS, _EFFICACY)


@dataclass(frozen=True)
class Suggestion:
    claim_type: str
    why: str
    words: tuple[str, ...]


def suggest(sentence: str) -> Suggestion:
    """The claim type a writer should mark `sentence` (normalised) with, and why."""
    best = _EFFICACY
    best_words = _EFFICACY.words_in(sentence)
    best_count = 0
    for kind in KINDS:
        words = kind.words_in(sentence)
        if len(words) > best_count:
            best, best_words, best_count = kind, words, len(words)
    return Suggestion(best.claim_type, best.why, tuple(dict.fromkeys(best_words)))


def kind_features(sentence: str) -> dict[str, float]:
    """How many cues of each kind the sentence has, for the trained detector."""
    return {
        f"kind:{kind.claim_type}": float(min(len(words), 3))
        for kind in ALL_KINDS
        if (words := kind.words_in(sentence))
    }
