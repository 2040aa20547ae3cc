"""Sentences the checker is not tuned on and the detector never trains on.

Labelled by the house rules in corpus/labels.py before the checker ran on them.

`FIRST_HELD_OUT` was written after the first tuning on the first corpus. Its first run was the
honest out-of-sample measure then (BLOCK recall 0.692, WARN recall 0.625, unmarked-claim
precision 0.857 / recall 0.600; see docs/compliance-checks.md). Close variants it exposed
("forever", "adverse effects", "quicker than", "premier") were then added to the rules, so its
figures flatter. Labels were not changed.

`FRESH` was written after the trained detector and the new corpus sections were finished,
and scored once as they stand (the first run is in docs/compliance-checks.md). Never add
these to the corpus: once the detector trains on them they stop measuring anything.
"""

from .corpus.labels import (
    COMPARISON,
    COMPLETELY_SAFE,
    CURE,
    DOSAGE,
    FDA,
    GUARANTEE,
    HUNDRED,
    MIRACLE,
    NO_SIDE_EFFECTS,
    PERMANENT,
    PROOF,
    RISK_FREE,
    SPEED,
    SUPERLATIVE,
    ex,
    section,
)

FIRST_HELD_OUT = [
    ex("Our patients walk out cured.", block=[CURE], claim=True),
    ex("Say goodbye to depression forever with ketamine.", block=[PERMANENT], claim=True),
    ex("We promise results or your money back.", block=[GUARANTEE]),
    ex(
        "Ketamine has a spotless safety record with zero adverse effects.",
        block=[NO_SIDE_EFFECTS],
        claim=True,
    ),
    ex("TMS carries absolutely no risk.", block=[RISK_FREE], claim=True),
    ex("A completely harmless way to lift your mood.", block=[COMPLETELY_SAFE], claim=True),
    ex("Esketamine works for 100% of our patients.", block=[HUNDRED], claim=True),
    ex(
        "This is the miraculous therapy veterans have been waiting for.",
        block=[MIRACLE],
        claim=True,
    ),
    ex("Ketamine therapy has FDA approval for treating PTSD.", block=[FDA], claim=True),
    ex("The FDA approved ketamine for depression in 2019.", block=[FDA], claim=True),
    ex("Guaranteed to work, or your next session is free.", block=[GUARANTEE]),
    ex("Depression, cured.", block=[CURE], claim=True),
    ex("Esketamine is safe for every adult.", block=[COMPLETELY_SAFE], claim=True),
    ex("Ketamine isn't a cure, but for some people it eases symptoms for a while.", claim=True),
    ex("Nobody can guarantee that TMS will help you."),
    ex("There's no such thing as a risk-free medicine."),
    ex("Neither ketamine nor TMS is a miracle."),
    ex("No infusion is entirely safe."),
    ex("Ketamine for depression is not approved by the FDA.", claim=True),
    ex("Is TMS safe for teenagers?"),
    ex("TMS kicks in quicker than pills.", warn=[COMPARISON], claim=True),
    ex("Many people feel lighter within hours of their first infusion.", warn=[SPEED], claim=True),
    ex("Research has proven that ketamine rebuilds brain connections.", warn=[PROOF], claim=True),
    ex("The premier ketamine clinic in Texas.", warn=[SUPERLATIVE]),
    ex("Esketamine is our most popular treatment."),
    ex("The starting dose for adults is 0.5 milligrams per kilogram.", warn=[DOSAGE], claim=True),
    ex("Most people take two sprays of 28 mg each.", warn=[DOSAGE], claim=True),
    ex(
        "Ketamine relieves depression faster than any other medicine.",
        warn=[COMPARISON],
        claim=True,
    ),
    ex("Ketamine is an industry-leading treatment for depression.", warn=[SUPERLATIVE], claim=True),
    ex("Your doctor will choose the dose that is right for you."),
    ex("About 4 in 10 people had no depression symptoms after a month of TMS.", claim=True),
    ex("Ketamine can cause a brief rise in heart rate.", claim=True),
    ex("Esketamine should not be used by people with an aneurysm.", claim=True),
    ex("Ketamine changes how glutamate works in the brain.", claim=True),
    ex("In one trial, nightmares became less frequent after ketamine.", claim=True),
    ex("Ketamine can interact with some blood pressure medicines.", claim=True),
    ex("The benefits of a course of TMS often last several months.", claim=True),
    ex("Older adults may be more sensitive to esketamine.", claim=True),
    ex("Some patients report vivid dreams after treatment.", claim=True),
    ex("PTSD is more common in people who have served in combat.", claim=True),
    ex("Your nurse will take your blood pressure before the infusion."),
    ex("We will book your next visit before you leave."),
    ex("Plan to rest for the remainder of the day."),
    ex("You may bring headphones and your own music."),
    ex("Our clinic has been caring for patients since 2015."),
    ex("Find directions to our clinic on the contact page."),
    ex("Here is what to expect at your first TMS visit."),
    ex("How ketamine is given"),
    ex("Most insurance plans do not cover ketamine infusions."),
    ex("Please arrive fifteen minutes early."),
]


