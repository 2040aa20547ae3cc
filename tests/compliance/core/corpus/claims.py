"""Claims of the kinds the first corpus lacked, across ketamine, esketamine, TMS, SSRIs and
talking therapy. Written for the trained detector; the checker is tuned on them.
"""

from .labels import COMPARISON, DOSAGE, SPEED, ex, section


def claims(kind, *texts):
    return section(kind, [ex(text, claim=True) for text in texts])


MECHANISM = claims(
    "mechanism",
    "The spray passes into the blood through the lining of the nose.",
    "Ketamine blocks a receptor in the brain called NMDA.",
    "Ketamine triggers a burst of glutamate, one of the brain's main messenger chemicals.",
    "Over the following days, brain cells may grow new connections.",
    "The liver breaks ketamine down into norketamine, which is also active.",
    "Most of the medicine has left your body within a day.",
    "Taken by mouth, much of the ketamine is broken down by the liver before it reaches the brain.",
    "Given into a vein, all of the dose reaches the bloodstream.",
    "Esketamine is one of the two mirror-image forms that make up ketamine.",
    "The magnetic field passes through the skull without surgery.",
    "TMS sends short magnetic pulses to the front of the brain, which is often underactive in "
    "depression.",
    "The pulses create small electric currents that make nerve cells fire.",
    "Repeated sessions change how the mood circuits of the brain talk to each other.",
    "SSRIs keep more serotonin available between nerve cells.",
    "Antidepressants work gradually, as the brain adapts over several weeks.",
    "Fluoxetine stays in the body for weeks after the last tablet.",
    "Sertraline is processed by the liver and leaves the body mostly in urine and stool.",
    "Cognitive behavioural therapy works by helping you notice and change unhelpful thought "
    "patterns.",
    "Trauma-focused therapy helps the brain file a memory as past rather than present.",
    "The dissociation you feel is caused by the way ketamine quiets some brain networks.",
    "Ketamine acts on a different brain chemical from most antidepressants.",
    "Its effect on mood seems to come from changes that last after the drug itself has gone.",
    "The nasal spray reaches its highest level in the blood about half an hour after use.",
    "Because it is absorbed through the nose, the amount that reaches the blood varies from "
    "person to person.",
    "Ketamine's effects on the brain begin within minutes of the infusion starting.",
    "Some of the benefit may come from ketamine calming inflammation in the brain.",
    "Theta burst stimulation delivers the magnetic pulses in rapid bursts, so a session is "
    "shorter.",
    "Deep TMS uses a helmet coil that reaches further into the brain.",
    "Lithium is cleared by the kidneys, so kidney problems change how much stays in the blood.",
    "Grapefruit juice can slow the breakdown of some medicines in the liver.",
    "Alcohol and ketamine both slow the brain down, and together the effect is stronger.",
    "Psilocybin acts on serotonin receptors, unlike ketamine.",
    "The heart beats a little faster while ketamine is in the bloodstream.",
    "Esketamine binds to the NMDA receptor more strongly than the other form of ketamine.",
    "EMDR pairs recalling a memory with side-to-side eye movements, which seems to make the "
    "memory less upsetting.",
    "Venlafaxine raises the levels of both serotonin and noradrenaline.",
    "Ketamine has a half-life of about two to three hours.",
    "After an infusion stops, the dissociative effects fade as the level in the blood falls.",
    "Brain scans show changes in activity after a course of TMS.",
    "The medicine is carried by the blood to the brain within a minute or two.",
    "Bupropion acts on dopamine and noradrenaline rather than serotonin.",
    "Talking therapy can change activity in the same brain areas that antidepressants affect.",
)

