"""Risky wording in new frames: warnings to the reader, quotations of what not to believe,
approval for another use, look-alike letters from several scripts, and promises that still
promise. Written for this round of tuning; the checker is tuned on them.
"""

from .labels import (
    COMPLETELY_SAFE,
    CURE,
    FDA,
    GUARANTEE,
    HUNDRED,
    MIRACLE,
    NO_SIDE_EFFECTS,
    PERMANENT,
    RISK_FREE,
    SPEED,
    SUPERLATIVE,
    ex,
    section,
)

WARNINGS_TO_THE_READER = section(
    "warning to the reader",
    [
        ex("Be wary of clinics that promise a cure."),
        ex("Beware of any provider who guarantees results."),
        ex("A clinic that calls ketamine a miracle is not giving you the full picture."),
        ex("Steer clear of websites that say their treatment is risk-free."),
        ex("If a clinic tells you esketamine has no side effects, look elsewhere."),
        ex("Avoid anyone who claims TMS will fix your depression forever."),
        ex("Be suspicious of adverts promising 100% success."),
        ex("Any clinic that says ketamine is completely safe is misleading you."),
        ex("Watch out for online sellers who call their ketamine lozenges FDA approved."),
        ex("Be careful with providers who describe infusions as a permanent fix."),
        ex("Some clinics advertise ketamine as a cure, which is not true."),
        ex("Ignore promises that one session will cure your anxiety."),
        ex("Reputable clinics never promise a cure."),
        ex("Question any treatment sold as a miracle for depression."),
        ex("It is a red flag when a provider guarantees you will feel better."),
    ],
)

QUOTED_NOT_TO_BELIEVE = section(
    "quotation of what not to believe",
    [
        ex('Words like "cure", "guaranteed" and "risk-free" are warning signs in any advert.'),
        ex('Do not believe claims that ketamine is "100% safe".'),
        ex('"Miracle cure" is a phrase no honest clinic uses.'),
        ex('If you read that TMS has "zero side effects", that is not true.'),
        ex('Treat any "guaranteed results" offer with caution.'),
        ex("Claims of 'permanent relief' should make you sceptical."),
        ex('Phrases such as "completely harmless" are misleading.'),
        ex('We will never tell you that a treatment is "risk-free".'),
        ex('"FDA approved for depression" is false when it is said about IV ketamine.'),
        ex("The myth that esketamine is a cure for depression is still common online."),
    ],
)

APPROVAL_FOR_ANOTHER_USE = section(
    "approval for another use",
    [
        ex("Ketamine is approved as an anaesthetic, not for depression.", claim=True),
        ex("Ketamine is FDA approved as an anesthetic for surgery.", claim=True),
        ex(
            "The FDA approved ketamine for anaesthesia in 1970; for depression it is used "
            "off-label.",
            claim=True,
        ),
        ex("Ketamine has FDA approval only as an anaesthetic.", claim=True),
        ex(
            "Esketamine nasal spray is FDA approved for treatment-resistant depression, but IV "
            "ketamine is not.",
            claim=True,
        ),
        ex(
            "Ketamine was approved by the FDA for sedation and pain relief during procedures.",
            claim=True,
        ),
        ex(
            "IV ketamine is FDA-approved for use in anaesthesia, and its use for mood is "
            "off-label.",
            claim=True,
        ),
        ex("Ketamine is FDA approved, but only for anaesthesia.", claim=True),
        # Still a claim of approval for this use.
        ex("Ketamine is FDA approved for depression and for anaesthesia.", block=[FDA], claim=True),
        ex("Ketamine infusions are FDA approved and safe.", block=[FDA], claim=True),
        ex(
            "Our IV ketamine is FDA cleared for treatment-resistant depression.",
            block=[FDA],
            claim=True,
        ),
    ],
)

