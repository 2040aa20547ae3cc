"""Accurate sentences that carry risky words: warnings to the reader, quotations of what not to
believe, and approval for a use other than the article's.

"Be wary of clinics that promise a cure" warns; "'Miracle cure' is a phrase no honest clinic
uses" quotes; "Ketamine is approved as an anaesthetic, not for depression" is true. None of
them promises what the words would promise on their own. Works on normalised text.
"""

import re

from .article import ArticleInput
from .context import sentence_spans

# A clause ends at these; a warning before them does not reach words after them.
_CLAUSE_END = re.compile(r"[.;:!?]|\b(?:but|however|although|though|yet|whereas)\b")

# Words that say the reader should not believe what follows or what was quoted.
_CAUTION = re.compile(
    r"\b(?:wary|beware|suspicious|careful|caution\w*|sceptic\w*|skeptic\w*|mislead\w*|"
    r"not true|untrue|false|myths?|red flags?|warning signs?|look elsewhere|walk away|"
    r"dishonest|no (?:honest|reputable|responsible)|reputable|should make you|"
    r"not (?:giving|telling) you|the (?:full|whole) (?:picture|truth)|exaggerat\w*|"
    r"ignore|avoid|steer clear|watch out|(?:don't|do not|never) (?:believe|trust|fall for)|"
    r"never (?:tell|say|claim|promise|call)|question|distrust|too good to be true)\b"
)
# A frame that on its own puts what follows at arm's length: "be wary of clinics that…".
_FRAME = re.compile(
    r"\b(?:be (?:wary|suspicious|careful|cautious|sceptical|skeptical)|beware|steer clear|"
    r"watch out|(?:don't|do not|never) (?:believe|trust|fall for)|ignore|question any|"
    r"distrust|(?:the|a|it is a) myth that|red flag)\b"
)
_FRAME_REACH = 10  # words between the frame and the wording
# Someone else's words: a third party, or a verb or noun of saying, before the wording.
_REPORTED = re.compile(
    r"\b(?:clinics?|providers?|anyone|anybody|someone|websites?|sites?|sellers?|adverts?|ads|"
    r"advertisements?|companies|practitioners?|marketing|promis\w*|claim\w*|says?|said|"
    r"tell\w*|calls?|called|describ\w*|advertis\w*|market\w*|sold|sell\w*|offers?|"
    r"labell?ed|boast\w*|words? (?:like|such as)|phrases? (?:like|such as)|the idea)\b"
)
_QUOTE = re.compile(r"\"[^\"]*\"|(?<![a-z])'[^']*'(?![a-z])")
_WORD = re.compile(r"[a-z0-9']+")


def _sentence(text: str, start: int) -> tuple[int, int]:
    for s, e in sentence_spans(text):
        if s <= start < e:
            return s, e
    return 0, len(text)


def warned_against(text: str, start: int, end: int) -> bool:
    """Whether the wording at text[start:end] is held up as something not to believe."""
    s, e = _sentence(text, start)
    before = text[s:start]
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    clause = before[clause_start:]
    for frame in _FRAME.finditer(clause):
        if len(_WORD.findall(clause[frame.end() :])) <= _FRAME_REACH:
            return True
    sentence = text[s:e]
    if not _CAUTION.search(sentence):
        return False
    quoted = any(q.start() <= start - s and end - s <= q.end() for q in _QUOTE.finditer(sentence))
    return quoted or bool(_REPORTED.search(before))


# Approval for another use: the anaesthetic licence of ketamine, sedation for procedures.
_OTHER_USE = re.compile(
    r"\b(?:as an? an(?:a)?esthetic|(?:for|in) (?:use in )?an(?:a)?esthesia|(?:for|in|during) "
    r"(?:surgery|operations|procedures|sedation)|for sedation|for pain(?: relief)?)\b"
)
# …unless the sentence also claims approval for a mental-health use.
_MENTAL_HEALTH_USE = re.compile(
    r"(?<!not )\bfor (?:treatment-resistant |major |severe )?(?:depression|anxiety|ptsd|ocd|"
    r"mood|mental health|suicidal)"
)
# "Esketamine is approved…, but IV ketamine is not."
_BUT_NOT = re.compile(r"\bbut\b[^.;]*\b(?:is not|isn't|are not|aren't|has not|hasn't)\b")


_ONLY_FOR = re.compile(r"\bonly (?=as|for|in|during)")
_PART_BREAK = re.compile(r"[.;:!?,()]|\b(?:but|however|whereas)\b")


def approval_for_another_use(article: ArticleInput, text: str, start: int, end: int) -> bool:
    """Whether the approval wording at text[start:end] is about another use or product."""
    s, e = _sentence(text, start)
    # The part of the sentence the approval belongs to: "approved as an anaesthetic; its use
    # for depression is off-label" names the other use in one part, this one in another.
    part_start = max((m.end() for m in _PART_BREAK.finditer(text, s, start)), default=s)
    after = _PART_BREAK.search(text, end, e)
    part = text[part_start : after.start() if after else e]
    if _OTHER_USE.search(part) and not _MENTAL_HEALTH_USE.search(part):
        return True
    # "FDA approved, but only for anaesthesia"
    only = _ONLY_FOR.search(text, end, e)
    if only and _OTHER_USE.match(text, only.end()):
        return True
    if article.therapy is None or not _BUT_NOT.search(text[end:e]):
        return False
    # Another product is the subject, and the sentence says this therapy is not approved.
    therapy = re.escape(article.therapy.therapy.lower())
    return not re.search(rf"(?<![a-z]){therapy}(?![a-z])", text[s:start])


def reads_as_warning(sentence: str) -> bool:
    """Whether a sentence warns the reader about someone else's claims (a detector feature)."""
    return bool(_CAUTION.search(sentence)) and bool(
        _FRAME.search(sentence) or _REPORTED.search(sentence) or _QUOTE.search(sentence)
    )