SIDE_EFFECTS = claims(
    "side effects and tolerability",
    "Most people tolerate the infusions well.",
    "Side effects are usually mild and pass within a couple of hours.",
    "Feeling detached or dreamy is very common during the infusion.",
    "A mild headache after a TMS session is common and usually goes away on its own.",
    "Scalp discomfort tends to ease after the first week of sessions.",
    "Nausea is one of the more common side effects of the nasal spray.",
    "Some people feel anxious as the dissociation begins.",
    "Sleepiness after a dose is common, which is why you must not drive that day.",
    "Blurred vision and a numb mouth can happen briefly after the spray.",
    "A small number of people faint during TMS.",
    "Sexual side effects are common with SSRIs and may not go away while you take them.",
    "Stopping an SSRI suddenly can cause dizziness, irritability and flu-like feelings.",
    "In the first weeks, some people feel more restless or anxious on an SSRI.",
    "Young people under 25 may have more suicidal thoughts when they start an antidepressant.",
    "Talking about trauma in therapy can make you feel worse for a while before you feel better.",
    "Frequent, heavy ketamine use can damage the bladder.",
    "The spray can leave a bitter taste in the throat.",
    "Side effects are less common at lower doses.",
    "Dizziness is the side effect people mention most after esketamine.",
    "A tingling or numb feeling in the hands and face can occur during the infusion.",
    "Most of these effects fade before you leave the clinic.",
    "Hearing can be affected by the clicking of the coil unless you wear earplugs.",
    "Weight gain is a possible side effect of mirtazapine.",
    "Some people have vivid or unsettling dreams for a night or two after an infusion.",
    "Serious side effects are uncommon but can include a sharp rise in blood pressure.",
    "Ketamine can affect memory and thinking when it is misused over a long time.",
    "Vomiting is more likely if you have eaten shortly before the dose.",
    "Your mood may dip for a day or two after the effect of an infusion wears off.",
    "People rarely need to stop TMS because of side effects.",
    "Mild jaw or facial twitching during stimulation is normal and stops when the pulses stop.",
    "SSRIs can raise the risk of bleeding, especially with aspirin or ibuprofen.",
    "Serotonin syndrome is a rare but dangerous reaction when serotonin medicines are combined.",
    "There is a small chance of an allergic reaction to ketamine.",
    "Emergence reactions, such as confusion or fear as the medicine wears off, are uncommon at "
    "the doses used for depression.",
    "The chance of becoming dependent on ketamine is low when it is given in a clinic.",
    "Esketamine can be misused, which is why it is only given under supervision.",
    "Feeling tired after a session is normal for a day.",
    "Unpleasant effects usually lessen as you get used to the treatment.",
    "Low blood sodium is an uncommon side effect of SSRIs in older adults.",
)

CONTRAINDICATIONS = claims(
    "who should not have it",
    "People with uncontrolled high blood pressure should not have ketamine.",
    "Ketamine is not suitable if you have ever had a bleed in the brain.",
    "You should not have TMS if you have metal implants in or near your head.",
    "TMS is not recommended for people with a cochlear implant or a pacemaker near the coil.",
    "Esketamine should be avoided by anyone with a blood vessel disease such as an aneurysm.",
    "If you have had psychosis, ketamine may make it come back.",
    "Ketamine is not advised during pregnancy or while breastfeeding.",
    "People with a history of seizures need a careful assessment before TMS.",
    "Anyone who has misused drugs or alcohol may be at higher risk of misusing ketamine.",
    "Ketamine is not a good choice for people with severe heart disease.",
    "People with bipolar disorder can be tipped into mania by some antidepressants.",
    "Those with glaucoma may need to avoid ketamine because it can raise pressure in the eye.",
    "SSRIs are not safe to take with an MAOI or within two weeks of stopping one.",
    "St John's wort should not be taken alongside an SSRI.",
    "Esketamine is not for children or teenagers.",
    "People with serious liver disease may need a lower dose or a different treatment.",
    "Ketamine can interact with some medicines for seizures and anxiety.",
    "If you have an overactive thyroid that is not treated, ketamine may not be safe for you.",
    "Exposure-based therapy may need to wait if you are in an unsafe situation right now.",
    "Older adults over 65 may be more sensitive to the side effects of esketamine.",
    "Benzodiazepines taken on the day of an infusion may weaken its effect.",
    "People who are allergic to ketamine must not have esketamine.",
    "Ketamine is not recommended for people who have had a recent heart attack or stroke.",
    "Some people with active suicidal plans need hospital care rather than outpatient treatment.",
    "Lithium is not suitable for people with certain kidney problems.",
)