MORE_LOOK_ALIKES = section(
    "look-alike letters",
    [
        ex("Ketamine \u0441\u03c5res depression in weeks.", block=[CURE], claim=True),
        ex("Results are guar\u0430nteed.", block=[GUARANTEE]),
        ex("Our infusions are r\u0456sk-free.", block=[RISK_FREE], claim=True),
        ex("TMS has n\u03bf side effects.", block=[NO_SIDE_EFFECTS], claim=True),
        ex("Esketamine is c\u03bfmpletely safe.", block=[COMPLETELY_SAFE], claim=True),
        ex("A perman\u0435nt fix for anxiety.", block=[PERMANENT], claim=True),
        ex("Ketamine is a m\u1d09racle.", block=[MIRACLE], claim=True),
        ex("Ketamine is a \u1d0d\u026aracle for PTSD.", block=[MIRACLE], claim=True),
        ex("Our patients are \u1d04ured.", block=[CURE], claim=True),
        ex("Infusions are gu\u0251ranteed.", block=[GUARANTEE]),
        ex("Ketamine is 100% s\u0251fe.", block=[HUNDRED, COMPLETELY_SAFE], claim=True),
        ex("TMS \u0441\u057dres depression.", block=[CURE], claim=True),
        ex("Guarant\u0435\u0435d relief from PTSD.", block=[GUARANTEE], warn=[], claim=True),
        ex("Treatment is h\u0430rmless.", block=[COMPLETELY_SAFE], claim=True),
        ex("Ketamine is mira\u0441ulous.", block=[MIRACLE], claim=True),
        ex("Our spray is FD\u0391 approved for depression.", block=[FDA], claim=True),
        ex(
            "Ketamine is \U0001d41c\U0001d42e\U0001d42b\U0001d41e for depression.",
            block=[CURE],
            claim=True,
        ),
        ex("Esketamine is risk-fr\u0435\u0435.", block=[RISK_FREE], claim=True),
        ex("This is a c\u0585mplete cure.", block=[CURE], claim=True),
        ex("Ketamine \u13dfures anxiety.", block=[CURE], claim=True),
    ],
)

STILL_PROMISES = section(
    "risky wording",
    [
        ex("Unlike other clinics, we guarantee results.", block=[GUARANTEE]),
        ex("Don't settle for less: our infusions are risk-free.", block=[RISK_FREE], claim=True),
        ex("Say goodbye to anxiety for good: TMS is a miracle.", block=[MIRACLE], claim=True),
        ex("Ketamine is the cure people have been searching for.", block=[CURE], claim=True),
        ex(
            "Esketamine is perfectly safe when taken as prescribed.",
            block=[COMPLETELY_SAFE],
            claim=True,
        ),
        ex("Many of our patients tell us the infusions cured them.", block=[CURE], claim=True),
        ex("TMS carries zero risk of seizures.", block=[RISK_FREE], claim=True),
        ex("SSRIs are completely harmless.", block=[COMPLETELY_SAFE], claim=True),
        ex("With us, relief is guaranteed.", block=[GUARANTEE], claim=True),
        ex("Therapy with us ends depression once and for all.", block=[PERMANENT], claim=True),
        ex("Our success rate is 100 percent.", block=[HUNDRED], claim=True),
        ex("Ketamine infusions without any side effects.", block=[NO_SIDE_EFFECTS], claim=True),
        ex("Safe for everyone, even during pregnancy.", block=[COMPLETELY_SAFE], claim=True),
        ex("Esketamine is FDA-approved for PTSD.", block=[FDA], claim=True),
        ex(
            "The world's best ketamine clinic guarantees instant relief.",
            block=[GUARANTEE],
            warn=[SUPERLATIVE, SPEED],
            claim=True,
        ),
    ],
)

MORE_NEGATIONS = section(
    "accurate negation",
    [
        ex("Ketamine does not cure PTSD, but it may ease some symptoms for a time.", claim=True),
        ex("No one can guarantee how you will respond."),
        ex("Esketamine is not risk-free."),
        ex("TMS is not completely safe for people with metal implants.", claim=True),
        ex("There is no miracle treatment for depression."),
        ex("Ketamine is not approved by the FDA for depression.", claim=True),
        ex("Nothing we offer is a permanent fix."),
        ex("We never claim that TMS is harmless."),
        ex("No antidepressant works for 100% of people."),
        ex("Side effects can happen with any treatment; none is free of them."),
    ],
)

WORDING = (
    WARNINGS_TO_THE_READER
    + QUOTED_NOT_TO_BELIEVE
    + APPROVAL_FOR_ANOTHER_USE
    + MORE_LOOK_ALIKES
    + STILL_PROMISES
    + MORE_NEGATIONS
)
