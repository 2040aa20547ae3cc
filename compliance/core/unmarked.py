"""Spot sentences in plain text that state a medical fact but were not marked as claims.

Each sentence earns points for cues that medical claims share (an effect on body or mind, a
statistic, a named medicine, an outcome, an appeal to evidence or regulators) and loses points
for cues of instructions and clinic logistics. At CLAIM_THRESHOLD or above it reads as a claim.
Questions and short headings are never claims: "Does esketamine help with anxiety?" asks.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .article import ArticleInput
from .context import is_denied, sentence_spans
from .passages import CLAIM, Passage
from .phrases import DOSE_FIGURE
from .rule import Hit

CLAIM_THRESHOLD = 3
HEADING_MAX_WORDS = 8


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


def claim_score(sentence: str) -> int:
    return sum(cue.points for cue in CUES if cue.found_in(sentence))


def _is_heading(sentence: str) -> bool:
    # "Who should not have ketamine" labels a section; it does not state a fact.
    unpunctuated = not sentence.rstrip().endswith((".", "!", ";", ":"))
    return unpunctuated and len(sentence.split()) <= HEADING_MAX_WORDS


def reads_like_claim(sentence: str) -> bool:
    if sentence.rstrip().endswith("?") or _is_heading(sentence):
        return False
    return claim_score(sentence) >= CLAIM_THRESHOLD


def unmarked_claims(article: ArticleInput, passages: list[Passage]) -> Iterator[Hit]:
    for passage in passages:
        if passage.kind == CLAIM:
            continue
        words = passage.words
        for start, end in sentence_spans(words.text):
            if reads_like_claim(words.text[start:end]):
                yield Hit(passage.block_id, words.excerpt(start, end), start)
