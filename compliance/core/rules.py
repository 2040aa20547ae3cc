"""Every compliance rule, as data: what it catches, what to tell the writer, why, and who says so.

Order matters only for ties: findings at the same place are listed in this order.
"""

from . import codepoints, evidence, indication, readability, unmarked
from .article import ArticleInput
from .caution import approval_for_another_use
from .findings import BLOCK, WARN
from .phrases import DOSE_FIGURE, phrases
from .rule import ArticleRule, WordingRule
from .vocab import APPROVED, DOSAGE

FTC = "FTC Health Products Compliance Guidance (2022)"
FDA_ADVERTISING = "FDA 21 CFR 202.1"
HONCODE_ATTRIBUTION = "HONcode principle 4 (attribution)"
READABILITY_GUIDANCE = "AMA and NIH readability recommendations for patient materials"
WCAG_TEXT_ALTERNATIVES = "WCAG 2.2 success criterion 1.1.1 (non-text content)"
UNICODE_SECURITY = "Unicode Technical Standard #39 (Unicode security mechanisms)"


def _approved_for_this_use(article: ArticleInput) -> bool:
    return article.therapy is not None and article.therapy.status == APPROVED


_ABSOLUTE_PROMISES = (
    WordingRule(
        id="cure-wording",
        severity=BLOCK,
        pattern=phrases("cure", "cures", "cured", "curing", "cure-all", "curative"),
        message=(
            "Remove the promise of a cure: depression, anxiety and PTSD can come back after "
            "treatment. Say what studies found instead, e.g. 'in trials, about half of people "
            "felt better within a week'."
        ),
        reason="Promising a cure where none exists is a deceptive health claim, and it can "
        "lead people to stop care that is working.",
        source=FTC,
    ),
    WordingRule(
        id="guarantee-wording",
        severity=BLOCK,
        pattern=phrases(
            "guarantee",
            "guarantees",
            "guaranteed",
            "guaranteeing",
            "money back",
            "{promise,promises,promised} {results,relief,recovery,success,a cure,you will,you'll}",
        ),
        message=(
            "Remove 'guaranteed': no treatment works for everyone. Say what the studies found, "
            "e.g. 'about half of people in trials felt better'."
        ),
        reason="No treatment has the same result for every person; a guarantee misleads.",
        source=FTC,
    ),
    WordingRule(
        id="hundred-percent",
        severity=BLOCK,
        pattern=phrases("100%", "100 percent", "100 per cent", "one hundred percent"),
        message=(
            "Remove '100%': no treatment works for, or is safe for, every person. Give the "
            "figure a study found and cite it."
        ),
        reason="Absolute figures about effect or safety are never supported by evidence.",
        source=FTC,
    ),
    WordingRule(
        id="risk-free",
        severity=BLOCK,
        pattern=phrases(
            "risk free",
            "riskless",
            "{free of,free from,without} {any ,}risk{,s}",
            "zero risk",
            "no risk{,s}",
        ),
        message=(
            "Remove 'risk-free': every treatment has risks. Point to them instead, e.g. 'Like "
            "any treatment, ketamine has risks; see Risks and side effects.'"
        ),
        reason="Denying risk hides what patients need to weigh before agreeing to treatment.",
        source=f"{FTC}; {FDA_ADVERTISING}(e)(5) (fair balance)",
    ),
    WordingRule(
        id="no-side-effects",
        severity=BLOCK,
        pattern=phrases(
            "{no,zero} {known ,}{side effect,side effects,adverse effects,adverse reactions}",
            "without {any ,}{side effect,side effects,adverse effects,adverse reactions}",
            "side effect{,s} free",
            "{free of,free from} {any ,}{side effects,adverse effects}",
        ),
        message=(
            "Remove 'no side effects': every medicine and procedure can cause them. Name the "
            "common ones and how often they happen, and cite the source."
        ),
        reason="Side effects are part of the informed choice; denying them is false.",
        source=f"{FTC}; {FDA_ADVERTISING}(e)(5) (fair balance)",
    ),
    WordingRule(
        id="completely-safe",
        severity=BLOCK,
        pattern=phrases(
            "{completely,totally,perfectly,entirely,absolutely,utterly,100%,100 percent} safe",
            "harmless",
            "safe for {everyone,everybody,anyone,all,every adult,every patient,every person}",
        ),
        message=(
            "Remove the promise of complete safety: no treatment is safe for everyone. Say who "
            "should not have it and what the main risks are."
        ),
        reason="Absolute safety claims are false for any active treatment.",
        source=f"{FTC}; {FDA_ADVERTISING}(e)(5) (fair balance)",
    ),
    WordingRule(
        id="permanent-fix",
        severity=BLOCK,
        pattern=phrases(
            "permanent {fix,fixes,relief,cure,solution,results,recovery,remission}",
            "permanently {fix,fixes,cure,cures,end,ends,eliminate,eliminates,relieve,relieves}",
            "{relief,results,improvement,recovery} {is,are} permanent",
            "once and for all",
            "forever",
            "never {come,comes} back",
        ),
        message=(
            "Remove the promise of a permanent fix: symptoms often come back and many people "
            "need repeat treatment. Say how long benefits lasted in studies."
        ),
        reason="Relapse is common after these treatments; promising permanence misleads.",
        source=FTC,
    ),
    WordingRule(
        id="miracle-wording",
        severity=BLOCK,
        pattern=phrases("miracle", "miracles", "miraculous", "wonder drug", "magic bullet"),
        message=(
            "Remove 'miracle': it promises more than any evidence can show. Describe what the "
            "treatment does and for how many people."
        ),
        reason="Words of wonder make a health claim no study can back.",
        source=FTC,
    ),
    WordingRule(
        id="fda-approved-wording",
        severity=BLOCK,
        pattern=phrases(
            "fda {approved,cleared}",
            "{approved,cleared} by the {,us ,u.s. }{fda,food and drug administration}",
            "fda has {approved,cleared}",
            "{has,have,with,received,holds} fda {approval,clearance}",
        ),
        message=(
            "Remove the FDA-approval wording: this therapy is not FDA-approved for this "
            "indication and route. The page shows its regulatory status from the therapy "
            "record, so don't restate it in your own words."
        ),
        reason="Claiming FDA approval for an off-label or unapproved use misleads patients "
        "about the evidence and oversight behind it.",
        source=f"{FDA_ADVERTISING}; FD&C Act section 502(a)",
        accurate_when=_approved_for_this_use,
        accurate_here=approval_for_another_use,
    ),
)

