"""Three demo treatment articles for patients, as plain data for the demo loader.

Every statement of medical fact is a claim with its own type and references; the text blocks
only describe the visit and the page. Dose figures appear only in dosage claims. Notes on
claims are for the reviewing medical director and are never shown to patients.
"""

# ---------------------------------------------------------------------------------------
# 1. IV ketamine for treatment-resistant depression (off-label)
# ---------------------------------------------------------------------------------------

KETAMINE_INFUSION = {
    "slug": "ketamine-infusion-for-depression",
    "title": "IV ketamine infusions for treatment-resistant depression",
    "summary": (
        "This page is about ketamine given by drip into a vein. Our clinic offers it to some "
        "adults with hard-to-treat depression. The page explains what a visit is like, what "
        "research has found, and the risks to weigh. Your doctor can talk it through with you."
    ),
    "search_description": (
        "What IV ketamine treatment for hard-to-treat depression involves, with its benefits, "
        "risks and regulatory status."
    ),
    "condition": "Treatment-resistant depression",
    "therapy_status": "ketamine-iv-trd",
    "reviewed_by": "director",
    "body": [
        ("heading", "What is ketamine infusion treatment?"),
        (
            "text",
            "Ketamine is a drug that is given slowly through a thin tube into a vein. This is "
            "called an infusion, or a drip. Our doctors may offer it to some adults with "
            "hard-to-treat depression.\n\n"
            "This page explains what a visit is like and what research "
            "has found. It is here to help you talk with your doctor. It does not replace a visit "
            "with your doctor.",
        ),
        (
            "claim",
            {
                "text": (
                    "Ketamine is approved in the United States only as an anesthetic, a drug used "
                    "to put people to sleep for surgery. The FDA has not approved ketamine to "
                    "treat depression. When doctors use it for depression, this is called "
                    "off-label use."
                ),
                "type": "regulatory",
                "refs": ["sanacora-2017", "mcintyre-2021"],
                "note": (
                    "Ketamine hydrochloride injection (Ketalar) carries anesthetic indications "
                    "only. Both consensus papers describe depression use as off-label. Wording "
                    "avoids the hyphenated approval term so it cannot be misread as approval "
                    "for depression."
                ),
            },
        ),
        ("heading", "How ketamine acts in the brain"),
        (
            "claim",
            {
                "text": (
                    "Ketamine acts on glutamate, a chemical that brain cells use to send signals. "
                    "Scientists think this may help brain cells build new links. They do not yet "
                    "know just how it eases depression."
                ),
                "type": "mechanism",
                "refs": ["mcintyre-2021", "sanacora-2017"],
                "note": (
                    "NMDA-receptor antagonism with downstream synaptogenesis is the leading "
                    "hypothesis, largely from animal work; the claim is hedged on purpose."
                ),
            },
        ),
        ("heading", "What happens during a treatment visit"),
        (
            "text",
            "Before your first visit, a doctor asks about your health, your medicines and your "
            "past treatment. On the day, you sit in a chair that leans back, in a quiet room. A "
            "nurse places a thin tube into a vein in your arm.\n\nStaff stay close by during the "
            "drip and check on you after it. You are welcome to bring music or an eye mask. "
            "Please plan for someone to take you home.",
        ),
        (
            "claim",
            {
                "text": (
                    "In trials, ketamine was often given as 0.5 mg for each kilogram of body "
                    "weight. It went into a vein over about 40 minutes. In one large trial, people "
                    "had two doses a week for three weeks."
                ),
                "type": "dosage",
                "refs": ["murrough-2013", "anand-2023", "sanacora-2017"],
                "note": (
                    "0.5 mg/kg over 40 minutes is the dose used in Murrough 2013 and Anand "
                    "2023 (twice weekly for 3 weeks in Anand). Sanacora 2017 notes that other "
                    "doses have much less evidence."
                ),
            },
        ),
        (
            "claim",
            {
                "text": (
                    "Expert groups advise that staff check your blood pressure, heart rate and "
                    "breathing during and after each dose. They also advise that the clinic be "
                    "ready to deal with any health problem that comes up."
                ),
                "type": "safety",
                "refs": ["sanacora-2017"],
                "note": (
                    "From the APA task force consensus: baseline and ongoing vital-sign "
                    "monitoring, and staff able to manage cardiovascular and airway events."
                ),
            },
        ),
        (
            "claim",
            {
                "text": (
                    "Ketamine can make you drowsy, dizzy and less steady for a while after a dose. "
                    "For this reason, our clinic asks that someone else takes you home and that "
                    "you do not drive on the day of treatment."
                ),
                "type": "safety",
                "refs": ["short-2018"],
                "note": (
                    "Short 2018 documents drowsiness, dizziness and incoordination after "
                    "dosing. The no-driving rule is our clinic policy, not a trial finding."
                ),
            },
        ),
        (
            "benefits",
            {
                "heading": "What research has found",
                "claims": [
                    {
                        "text": (
                            "Early small trials found that one dose of ketamine eased depression "
                            "more than a placebo (a dummy drip) within one to three days."
                        ),
                        "type": "efficacy",
                        "refs": ["berman-2000", "zarate-2006"],
                        "note": (
                            "Berman 2000: 7 completers, crossover, improvement within 72 hours. "
                            "Zarate 2006: 18 patients, crossover, improvement from day 1. Both "
                            "small; the saline placebo was easy to tell apart from ketamine."
                        ),
                    },
                    {
                        "text": (
                            "In one trial of 73 adults with hard-to-treat depression, about 64 in "
                            "100 people who had ketamine were clearly better one day later. This "
                            "compared with about 28 in 100 people who had midazolam, another drug "
                            "given for contrast."
                        ),
                        "type": "statistic",
                        "refs": ["murrough-2013"],
                        "note": (
                            "Response (50% or more drop in MADRS) at 24 hours: 64% vs 28%. "
                            "Midazolam was chosen as an active placebo to improve blinding."
                        ),
                    },
                    {
                        "text": (
                            "In a 2023 trial, about 400 adults with hard-to-treat depression had "
                            "either ketamine or electroconvulsive therapy (ECT). None had "
                            "psychosis. Ketamine did not do worse than ECT. About 55 in 100 people "
                            "got clearly better with ketamine, and about 41 in 100 with ECT."
                        ),
                        "type": "comparative",
                        "refs": ["anand-2023"],
                        "note": (
                            "Open-label non-inferiority trial, 403 randomized. Response on "
                            "QIDS-SR16: 55.4% ketamine vs 41.2% ECT. ECT is usually given to "
                            "inpatients, so the sample may differ from typical ECT patients."
                        ),
                    },
                    {
                        "text": (
                            "Researchers pooled the results of 10 small trials. One dose of "
                            "ketamine lowered thoughts of suicide more than a placebo or "
                            "another comparison drug, within one day. The effect was seen for up "
                            "to a week. It is not known whether this lowers the risk of suicide."
                        ),
                        "type": "efficacy",
                        "refs": ["wilkinson-2018"],
                        "note": (
                            "Individual participant data meta-analysis, 167 patients. Suicidal "
                            "ideation, not behavior, was measured. Keep the last sentence: we "
                            "must not imply ketamine prevents suicide."
                        ),
                    },
                ],
            },
        ),
        (
            "risks",
            {
                "heading": "Risks and side effects",
                "claims": [
                    {
                        "text": (
                            "During and soon after a dose, many people feel detached, dreamy or "
                            "'outside' themselves. This is called dissociation. Some people feel "
                            "dizzy, drowsy or sick to the stomach, or get a headache. In trials, "
                            "these effects often wore off soon after the drip ended."
                        ),
                        "type": "safety",
                        "refs": ["short-2018"],
                        "note": (
                            "Short 2018: acute psychiatric, psychotomimetic and neurological "
                            "effects were common and generally resolved shortly after dosing."
                        ),
                    },
                    {
                        "text": (
                            "Ketamine often raises blood pressure and heart rate for a short "
                            "time during the infusion. This can matter more for people with "
                            "heart or blood vessel problems."
                        ),
                        "type": "safety",
                        "refs": ["short-2018", "sanacora-2017"],
                        "note": (
                            "Transient hypertension and tachycardia are the main cardiovascular "
                            "effects; rarely they need treatment."
                        ),
                    },
                    {
                        "text": (
                            "Ketamine can be misused. In people who take large amounts often "
                            "outside medical care, it has been linked with bladder damage and "
                            "memory problems."
                        ),
                        "type": "safety",
                        "refs": ["short-2018", "sanacora-2017"],
                        "note": (
                            "Cystitis and cognitive harm are documented in frequent recreational "
                            "users; not seen in short clinical courses, but they inform the "
                            "caution about long-term use."
                        ),
                    },
                    {
                        "text": (
                            "It is not well known how safe ketamine is when it is given again and "
                            "again over a long time. Few studies have followed people for long."
                        ),
                        "type": "safety",
                        "refs": ["short-2018", "mcintyre-2021"],
                        "note": (
                            "Short 2018 found very limited data on repeated and long-term "
                            "dosing; McIntyre 2021 lists this as a key gap."
                        ),
                    },
                ],
            },
        ),
        (
            "suitability",
            {
                "for_whom": [
                    (
                        "text",
                        "Adults with depression that has not lifted after two or more treatments. "
                        "You need to be able to come to the clinic for a series of visits.",
                    ),
                    (
                        "claim",
                        {
                            "text": (
                                "Research on ketamine for depression has mainly looked at adults "
                                "who did not get better after two or more treatments."
                            ),
                            "type": "efficacy",
                            "refs": ["mcintyre-2021", "murrough-2013"],
                            "note": (
                                "Evidence base is treatment-resistant major depression in "
                                "adults; evidence in other groups is thin."
                            ),
                        },
                    ),
                ],
                "not_for": [
                    (
                        "claim",
                        {
                            "text": (
                                "Expert groups advise caution with ketamine, or not using it, for "
                                "some people. This includes people with high blood pressure that "
                                "is not under control, some heart and blood vessel diseases, "
                                "psychosis now or in the past, or a current drug or alcohol "
                                "problem."
                            ),
                            "type": "safety",
                            "refs": ["sanacora-2017"],
                            "note": (
                                "Relative contraindications listed in the APA consensus "
                                "statement; each case needs individual assessment."
                            ),
                        },
                    ),
                    (
                        "text",
                        "People who are pregnant, trying to get pregnant, or breastfeeding. Please "
                        "tell us, so your doctor can talk with you about other options.",
                    ),
                    ("text", "Children and teenagers. This service is for adults only."),
                ],
            },
        ),
        (
            "faq",
            {
                "question": "How long does the effect of ketamine last?",
                "answer": [
                    (
                        "claim",
                        {
                            "text": (
                                "In early trials, the gains from one dose often faded within a "
                                "week or two. Researchers are still looking at how to make the "
                                "gains last."
                            ),
                            "type": "efficacy",
                            "refs": ["zarate-2006", "mcintyre-2021"],
                            "note": (
                                "Zarate 2006: about a third of participants still met response "
                                "criteria at one week. Maintenance schedules are not "
                                "established."
                            ),
                        },
                    ),
                    (
                        "text",
                        "Your doctor will talk with you about a plan, including what happens "
                        "after your first series of visits.",
                    ),
                ],
            },
        ),
        (
            "faq",
            {
                "question": "Is this the same as ketamine tablets or sprays sold online?",
                "answer": [
                    (
                        "text",
                        "No. Our drips are given in the clinic, with staff watching over you the "
                        "whole time. Tablets, lozenges and home nasal sprays made by special "
                        "pharmacies are other products. Their legal status is not the same. Our "
                        "clinic does not prescribe them.",
                    ),
                ],
            },
        ),
        (
            "callout",
            {
                "tone": "info",
                "text": (
                    "Talk to your doctor before you stop or change any medicine, including "
                    "your antidepressant."
                ),
            },
        ),
        (
            "callout",
            {
                "tone": "warning",
                "text": (
                    "Do not drive on the day of an infusion. Please arrange for someone to take "
                    "you home."
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------------------
# 2. Esketamine nasal spray (Spravato) for treatment-resistant depression (approved)
# ---------------------------------------------------------------------------------------

ESKETAMINE_NASAL = {
    "slug": "esketamine-nasal-spray-for-depression",
    "title": "Esketamine nasal spray (Spravato) for treatment-resistant depression",
    "summary": (
        "This page is about esketamine, a nasal spray for some adults with hard-to-treat "
        "depression. You use it at our clinic, and staff watch over you after each dose. The page "
        "explains what to expect, what research has found, and the risks to weigh."
    ),
    "search_description": (
        "What esketamine nasal spray (Spravato) treatment involves, with its benefits, risks "
        "and safety rules."
    ),
    "condition": "Treatment-resistant depression",
    "therapy_status": "esketamine-nasal-trd",
    "reviewed_by": "director2",
    "body": [
        ("heading", "What is esketamine nasal spray?"),
        (
            "text",
            "Esketamine is a drug you spray into your nose. Its brand name is Spravato. You always "
            "use it at the clinic, never at home.\n\nThis page explains what a visit is like and "
            "what research has found. It is here to help you talk with your doctor. It does not "
            "replace a visit with your doctor.",
        ),
        (
            "claim",
            {
                "text": (
                    "The FDA has approved esketamine nasal spray (Spravato) for adults with "
                    "treatment-resistant depression. In the trials that led to this, people used "
                    "it with an antidepressant taken by mouth."
                ),
                "type": "regulatory",
                "refs": ["spravato-label", "popova-2019"],
                "note": (
                    "Approved March 2019 with an oral antidepressant. The label was updated in "
                    "January 2025 to also allow use on its own; please confirm the indication "
                    "wording against the current label before signing."
                ),
            },
        ),
        (
            "claim",
            {
                "text": (
                    "You can only get the spray through a safety program with strict rules. You "
                    "use it in a clinic that is certified by the program. Staff watch you for two "
                    "hours or longer after each dose, until it is safe for you to leave."
                ),
                "type": "regulatory",
                "refs": ["spravato-label"],
                "note": "SPRAVATO REMS: certified setting, monitoring for 2 hours or more.",
            },
        ),
        ("heading", "How esketamine acts in the brain"),
        (
            "claim",
            {
                "text": (
                    "Ketamine is made of two forms that are mirror images of each other. "
                    "Esketamine is one of them. Like ketamine, it acts on glutamate, a chemical "
                    "that brain cells use to send signals. No one knows just how it eases "
                    "depression."
                ),
                "type": "mechanism",
                "refs": ["spravato-label", "mcintyre-2021"],
                "note": (
                    "S-enantiomer of racemic ketamine; NMDA-receptor antagonist. The label "
                    "states the antidepressant mechanism is unknown."
                ),
            },
        ),
        ("heading", "What happens during a treatment visit"),
        (
            "text",
            "A staff member checks your blood pressure before each dose. Then you spray the drug "
            "into your nose yourself, while staff guide you. After that, you sit back in a soft "
            "chair in a quiet room. Staff check on you until you are ready to go.\n\nYou will need "
            "someone to take you home after every visit.",
        ),
        (
            "claim",
            {
                "text": (
                    "Some people feel sick to their stomach after a dose. The label says not to "
                    "eat for two hours before a dose, and not to drink for half an hour before."
                ),
                "type": "safety",
                "refs": ["spravato-label"],
                "note": "Administration instructions in the prescribing information.",
            },
        ),
        (
            "claim",
            {
                "text": (
                    "For the first four weeks, you have two doses a week. The first dose is 56 mg. "
                    "Later doses are 56 mg or 84 mg, based on how you respond and how well you "
                    "cope with side effects. In weeks five to eight, you have one dose a week. "
                    "After that, you have one dose every week or every two weeks."
                ),
                "type": "dosage",
                "refs": ["spravato-label"],
                "note": (
                    "Label dosing for TRD: induction weeks 1-4 twice weekly (day 1: 56 mg; "
                    "then 56 or 84 mg); weeks 5-8 weekly; week 9 on, every 2 weeks or weekly. "
                    "Each device holds 28 mg."
                ),
            },
        ),
        (
            "benefits",
            {
                "heading": "What research has found",
                "claims": [
                    {
                        "text": (
                            "One trial lasted four weeks and had more than 200 adults. Everyone "
                            "started a new antidepressant. People who also used the spray had a "
                            "larger drop in symptoms than people who used a placebo (dummy) spray."
                        ),
                        "type": "efficacy",
                        "refs": ["popova-2019"],
                        "note": (
                            "TRANSFORM-2: MADRS difference about 4 points at day 28. Two sister "
                            "trials (TRANSFORM-1 and -3) did not meet their primary endpoint; "
                            "the benefit is real but modest. Sponsored by Janssen."
                        ),
                    },
                    {
                        "text": (
                            "A longer trial looked at people who had few or no symptoms after "
                            "using the spray. Of these, about 27 in 100 who kept using it had "
                            "their depression come back. This compared with about 45 in 100 who "
                            "switched to a dummy spray."
                        ),
                        "type": "statistic",
                        "refs": ["daly-2019"],
                        "note": (
                            "SUSTAIN-1, stable remitters: relapse 26.7% vs 45.3% (hazard ratio "
                            "about 0.49). Randomized withdrawal design; sponsored by Janssen."
                        ),
                    },
                    {
                        "text": (
                            "A 2023 trial had 676 adults. After eight weeks, about 27 in 100 "
                            "people using the spray had few or no symptoms. This compared with "
                            "about 18 in 100 people using quetiapine, another add-on drug. Both "
                            "groups also kept taking an antidepressant."
                        ),
                        "type": "comparative",
                        "refs": ["reif-2023"],
                        "note": (
                            "ESCAPE-TRD: remission 27.1% vs 17.6% at week 8. Open-label with "
                            "blinded raters; dropouts counted as failures, and more patients "
                            "stopped quetiapine. Sponsored by Janssen."
                        ),
                    },
                    {
                        "text": (
                            "A group of experts from many countries looked at the research. They "
                            "found that the spray can help some adults with hard-to-treat "
                            "depression."
                        ),
                        "type": "efficacy",
                        "refs": ["mcintyre-2021"],
                        "note": (
                            "Expert opinion paper; several authors report industry ties. "
                            "Worded as 'some adults' on purpose."
                        ),
                    },
                ],
            },
        ),
        (
            "risks",
            {
                "heading": "Risks and side effects",
                "claims": [
                    {
                        "text": (
                            "Soon after a dose, many people feel dizzy, sleepy or sick to the "
                            "stomach. Many also feel cut off from their body or the world around "
                            "them. This is called dissociation. Other common effects are a "
                            "spinning feeling, numbness, feeling anxious, throwing up and feeling "
                            "drunk."
                        ),
                        "type": "safety",
                        "refs": ["spravato-label"],
                        "note": (
                            "Adverse reactions in 5% or more and at least twice placebo, per the "
                            "label."
                        ),
                    },
                    {
                        "text": (
                            "The spray can make you very sleepy. In rare cases, people have passed "
                            "out or had slowed breathing. This is why staff watch you after each "
                            "dose."
                        ),
                        "type": "safety",
                        "refs": ["spravato-label"],
                        "note": (
                            "Boxed warning: sedation, dissociation, respiratory depression. "
                            "Loss of consciousness was reported in under 1% in trials."
                        ),
                    },
                    {
                        "text": (
                            "The spray often raises blood pressure for a few hours after a dose. "
                            "This can matter more for people with heart or blood vessel disease."
                        ),
                        "type": "safety",
                        "refs": ["spravato-label"],
                        "note": "Label: blood pressure rise peaks about 40 minutes after dosing.",
                    },
                    {
                        "text": (
                            "The spray affects how alert you are and how well you move and react. "
                            "Do not drive or use machines until the next day, after a full night's "
                            "sleep."
                        ),
                        "type": "safety",
                        "refs": ["spravato-label"],
                        "note": "Label warning on impaired ability to drive and operate machinery.",
                    },
                    {
                        "text": (
                            "Esketamine can be misused, so the law controls how it is used. Like "
                            "other antidepressants, it also carries a warning about suicidal "
                            "thoughts and actions in young people."
                        ),
                        "type": "safety",
                        "refs": ["spravato-label"],
                        "note": (
                            "Boxed warning items: abuse and misuse; suicidal thoughts and "
                            "behaviors in pediatric and young adult patients."
                        ),
                    },
                ],
            },
        ),
        (
            "suitability",
            {
                "for_whom": [
                    (
                        "text",
                        "Adults whose depression has not lifted after trying two or more "
                        "antidepressants. You need to be able to come to the clinic often.",
                    ),
                    (
                        "claim",
                        {
                            "text": (
                                "In the main trials, people had not got better after trying two or "
                                "more antidepressants during their current bout of depression."
                            ),
                            "type": "efficacy",
                            "refs": ["popova-2019", "reif-2023"],
                            "note": "Trial entry criteria define the evidence base.",
                        },
                    ),
                ],
                "not_for": [
                    (
                        "claim",
                        {
                            "text": (
                                "The label says some people must not use esketamine. This includes "
                                "people with a bulging or weak blood vessel (aneurysm) or a tangle "
                                "of blood vessels that is not normal. It also includes people who "
                                "have had a bleed in the brain, or who are allergic to esketamine "
                                "or ketamine."
                            ),
                            "type": "safety",
                            "refs": ["spravato-label"],
                            "note": "Contraindications section of the label.",
                        },
                    ),
                    (
                        "claim",
                        {
                            "text": (
                                "The spray may harm an unborn baby. The label also says not to "
                                "breastfeed while using it."
                            ),
                            "type": "safety",
                            "refs": ["spravato-label"],
                            "note": "Embryo-fetal toxicity warning; lactation section.",
                        },
                    ),
                    (
                        "text",
                        "Children and teenagers under 18. This service is for adults only.",
                    ),
                ],
            },
        ),
        (
            "faq",
            {
                "question": "How is esketamine different from ketamine infusions?",
                "answer": [
                    (
                        "text",
                        "Esketamine is a spray you use in your nose at the clinic. Ketamine drips "
                        "go through a thin tube into a vein.",
                    ),
                    (
                        "claim",
                        {
                            "text": (
                                "The FDA has approved esketamine nasal spray for "
                                "treatment-resistant depression in adults. The FDA has approved "
                                "ketamine given into a vein only as an anesthetic, so its use "
                                "for depression is off-label."
                            ),
                            "type": "regulatory",
                            "refs": ["spravato-label", "sanacora-2017"],
                            "note": "Compares the two statuses recorded in THERAPY_STATUSES.",
                        },
                    ),
                ],
            },
        ),
        (
            "faq",
            {
                "question": "Will I keep taking my usual antidepressant?",
                "answer": [
                    (
                        "text",
                        "Often, yes. Your doctor will make a plan with you. Please do not stop "
                        "or change any medicine without talking to your doctor first.",
                    ),
                ],
            },
        ),
        (
            "callout",
            {
                "tone": "info",
                "text": (
                    "Talk to your doctor before you stop or change any medicine, including "
                    "your antidepressant."
                ),
            },
        ),
        (
            "callout",
            {
                "tone": "warning",
                "text": (
                    "You will need someone to take you home after every visit. Do not drive "
                    "until the next day."
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------------------
# 3. TMS for depression (devices FDA-cleared)
# ---------------------------------------------------------------------------------------

TMS = {
    "slug": "tms-for-depression",
    "title": "TMS (transcranial magnetic stimulation) for depression",
    "summary": (
        "TMS uses magnetic pulses from a coil placed on your head. Our clinic offers it to some "
        "adults with depression that has not lifted with medicine. This page explains what a "
        "session is like, what research has found, and the risks to weigh."
    ),
    "search_description": (
        "What TMS treatment for depression involves, with its benefits, risks and FDA "
        "clearance status."
    ),
    "condition": "Major depressive disorder",
    "therapy_status": "tms-mdd",
    "reviewed_by": "director2",
    "body": [
        ("heading", "What is TMS?"),
        (
            "text",
            "TMS stands for transcranial magnetic stimulation. A technician places a magnetic "
            "coil against the front of your head while you sit in a padded chair. You are awake "
            "the whole time.\n\n"
            "This page explains what a session is like and what research has found. It is here "
            "to help you talk with your doctor. It does not replace a visit with your doctor.",
        ),
        (
            "claim",
            {
                "text": (
                    "TMS devices for depression are FDA-cleared. Clearance is the FDA's review "
                    "route for many devices, and it is not the same as drug approval. The first "
                    "TMS device was cleared in 2008 for adults with major depression who had not "
                    "improved enough with antidepressants."
                ),
                "type": "regulatory",
                "refs": ["perera-2016", "mcclintock-2018"],
                "note": (
                    "NeuroStar was cleared via 510(k) in October 2008; later devices and "
                    "protocols (including theta burst) were cleared since. Perera 2016 loosely "
                    "says 'approved'; the claim uses the precise term."
                ),
            },
        ),
        ("heading", "How TMS acts on the brain"),
        (
            "claim",
            {
                "text": (
                    "TMS sends short magnetic pulses through the skull. These create small "
                    "electric currents in an area at the front left side of the brain that is "
                    "linked to mood. Scientists think repeated sessions may change how brain "
                    "networks involved in mood work together."
                ),
                "type": "mechanism",
                "refs": ["mcclintock-2018", "perera-2016"],
                "note": (
                    "Standard target is the left dorsolateral prefrontal cortex; network-level "
                    "mechanism remains a hypothesis."
                ),
            },
        ),
        ("heading", "What happens during a session"),
        (
            "text",
            "At your first visit, the team finds the right spot on your head and the right "
            "strength for you. At each session you sit in a padded chair and a staff member places "
            "the coil. You will hear clicking and feel tapping on your scalp. You can talk or sit "
            "still during the session.\n\n"
            "Before you start, the team asks about any metal or devices "
            "in your body and about your health.",
        ),
        (
            "claim",
            {
                "text": (
                    "A standard course is one session a day, five days a week, for four to six "
                    "weeks, or about 20 to 30 sessions. In the trials that led to clearance, "
                    "each session lasted about 37 minutes. A newer form called theta burst "
                    "takes about 3 minutes per session."
                ),
                "type": "dosage",
                "refs": ["oreardon-2007", "perera-2016", "blumberger-2018"],
                "note": (
                    "O'Reardon 2007: 10 Hz, 120% of motor threshold, 3,000 pulses, 37.5 "
                    "minutes. THREE-D: intermittent theta burst about 3 minutes, 600 pulses."
                ),
            },
        ),
        (
            "claim",
            {
                "text": (
                    "TMS does not need anesthesia. People can usually drive and go back to their "
                    "normal day after a session."
                ),
                "type": "safety",
                "refs": ["mcclintock-2018", "perera-2016"],
                "note": "No sedation is used; no post-session driving restriction is needed.",
            },
        ),
        (
            "benefits",
            {
                "heading": "What research has found",
                "claims": [
                    {
                        "text": (
                            "In a trial of about 300 adults, more people got better with real TMS "
                            "than with sham (fake) TMS. After six weeks, having few or no symptoms "
                            "was about twice as common with real TMS."
                        ),
                        "type": "efficacy",
                        "refs": ["oreardon-2007"],
                        "note": (
                            "301 randomized. The primary MADRS endpoint at week 4 needed a "
                            "baseline-severity adjustment; HAMD scores favored active TMS at "
                            "weeks 4 and 6. Sponsored by the device maker."
                        ),
                    },
                    {
                        "text": (
                            "In a second trial that used sham TMS for contrast, about 190 adults "
                            "took part. About 14 in 100 people had few or no symptoms after real "
                            "TMS. This compared with about 5 in 100 after sham TMS."
                        ),
                        "type": "statistic",
                        "refs": ["george-2010"],
                        "note": (
                            "NIH-funded OPT-TMS trial; intention-to-treat remission 14.1% vs "
                            "5.1%. Absolute rates are modest; set expectations accordingly."
                        ),
                    },
                    {
                        "text": (
                            "In a trial of about 400 adults, theta burst TMS helped about as "
                            "many people as standard TMS. In both groups, about half of people "
                            "had a clear improvement."
                        ),
                        "type": "comparative",
                        "refs": ["blumberger-2018"],
                        "note": (
                            "THREE-D, 414 randomized, non-inferiority design: response roughly "
                            "47-49% in both arms, no sham arm."
                        ),
                    },
                    {
                        "text": (
                            "In a small 2022 trial, a schedule with many short sessions a day "
                            "over a few days, aimed using brain scans, eased depression more "
                            "than sham treatment. Larger studies are still needed."
                        ),
                        "type": "efficacy",
                        "refs": ["cole-2022"],
                        "note": (
                            "SNT trial: 29 participants at interim analysis. Our clinic does not "
                            "currently offer this protocol; included for context."
                        ),
                    },
                ],
            },
        ),
        (
            "risks",
            {
                "heading": "Risks and side effects",
                "claims": [
                    {
                        "text": (
                            "Common side effects are headache and soreness or pain on the scalp "
                            "where the coil sits. These are often mild and tend to ease as "
                            "sessions go on."
                        ),
                        "type": "safety",
                        "refs": ["oreardon-2007", "mcclintock-2018"],
                        "note": "Scalp discomfort and headache were the main adverse events.",
                    },
                    {
                        "text": (
                            "In the large trial, fewer than 1 in 20 people stopped TMS because "
                            "of side effects."
                        ),
                        "type": "statistic",
                        "refs": ["oreardon-2007"],
                        "note": "Dropout for adverse events 4.5% in the active arm.",
                    },
                    {
                        "text": (
                            "Seizures are a rare but serious risk of TMS. Safety guidelines say "
                            "the risk is low when standard settings are used and people are "
                            "checked for risk factors first."
                        ),
                        "type": "safety",
                        "refs": ["rossi-2009", "rossi-2021"],
                        "note": (
                            "Rossi 2021 update concludes seizure risk is low with conventional "
                            "parameters, even in patients on CNS-active drugs."
                        ),
                    },
                    {
                        "text": (
                            "TMS makes loud clicking sounds. Guidelines advise wearing earplugs "
                            "during every session to protect your hearing."
                        ),
                        "type": "safety",
                        "refs": ["rossi-2009"],
                        "note": "Hearing protection recommendation in the 2009 guidelines.",
                    },
                    {
                        "text": (
                            "During a session, muscles in your face or jaw may twitch. Some people "
                            "feel faint, and fainting can happen, but this is rare."
                        ),
                        "type": "safety",
                        "refs": ["rossi-2009"],
                        "note": "Syncope is usually vasovagal rather than seizure.",
                    },
                ],
            },
        ),
        (
            "suitability",
            {
                "for_whom": [
                    (
                        "text",
                        "Adults whose depression has not lifted after one or more antidepressants. "
                        "This includes people who had to stop taking them. You need to be able "
                        "to come to the clinic on weekdays for many weeks.",
                    ),
                    (
                        "claim",
                        {
                            "text": (
                                "TMS has mainly been studied in adults with major depression who "
                                "had not got better with one or more antidepressants."
                            ),
                            "type": "efficacy",
                            "refs": ["oreardon-2007", "george-2010"],
                            "note": "Trial entry criteria define the evidence base.",
                        },
                    ),
                ],
                "not_for": [
                    (
                        "claim",
                        {
                            "text": (
                                "TMS is not advised for people with metal or devices in or near "
                                "the head that the magnet could affect, such as cochlear implants "
                                "and brain stimulators."
                            ),
                            "type": "safety",
                            "refs": ["rossi-2009", "mcclintock-2018"],
                            "note": (
                                "Absolute contraindication in Rossi 2009: metallic hardware "
                                "close to the coil. Screening questionnaire covers the rest."
                            ),
                        },
                    ),
                    (
                        "claim",
                        {
                            "text": (
                                "People with epilepsy or past seizures need a careful review "
                                "first, because this may raise the chance of a seizure during "
                                "TMS."
                            ),
                            "type": "safety",
                            "refs": ["rossi-2009"],
                            "note": "Relative contraindication; individual risk assessment.",
                        },
                    ),
                ],
            },
        ),
        (
            "faq",
            {
                "question": "Will TMS affect my memory?",
                "answer": [
                    (
                        "claim",
                        {
                            "text": (
                                "Studies of TMS for depression have not found harm to memory "
                                "or thinking."
                            ),
                            "type": "safety",
                            "refs": ["mcclintock-2018", "perera-2016"],
                            "note": (
                                "Both consensus reviews report no adverse cognitive effects "
                                "with standard protocols, unlike ECT."
                            ),
                        },
                    ),
                ],
            },
        ),
        (
            "faq",
            {
                "question": "Can I keep taking my antidepressant during TMS?",
                "answer": [
                    (
                        "text",
                        "Often, yes. Your doctor will make a plan with you. Please do not stop "
                        "or change any medicine without talking to your doctor first.",
                    ),
                ],
            },
        ),
        (
            "callout",
            {
                "tone": "info",
                "text": (
                    "Talk to your doctor before you stop or change any medicine, including "
                    "your antidepressant."
                ),
            },
        ),
        (
            "callout",
            {
                "tone": "warning",
                "text": (
                    "Tell the TMS team about any metal or devices in your body, and about any "
                    "past seizures, before your first session."
                ),
            },
        ),
    ],
}

ARTICLES = [KETAMINE_INFUSION, ESKETAMINE_NASAL, TMS]
