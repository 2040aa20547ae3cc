"""Spot sentences in plain text that state a medical fact but were not marked as claims.

Each sentence earns points for cues that medical claims share (an effect on body or mind, a
statistic, a named medicine, an outcome, an appeal to evidence or regulators) and loses points
for cues of instructions and clinic logistics. At CLAIM_THRESHOLD or above it reads as a claim.
Questions and short headings are never claims: "Does esketamine help with anxiety?" asks.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .article import ArticleInput
from .caution import reads_as_warning
from .claim_kinds import kind_features, suggest
from .context import is_denied, sentence_spans
from .learned import LinearModel, text_features
from .passages import CLAIM, Passage
from .phrases import DOSE_FIGURE
from .rule import Hit

HEADING_MAX_WORDS = 8
MODEL_PATH = Path(__file__).with_name("unmarked_model.json")


@dataclass(frozen=True)
class Cue:
    name: str
    points: int
    pattern: re.Pattern[str]
    # A denied effect or promise ("no treatment is guaranteed to work") is a caution, not a
    # claim. Regulatory and outcome words stay claims when denied ("is not FDA-approved").
    deniable: bool = False

    def found_in(self, sentence: str) -> bool:
        return any(
            not (self.deniable and is_denied(sentence, match.start()))
            for match in self.pattern.finditer(sentence)
        )


def _words(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


CUES = (
    Cue(
        "an effect on body or mind",
        2,
        _words(
            r"reduc(?:e|es|ed|ing)",
            r"reliev(?:e|es|ed|ing)",
            r"improv(?:e|es|ed|ing|ement|ements)",
            r"eas(?:e|es|ed)",
            r"treats|treated|to treat",
            r"prevent(?:s|ed)?",
            r"helps?(?: with)?|helped",
            r"works(?: by| for| in)?|to work|start working|stop working",
            r"is effective|effective (?:for|in|at)",
            r"lower(?:s|ed)?|rais(?:e|es|ed)|increas(?:e|es|ed)|decreas(?:e|es|ed)",
            r"caus(?:e|es|ed)|lead(?:s)? to|linked to|worsen(?:s|ed)?|weaken",
            r"blocks?|stimulat(?:e|es)|boosts?|lifts?|rewires?|affects?",
            r"respond(?:s|ed)?|relapsed?|recover(?:s|ed)?|get better|feel better",
            # "lasts about a week", not "last year"
            r"last(?:s|ed)? (?:about |for |up to |several |a few |\d+ |a |an )+"
            r"(?:hours?|days?|weeks?|months?|years?)",
            r"wears? off|fades?|returns? to normal",
            r"come back|habit-forming|addictive",
        ),
        deniable=True,
    ),
    Cue(
        "a promise about results or safety",
        2,
        _words(
            r"cur(?:e|es|ed|ing)|cure-all|guarantee\w*|miracl\w*|permanent\w*|forever",
            r"safe|safer|safest|harmless|risk-free|risk free|zero risk|no risk",
            r"(?:no|zero|without|free of) (?:side|adverse) effects|safety record",
            r"effective|proven|relief|results?|success rate|fast-acting|rapid",
            r"(?:better|faster|quicker) than|superior to|outperforms?|gold standard",
        ),
        deniable=True,
    ),
    Cue(
        "a statistic",
        2,
        _words(
            r"\d+(?:\.\d+)? ?(?:%|percent|per cent)",
            r"(?:\d+|one|two|three|four|five|six|seven|eight|nine) (?:in|out of) "
            r"(?:[\d,]+|two|three|four|five|six|seven|eight|nine|ten|a hundred)",
            r"(?:about |roughly |around |nearly |almost |over )?(?:half|a third|a quarter|"
            r"two thirds|one third)(?: of)?",
            r"(?:most|many) (?:of our )?(?:people|patients|adults)|the majority|some people",
            r"response rates?|rates? of|on average|an average|fewer than|more than placebo",
        ),
    ),
    Cue("a dose", 2, DOSE_FIGURE),
    Cue(
        "a risk or likelihood",
        2,
        _words(
            r"(?:more|less) (?:likely|common|sensitive)|at (?:higher|lower|increased) risk",
            r"risk of|should not (?:be used|have|take)|not recommended",
        ),
    ),
    Cue(
        "an appeal to evidence or regulators",
        2,
        _words(
            r"trials?|stud(?:y|ies)|research|evidence|participants|(?:patients|people) report",
            r"reported",
            r"fda|approved|off-label|cleared|first-line|designation",
        ),
    ),
    Cue(
        "a named medicine or treatment",
        1,
        _words(
            r"(?:es)?ketamine(?:'s)?",
            r"spravato",
            r"ssris?|snris?|antidepressants?|medicines?",
            r"sertraline|fluoxetine|escitalopram|citalopram|paroxetine|venlafaxine|duloxetine",
            r"bupropion|mirtazapine|lithium|lamotrigine|benzodiazepines?|psilocybin",
            r"tms|ect|placebo|therapy|treatments?|infusions?",
        ),
    ),
    Cue(
        "an outcome",
        1,
        _words(
            r"response|remission|symptoms?|relapse|side effects?|effects?|suicid\w*|mood",
            r"depressi\w*|anxiety|ptsd|ocd|dissociation|nausea|blood pressure|seizures?",
            r"dependence|addiction|psychosis|headaches?|drows\w*|dizz\w*|confus\w*",
        ),
    ),
    Cue(
        "a part of the body",
        1,
        _words(r"brain|body|heart|liver|bladder|pregnan\w*|baby|nerves?"),
    ),
    Cue(
        "a hedge or how often",
        1,
        _words(
            r"can|may|might|could|usually|often|rare(?:ly)?|common(?:ly)?|frequent(?:ly)?",
            r"sometimes|typical(?:ly)?",
        ),
    ),
    Cue(
        # "explain how a visit works" describes the page or the visit, not an effect; it
        # cancels the effect cue that "works" earns.
        "an explanation of how something goes",
        -2,
        _words(
            r"(?:explain\w*|learn\w*|describ\w*|find out|show\w*|tells? you)(?: \w+){0,6} "
            r"how (?:(?:a|an|the|this|your|each|our) )?(?:\w+ ){0,2}works"
        ),
    ),
    Cue(
        "an instruction",
        -2,
        re.compile(
            r"^(?:please|call|ask|tell|bring|talk|read|learn|download|wear|keep|check|thank)"
            r"\b|\b(?:you'll need|we offer)\b"
        ),
    ),
)


_PROMISE = next(cue for cue in CUES if cue.name == "a promise about results or safety")


def claim_score(sentence: str) -> int:
    """The hand-set weights of the cues: the detector before the trained model (for docs)."""
    return sum(cue.points for cue in CUES if cue.found_in(sentence))


def sentence_features(sentence: str) -> dict[str, float]:
    """What the trained model reads: the words, and which cues above and in claim_kinds fire."""
    features = text_features(sentence)
    features.update((f"cue:{cue.name}", 1.0) for cue in CUES if cue.found_in(sentence))
    features.update(kind_features(sentence))
    if reads_as_warning(sentence):
        features["context:warns the reader"] = 1.0
    promise = _PROMISE.pattern
    if promise.search(sentence) and not _PROMISE.found_in(sentence):
        features["context:denied promise"] = 1.0
    return features


def _is_heading(sentence: str) -> bool:
    # "Who should not have ketamine" labels a section; it does not state a fact.
    unpunctuated = not sentence.rstrip().endswith((".", "!", ";", ":"))
    return unpunctuated and len(sentence.split()) <= HEADING_MAX_WORDS


def is_never_a_claim(sentence: str) -> bool:
    """Questions and short headings ask or label; the model is not asked about them."""
    return sentence.rstrip().endswith("?") or _is_heading(sentence)


def reads_like_claim(sentence: str) -> bool:
    if is_never_a_claim(sentence):
        return False
    return MODEL.probability(sentence_features(sentence)) >= MODEL.threshold


def why(sentence: str) -> tuple[str, str]:
    """The claim type to suggest for a flagged sentence, and the reason the writer reads."""
    suggestion = suggest(sentence)
    words = suggestion.words or _telling_words(sentence)
    quoted = ", ".join(f"“{w}”" for w in words[:3])
    article = "an" if suggestion.claim_type[0] in "aeiou" else "a"
    reason = f" Why: it reads like {suggestion.why}"
    reason += f" ({quoted})" if quoted else ""
    return suggestion.claim_type, f"{reason}: mark it as {article} {suggestion.claim_type} claim."


def _telling_words(sentence: str) -> tuple[str, ...]:
    # The words and word pairs that pushed the model's score up most.
    shares = MODEL.contributions(text_features(sentence))
    return tuple(name[2:] for share, name in shares if share > 0 and name[0] in "wb")[:3]


def unmarked_claims(article: ArticleInput, passages: list[Passage]) -> Iterator[Hit]:
    for passage in passages:
        if passage.kind == CLAIM:
            continue
        words = passage.words
        for start, end in sentence_spans(words.text):
            sentence = words.text[start:end]
            if reads_like_claim(sentence):
                claim_type, note = why(sentence)
                yield Hit(passage.block_id, words.excerpt(start, end), start, note, claim_type)


MODEL = LinearModel.load(MODEL_PATH)