_MARKETING_WORDS = (
    WordingRule(
        id="comparison-wording",
        severity=WARN,
        pattern=phrases(
            "{better,faster,quicker,safer,stronger} than",
            "{more,far more} {effective,powerful,successful} than",
            "outperform{,s,ed}",
            "superior to",
        ),
        message=(
            "Check the comparison: say what it was compared with, in which study and by how "
            "much, and mark it as a comparative claim with a reference. Otherwise remove it."
        ),
        reason="A comparison needs head-to-head evidence; without it, it misleads.",
        source=FTC,
    ),
    WordingRule(
        id="speed-wording",
        severity=WARN,
        pattern=phrases(
            "{works,work,working,relief,results,feel better} {in,within} "
            "{,just ,only ,a few ,as little as }{hours,minutes}",
            "{rapid,fast,instant,immediate,quick} {relief,results}",
            "{fast,rapid} acting",
            "works {instantly,immediately,overnight}",
            "overnight {relief,results}",
            "within {hours,minutes} of {your,their,the} first",
            "{lift,lifts,ease,eases} {mood,symptoms,depression} {in,within} "
            "{,just ,only ,a few }{hours,minutes}",
        ),
        message=(
            "Check the speed claim: say how many people improved and by when in the studies "
            "(e.g. 'in trials, some people felt better within a day'), and mark it as a claim "
            "with a reference."
        ),
        reason="Promises of fast relief set expectations most patients will not meet.",
        source=FTC,
    ),
    WordingRule(
        id="proof-wording",
        severity=WARN,
        pattern=phrases(
            "{clinically,scientifically,medically} proven",
            "proven to",
            "a proven {cure,treatment,therapy,way,method,solution}",
            "{studies,research,science,trials,evidence} {show,shows,prove,proves}",
            "{studies,research,trials} {has,have} {shown,proven,proved}",
        ),
        message=(
            "Replace 'proven' or 'studies show' with the study itself: what it found, in how "
            "many people, with a reference. Evidence supports; it rarely proves."
        ),
        reason="Appeals to proof overstate what studies show and hide which studies they are.",
        source=f"{FTC} ('competent and reliable scientific evidence')",
    ),
    WordingRule(
        id="superlative-wording",
        severity=WARN,
        pattern=phrases(
            "best",
            "most effective",
            "safest",
            "most advanced",
            "revolutionary",
            "premier",
            "unrivalled",
            "unrivaled",
            "unmatched",
            "top rated",
            "world renowned",
            "breakthrough",
            "state of the art",
            "cutting edge",
            "world class",
            "gold standard",
            "{industry,market,world} leading",
            "number one",
            "#1",
            "leading {clinic,clinics,provider,providers,centre,center,expert,experts,"
            "specialist,specialists,practice,treatment,team,choice}",
        ),
        unless=phrases(
            "at best",
            "best to",
            "{your,their,our,his,her} best",
            "best for you",
            "suits you best",
            "breakthrough therapy designation",
        ),
        message=(
            "Remove the superlative, or replace it with what a study found and cite it. "
            "Patients can't check 'best' or 'leading'."
        ),
        reason="Superlatives claim a ranking that no study establishes.",
        source=FTC,
    ),
    WordingRule(
        id="dosage-outside-dosage-claim",
        severity=WARN,
        pattern=DOSE_FIGURE,
        message=(
            "Move this dose into a dosage claim with its source (usually the drug label), or "
            "remove it."
        ),
        reason="Doses must be exact, sourced and reviewed; patients may act on a figure they "
        "read, and figures in plain text go out of date unnoticed.",
        source=FDA_ADVERTISING,
        asserted_only=False,
        belongs_in=frozenset({DOSAGE}),
    ),
)