def _claims(kind, *texts):
    return section(kind, [ex(text, claim=True) for text in texts])


def _plain(kind, *texts):
    return section(kind, [ex(text) for text in texts])


FRESH = (
    _claims(
        "mechanism",
        "Once sprayed, the medicine is taken up by the blood vessels inside the nose.",
        "Ketamine changes the way glutamate signals pass between nerve cells.",
        "The body clears esketamine mainly through the liver.",
        "TMS switches on nerve cells in a small patch of the brain under the coil.",
        "Within a few hours of an infusion, most of the ketamine has been broken down.",
        "SSRIs slow the recycling of serotonin so more of it stays active.",
        "The antidepressant effect is thought to come from new links forming between brain cells.",
        "Norketamine, made as the body breaks ketamine down, keeps acting for several hours.",
        "Psychotherapy helps people learn new ways of responding to stress.",
        "Each magnetic pulse lasts less than a thousandth of a second.",
    )
    + _claims(
        "side effects and tolerability",
        "Most people find the side effects manageable.",
        "Feeling spaced out during the dose is normal and wears off within two hours.",
        "Headaches after TMS are common in the first week.",
        "A few people feel light-headed when they stand up after the infusion.",
        "Side effects of SSRIs often settle after the first couple of weeks.",
        "Ketamine can make some people feel panicky for a short while.",
        "Nausea can usually be prevented with an anti-sickness tablet.",
        "Long-term misuse of ketamine can cause lasting bladder pain.",
        "Some people feel emotionally flat while taking an SSRI.",
        "Very few people stop treatment because of side effects.",
    )
    + _claims(
        "who should not have it",
        "Ketamine is not a suitable treatment for people with schizophrenia.",
        "If you are pregnant, esketamine should not be used.",
        "People with implanted electronic devices in the head cannot have TMS.",
        "Those with a history of ketamine misuse should not have this treatment.",
        "Esketamine is unsafe for people with a blood vessel bulge in the brain or chest.",
        "People with severe untreated sleep apnoea may need to avoid ketamine.",
        "SSRIs may not be right for people taking blood thinners.",
    )
    + _claims(
        "monitoring stated as medical fact",
        "Your blood pressure is checked during the infusion because ketamine often raises it "
        "for a while.",
        "After each spray you stay with us for two hours, because drowsiness and dissociation "
        "can come on suddenly.",
        "You may feel detached from your surroundings for most of the infusion.",
        "Your oxygen level is tracked with a finger clip in case your breathing slows.",
        "The clinic must watch you after every dose because esketamine can be misused.",
        "Expect to feel drowsy and unsteady for an hour or so after the session.",
    )
    + _claims(
        "efficacy",
        "Lots of patients say the fog starts to clear after the second infusion.",
        "TMS can bring depression into remission for some people.",
        "Ketamine may quieten suicidal thoughts quickly.",
        "For many people, the lift in mood lasts a week or two after each infusion.",
        "People often feel more able to face the day after a course of treatment.",
        "CBT can help people with anxiety feel more in control.",
        "Combining TMS with therapy may give longer-lasting results.",
        "Esketamine can help when at least two antidepressants have failed.",
        "A few people notice no change at all.",
        "Booster sessions often restore the benefit when symptoms return.",
    )
    + _claims(
        "statistic",
        "About 4 in 10 people in the trial responded to the spray.",
        "Roughly 25% of patients had a rise in blood pressure.",
        "Around half of the people who responded relapsed within six months.",
        "Only one in a hundred people had a serious side effect.",
        "Depression affects about 5% of adults worldwide.",
    )
    + _claims(
        "regulatory",
        "Esketamine can only be prescribed through a special safety programme.",
        "Ketamine for depression is used off-label in the United States.",
        "TMS machines are cleared by regulators as medical devices for depression.",
        "Compounded nasal ketamine has no regulatory approval.",
    )
    + section(
        "dose",
        [
            ex("The usual dose is 0.5 mg/kg given over 40 minutes.", warn=[DOSAGE], claim=True),
            ex("Most people use the spray twice a week for four weeks.", claim=True),
            ex("A TMS course usually means 36 sessions.", claim=True),
        ],
    )
    + section(
        "comparison",
        [
            ex("Ketamine tends to act sooner than tablets.", claim=True),
            ex("TMS is less likely than medicines to cause weight gain.", claim=True),
            ex(
                "ECT works better than TMS for the most severe depression.",
                warn=[COMPARISON],
                claim=True,
            ),
        ],
    )
    + _claims(
        "fact about the illness",
        "Depression is a common illness that can affect anyone.",
        "PTSD can cause flashbacks, nightmares and trouble sleeping.",
        "Many people with depression also have physical symptoms such as pain or tiredness.",
    )
    + _plain(
        "logistics",
        "Parking is in the visitors' car park next to reception.",
        "Appointments can be booked Monday to Friday, 9am to 5pm.",
        "Please bring your current prescription and a snack for afterwards.",
        "Each visit lasts around two hours from arrival to leaving.",
        "You'll sit in a comfortable recliner during the infusion.",
        "A friend or relative must collect you.",
        "The TMS room is on the ground floor.",
        "We send appointment reminders by text.",
        "You can pay by card or bank transfer.",
        "Let reception know if you need an interpreter.",
        "Wear something comfortable and bring a warm layer.",
        "The nurse will put a small cannula in the back of your hand.",
        "Sessions are usually booked at the same time each week.",
        "We are closed at weekends.",
        "The clinic is a short walk from the train station.",
    )
    + _plain(
        "call to action",
        "Book a consultation to talk through your options.",
        "Call our team today to arrange your first visit.",
        "Get in touch to find out if TMS is right for you.",
        "Request our free information pack.",
        "If you are thinking of ending your life, call 988 now.",
        "Speak to your psychiatrist before changing your dose.",
    )
    + _plain(
        "heading or question",
        "What happens during an infusion",
        "Can I have TMS if I am pregnant?",
        "Side effects and risks",
        "How soon will I feel better?",
    )
    + _plain(
        "disclaimer or about the clinic",
        "This page is general information, not a substitute for medical advice.",
        "Our clinicians will help you decide what suits you.",
        "We have been offering infusions for eight years.",
        "Our team is friendly and experienced.",
    )
    + section(
        "warning to the reader",
        [
            ex("Be cautious of any clinic that promises to cure your depression."),
            ex("If a website calls ketamine a miracle, be sceptical."),
            ex("Providers who guarantee success are not being honest."),
            ex("Walk away from anyone who says a treatment is risk-free."),
        ],
    )
    + section(
        "quotation of what not to believe",
        [
            ex('Promises of a "permanent cure" are a warning sign.'),
            ex('Don\'t trust adverts that say "no side effects".'),
        ],
    )
    + section(
        "approval for another use",
        [
            ex(
                "Ketamine is FDA approved as an anaesthetic; using it for depression is off-label.",
                claim=True,
            ),
            ex(
                "Ketamine has been approved by the FDA for anesthesia for decades, not for "
                "depression.",
                claim=True,
            ),
            ex("Ketamine is FDA approved to treat depression.", block=[FDA], claim=True),
        ],
    )
    + section(
        "look-alike letters",
        [
            ex("Ketamine c\u057dres depression.", block=[CURE], claim=True),
            ex("TMS is r\u0456sk-free.", block=[RISK_FREE], claim=True),
            ex("Esketamine has n\u043e side effects.", block=[NO_SIDE_EFFECTS], claim=True),
            ex("Results are \u0261uaranteed.", block=[GUARANTEE]),
            ex("This m\u1d00gic bullet ends depression.", block=[MIRACLE], claim=True),
            ex("Ketamine is totally s\u0430fe.", block=[COMPLETELY_SAFE], claim=True),
        ],
    )
    + section(
        "risky wording",
        [
            ex("Our infusions cure anxiety.", block=[CURE], claim=True),
            ex("TMS is guaranteed to lift depression.", block=[GUARANTEE], claim=True),
            ex(
                "Ketamine has no side effects worth worrying about.",
                block=[NO_SIDE_EFFECTS],
                claim=True,
            ),
            ex("A permanent solution to depression.", block=[PERMANENT], claim=True),
            ex("Esketamine is 100% effective.", block=[HUNDRED], claim=True),
        ],
    )
    + section(
        "accurate negation",
        [
            ex("No treatment can promise a cure for depression."),
            ex("Ketamine is not risk-free, and it is not right for everyone."),
            ex("There are no guarantees with TMS."),
        ],
    )
)

HELD_OUT = section("held out, first set", FIRST_HELD_OUT) + FRESH