MONITORING = claims(
    "monitoring stated as medical fact",
    "We check your blood pressure before and after each dose because esketamine can raise it.",
    "You are watched for at least two hours after each spray because sleepiness and "
    "dissociation can last that long.",
    "During the infusion your heart rate and oxygen levels are monitored, since ketamine can "
    "affect both.",
    "For most people the dreamlike feeling peaks about halfway through the infusion.",
    "You will not be able to drive until the next day, because ketamine slows your reactions.",
    "During the session you may feel as if you are floating or that time has slowed down.",
    "The first TMS session includes finding the right strength, because each brain responds "
    "differently.",
    "Fasting for a few hours beforehand lowers the chance of feeling sick.",
    "Esketamine can only be given in a certified clinic, with a health professional watching "
    "you after each dose.",
    "A nurse stays with you because your judgement may be affected while the medicine is working.",
    "If your blood pressure is too high on the day, the dose is delayed for your safety.",
    "During TMS you stay awake and alert, and you can drive yourself home afterwards.",
    "Your mood is rated before each infusion so the team can see whether the treatment is working.",
    "Blood tests are needed while you take lithium, because the level between helpful and "
    "harmful is narrow.",
    "You will feel the effects start within a few minutes of the infusion beginning.",
    "Most people are back to normal within an hour of the infusion ending.",
    "Patients are asked not to make big decisions on treatment days, since ketamine can cloud "
    "judgement.",
    "People are monitored more closely when they first start an SSRI, when suicidal thoughts can "
    "increase.",
    "While the coil is on, you will feel a tapping on your head and hear loud clicks.",
    "Your dose is only increased if the first ones were well tolerated.",
)

EFFICACY = claims(
    "efficacy",
    "Most people feel lighter after a few sessions.",
    "Many patients notice their mood lifting by the second or third infusion.",
    "For some people the benefit lasts for weeks after a course of infusions.",
    "Suicidal thoughts often fade in the days after treatment.",
    "People who respond to TMS often stay well for months.",
    "A course of TMS can help when antidepressants have not.",
    "Esketamine helps some adults whose depression has not lifted with other medicines.",
    "Talking therapy can be just as helpful as medicine for mild to moderate depression.",
    "Combining therapy with an antidepressant works well for many people with severe depression.",
    "Trauma-focused therapy helps most people with PTSD feel less haunted by their memories.",
    "Ketamine may ease chronic pain as well as low mood.",
    "Sleep often improves before mood does.",
    "Patients often describe feeling calmer and more hopeful after the first few treatments.",
    "SSRIs ease anxiety as well as depression.",
    "Regular top-up infusions can keep the benefit going.",
    "Exercise can ease mild depression.",
    "Not everyone responds, but those who do often feel the change quickly.",
    "Ketamine seems to lift the heavy, stuck feeling that many people with depression describe.",
    "Some people find that ketamine helps them get more out of therapy.",
    "Improvement usually builds over the course of the six infusions.",
    "A second course of TMS often works again for people who relapse.",
    "Esketamine can reduce the chance of depression returning if you keep taking it.",
    "After a few weeks of treatment, daily tasks tend to feel less overwhelming.",
    "Cognitive behavioural therapy lowers the chance that depression comes back.",
    "Obsessive thoughts and urges can become less intense with deep TMS.",
    "Ketamine may help people with PTSD feel less on edge.",
    "Antidepressants help many people feel like themselves again.",
    "Mindfulness-based therapy helps prevent relapse in people who have had depression several "
    "times.",
    "Ketamine often takes the edge off despair within a day.",
    "Benefits tend to be larger in people who also get support from a therapist.",
    "People with depression and anxiety together still benefit from TMS.",
    "The effect of a single infusion tends to wear off within one or two weeks.",
    "Behavioural activation helps people with depression get moving again and feel better.",
    "Early response in the first two weeks makes a good outcome more likely.",
    "TMS may also ease the anxiety that comes with depression.",
    "For people with bipolar depression, ketamine may lift mood without causing mania, though "
    "evidence is limited.",
    "Patients frequently say they can think more clearly after treatment.",
)

STATISTICS = claims(
    "statistic",
    "About 7 in 10 people with PTSD improve with trauma-focused therapy.",
    "Roughly one in five adults will have depression at some point.",
    "Around 60% of people respond to their first antidepressant only partly or not at all.",
    "Nearly a third of people with depression have symptoms that do not lift with two medicines.",
    "Fewer than one in a hundred people stopped TMS because of discomfort.",
    "Half of the people in the study still felt better a month later.",
    "One in four people felt sick after the spray.",
    "Seizures happen in about one in every ten thousand TMS sessions.",
    "In a large trial, a third of people reached remission after twelve weeks of an SSRI.",
    "Up to 40 percent of people have a rise in blood pressure during the infusion.",
    "Two out of three people had at least a small improvement after six infusions.",
    "About one patient in twenty has a headache bad enough to need a painkiller.",
    "The average improvement was about half of the starting score.",
    "Women are about twice as likely as men to have depression.",
    "PTSD affects around one in eleven people during their lifetime.",
    "Roughly 15% of people in the trial had no side effects at all.",
    "Relapse within six months happened in about half of those who stopped treatment.",
    "Three quarters of patients completed the full course.",
    "In surveys, 8 in 10 patients said the infusions were tolerable.",
    "The chance of a serious reaction is less than 1 in 1,000.",
)