_EVIDENCE_AND_BALANCE = (
    ArticleRule(
        id="claim-without-reference",
        severity=BLOCK,
        test=evidence.claims_without_references,
        message=(
            "This claim has no reference. Add the study it rests on (a study, guideline or drug "
            "label), or remove the claim."
        ),
        reason="Every medical fact a patient reads must be traceable to evidence the medical "
        "director can check.",
        source=HONCODE_ATTRIBUTION,
    ),
    ArticleRule(
        id="benefits-without-risks",
        severity=BLOCK,
        test=evidence.benefits_without_risks,
        message=(
            "Add a 'Risks and side effects' section: this article describes benefits, so the "
            "risks must be given comparable prominence."
        ),
        reason="Benefits without risks give a one-sided picture and deny patients an "
        "informed choice.",
        source=f"{FDA_ADVERTISING}(e)(5) (fair balance); {FTC}",
    ),
    ArticleRule(
        id="status-for-another-condition",
        severity=WARN,
        test=indication.status_for_another_condition,
        message=(
            "The regulatory status does not match the condition this article is about, so its "
            "disclosure would tell patients about another use. Choose the status for this "
            "condition, or ask Compliance to add one."
        ),
        reason="The disclosure states what the therapy is and is not approved for; for the "
        "wrong condition it misinforms patients about the treatment they are reading about.",
        source=f"{FDA_ADVERTISING}; FD&C Act section 502(a)",
    ),
    ArticleRule(
        id="claims-share-an-id",
        severity=BLOCK,
        test=evidence.claims_sharing_an_id,
        message="This claim repeats another claim's id. Delete it and add it again.",
        reason="Each sign-off names one claim by its id; two claims under one id would share "
        "a signature neither was given.",
        source="21 CFR 11.70 (signatures linked to their records)",
    ),
    ArticleRule(
        id="image-without-alt-text",
        severity=BLOCK,
        test=evidence.images_without_alt_text,
        message="This image has no alt text. Describe what it shows for people who cannot see it.",
        reason="Patients using screen readers must get what the image shows.",
        source=WCAG_TEXT_ALTERNATIVES,
    ),
    ArticleRule(
        id="old-reference",
        severity=WARN,
        test=evidence.old_references,
        message=(
            f"These references are more than {evidence.MAX_REFERENCE_AGE_YEARS} years old: "
            "check for newer evidence, or add a recent systematic review or guideline."
        ),
        reason="Evidence on these treatments moves quickly; patients should read the current "
        "picture.",
        source="Silberg et al., JAMA 1997 (currency benchmark for health information online)",
    ),
    ArticleRule(
        id="animal-only-evidence",
        severity=WARN,
        test=evidence.benefits_shown_only_in_animals,
        message=(
            "This benefit is backed only by animal or lab studies. Say so plainly ('in studies "
            "in animals…'), or add studies in people."
        ),
        reason="Results in animals or cells often do not carry over to people.",
        source=f"{FTC} ('competent and reliable scientific evidence')",
    ),
)

# What is signed must be what is shown: characters that make the two differ block submission.
_CHARACTERS = (
    ArticleRule(
        id="bidi-control",
        severity=BLOCK,
        test=codepoints.bidi_controls,
        message=(
            "Remove the text-direction control character: it makes the text display in a "
            "different order from the one it is stored and signed in. Retype the sentence."
        ),
        reason="The director signs the stored words; a direction control can make a patient's "
        "screen show them in another order, so what is read is not what was signed.",
        source=f"{UNICODE_SECURITY}; Unicode Standard Annex #9; CVE-2021-42574 (Trojan Source)",
    ),
    ArticleRule(
        id="invisible-character",
        severity=BLOCK,
        test=codepoints.invisible_characters,
        message=(
            "Remove the invisible character: it shows as nothing but splits or joins words, so "
            "the text checked and signed is not the text anyone sees. Retype the word."
        ),
        reason="Hidden characters let wording slip past the checks and the director's reading.",
        source=f"{UNICODE_SECURITY}, default-ignorable code points",
    ),
    ArticleRule(
        id="mixed-script-word",
        severity=BLOCK,
        test=codepoints.mixed_script_words,
        message=(
            "Retype this word in plain letters and digits: it mixes in look-alike characters "
            "from another script (a Cyrillic О for a Latin O or a zero), or full-width or "
            "mathematical ones, so it reads one way and is stored and searched another."
        ),
        reason="A look-alike in a dose or a word changes what is stored without changing what "
        "anyone sees: a director could sign a figure that is not the one patients find.",
        source=f"{UNICODE_SECURITY}, section 5 (mixed-script detection)",
    ),
)

_READABILITY = (
    ArticleRule(
        id="reading-level",
        severity=WARN,
        test=readability.article_too_hard,
        message=(
            f"The article reads above US grade {readability.ARTICLE_GRADE_LIMIT}; aim for "
            "grade 6. Use shorter sentences and everyday words ('medicine', not "
            "'pharmacotherapy'), and explain any medical term you keep."
        ),
        reason="Most adults read health information best at grade 6 to 8; harder text is "
        "misunderstood.",
        source=READABILITY_GUIDANCE,
    ),
    ArticleRule(
        id="hard-to-read-block",
        severity=WARN,
        test=readability.passages_too_hard,
        message=(
            f"This passage reads above grade {readability.PASSAGE_GRADE_LIMIT}. Split long "
            "sentences and swap long words for everyday ones."
        ),
        reason="One dense passage can lose a reader for the rest of the page.",
        source=READABILITY_GUIDANCE,
    ),
    ArticleRule(
        id="unmarked-claim",
        severity=WARN,
        test=unmarked.unmarked_claims,
        message=(
            "This sentence reads like a medical claim. Mark it as a claim and add a reference, "
            "or rewrite it so it doesn't state a medical fact."
        ),
        reason="Claims left in plain text skip the medical director's sign-off and carry no "
        "evidence.",
        source=f"{HONCODE_ATTRIBUTION}; {FTC} (substantiation)",
    ),
)

RULES = _EVIDENCE_AND_BALANCE + _CHARACTERS + _ABSOLUTE_PROMISES + _MARKETING_WORDS + _READABILITY