REGULATORY = claims(
    "regulatory",
    "Esketamine is only available through a restricted safety programme.",
    "TMS devices are cleared in the United States for depression and obsessive-compulsive "
    "disorder.",
    "Using ketamine for depression is an off-label use of a licensed anaesthetic.",
    "Ketamine is a controlled substance because it can be misused.",
    "In the UK, NICE does not recommend esketamine for routine use on the NHS.",
    "Compounded ketamine products have not been reviewed for safety by regulators.",
    "Doctors may legally prescribe a licensed medicine for an unlicensed use.",
    "The spray is licensed for adults with depression who have tried at least two antidepressants.",
    "SSRIs carry a boxed warning about suicidal thoughts in young people.",
    "Ketamine for depression is not covered by most insurance plans because it is off-label.",
    "Esketamine is approved only for use together with an oral antidepressant.",
    "Psilocybin is still an investigational treatment and is not approved for depression.",
    "Esketamine was approved in 2019 for adults with treatment-resistant depression.",
    "Ketamine is on the World Health Organization's list of essential medicines as an anaesthetic.",
)

DOSES_AND_COMPARISONS = [
    *section(
        "dose",
        [
            ex("The spray comes in a 28 mg device.", warn=[DOSAGE], claim=True),
            ex(
                "A typical infusion gives 0.5 mg per kilogram of body weight.",
                warn=[DOSAGE],
                claim=True,
            ),
            ex("Sertraline is usually started at 50 mg a day.", warn=[DOSAGE], claim=True),
            ex(
                "Esketamine is given twice a week for the first month, then less often.", claim=True
            ),
            ex(
                "A standard course of TMS is five sessions a week for four to six weeks.",
                claim=True,
            ),
            ex("Most clinics give six infusions over two to three weeks.", claim=True),
            ex(
                "The dose may be raised to 84 mg if the first doses are well tolerated.",
                warn=[DOSAGE],
                claim=True,
            ),
            ex("Fluoxetine is usually taken once a day in the morning.", claim=True),
        ],
    ),
    *section(
        "comparison",
        [
            ex("Ketamine seems to lift mood sooner than standard antidepressants.", claim=True),
            ex("TMS tends to cause fewer side effects than antidepressant tablets.", claim=True),
            ex(
                "Compared with placebo, esketamine lowered depression scores a little more.",
                claim=True,
            ),
            ex(
                "In head-to-head trials, ECT helped slightly more people than ketamine.", claim=True
            ),
            ex(
                "Therapy and medicine together work better than either on its own for chronic "
                "depression.",
                warn=[COMPARISON],
                claim=True,
            ),
            ex(
                "Ketamine lifts mood within hours in some people, unlike tablets that take weeks.",
                warn=[SPEED],
                claim=True,
            ),
        ],
    ),
]

CONDITION_FACTS = claims(
    "fact about the illness",
    "Depression is more than feeling sad; it changes sleep, appetite and concentration.",
    "Untreated depression often gets worse over time.",
    "PTSD can start months or even years after a traumatic event.",
    "Depression that has not responded to two medicines is called treatment-resistant.",
    "Anxiety disorders are the most common mental health conditions.",
    "Long-term stress raises the risk of depression.",
    "Depression often runs in families.",
    "Chronic pain and depression make each other worse.",
    "Obsessive-compulsive disorder usually begins in the teens or early twenties.",
    "Postnatal depression affects many new mothers and some new fathers.",
)

CLAIMS = (
    MECHANISM
    + SIDE_EFFECTS
    + CONTRAINDICATIONS
    + MONITORING
    + EFFICACY
    + STATISTICS
    + REGULATORY
    + DOSES_AND_COMPARISONS
    + CONDITION_FACTS
)
