"""The first corpus: written and labelled before the checker existed, then tuned on."""

from .labels import (
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

CLEAN_CLAIMS = [
    ex(
        "In clinical trials, about half of people with treatment-resistant depression improved "
        "after a course of ketamine infusions.",
        claim=True,
    ),
    ex(
        "Esketamine nasal spray, taken with an oral antidepressant, reduced depressive symptoms "
        "more than placebo in several trials.",
        claim=True,
    ),
    ex("Ketamine can raise blood pressure for a short time during the infusion.", claim=True),
    ex(
        "Dissociation, a feeling of being detached from your body, is the most common side "
        "effect of ketamine.",
        claim=True,
    ),
    ex("Nausea affects roughly one in ten people after an infusion.", claim=True),
    ex("For most people, side effects fade within two hours of the dose.", claim=True),
    ex(
        "TMS uses magnetic pulses to stimulate the part of the brain that controls mood.",
        claim=True,
    ),
    ex("About one in three people with depression who try TMS reach remission.", claim=True),
    ex(
        "Ketamine blocks NMDA receptors, which changes how brain cells signal to each other.",
        claim=True,
    ),
    ex("Relapse is common within a few weeks of stopping ketamine treatment.", claim=True),
    ex(
        "Regular ketamine use over long periods has been linked to bladder problems.",
        claim=True,
    ),
    ex("PTSD symptoms eased for some veterans in a small ketamine study.", claim=True),
    ex("Sertraline and other SSRIs can take four to six weeks to start working.", claim=True),
    ex(
        "People with a history of psychosis may have their symptoms worsened by ketamine.",
        claim=True,
    ),
    ex(
        "Seizures are a rare side effect of TMS, occurring in fewer than 1 in 30,000 sessions.",
        claim=True,
    ),
    ex(
        "Esketamine lowered the risk of relapse in people who responded to it and kept taking it.",
        claim=True,
    ),
    ex(
        "Anxiety symptoms improved in some people who received low-dose ketamine, though the "
        "studies were small.",
        claim=True,
    ),
    ex(
        "Roughly 30% of patients in the trial dropped out because of side effects.",
        claim=True,
    ),
    ex("Ketamine may reduce suicidal thoughts in the first days after treatment.", claim=True),
    ex(
        "Headache and scalp discomfort are the most frequently reported side effects of TMS.",
        claim=True,
    ),
    ex(
        "Esketamine is FDA-approved for treatment-resistant depression in adults, alongside an "
        "oral antidepressant.",
        claim=True,
        status="approved",
    ),
    ex(
        "Racemic ketamine is approved by the FDA as an anaesthetic; its use for depression is "
        "off-label.",
        claim=True,
    ),
    ex(
        "Ketamine works by increasing glutamate signalling, which may help brain cells form new "
        "connections.",
        claim=True,
    ),
    ex("People who responded to ketamine often needed repeat infusions to stay well.", claim=True),
    ex(
        "Blood pressure usually returns to normal within an hour after the infusion ends.",
        claim=True,
    ),
    ex("Women and men responded at similar rates in the esketamine trials.", claim=True),
    ex("Combining ketamine with talking therapy may help improvements last longer.", claim=True),
    ex(
        "Ketamine is not recommended during pregnancy because its effects on the baby are unknown.",
        claim=True,
    ),
    ex("Two thirds of participants reported at least one side effect.", claim=True),
    ex("Spravato can cause sleepiness, dizziness and a spinning sensation.", claim=True),
    ex("TMS helps with depression in people who did not improve on medicines.", claim=True),
    ex(
        "Symptoms of PTSD, like nightmares and flashbacks, were reduced in a trial of repeated "
        "ketamine infusions.",
        claim=True,
    ),
    ex(
        "Some people feel sick or vomit after esketamine, so it is best to avoid eating for two "
        "hours before a dose.",
        claim=True,
    ),
    ex(
        "Ketamine is effective for some people whose depression has not responded to other "
        "treatments.",
        claim=True,
    ),
    ex(
        "Response rates in the largest TMS trials ranged from about 30 to 50 percent.",
        claim=True,
    ),
    ex("Misuse of ketamine can lead to dependence.", claim=True),
    ex("Bupropion is less likely than SSRIs to cause sexual side effects.", claim=True),
    ex("Half of the patients relapsed within a month.", claim=True),
    ex(
        "Esketamine can increase blood pressure, so your nurse checks it before and after each "
        "dose.",
        claim=True,
    ),
]

NOT_CLAIMS = [
    ex("Your first appointment is a consultation with one of our psychiatrists."),
    ex("Please bring a list of the medicines you take."),
    ex("You will rest in a quiet room during the infusion."),
    ex("Someone must drive you home after each session."),
    ex("Call 988 if you are thinking about suicide or are in crisis."),
    ex("What happens during a TMS session?"),
    ex("How much does esketamine cost?"),
    ex("We will ask you to fill in a short mood questionnaire at each visit."),
    ex("Our clinic is open Monday to Saturday."),
    ex("Ask your doctor whether ketamine is right for you."),
    ex("Each TMS session takes about twenty minutes."),
    ex("The infusion is given through a small needle in your arm."),
    ex("Your care team will review your progress every few weeks."),
    ex("Risks and side effects"),
    ex("Who should not have ketamine treatment"),
    ex("You can stop treatment at any time."),
    ex("We cannot promise that treatment will work for you."),
    ex("Read the references at the end of this page."),
    ex("This page is for information and is not medical advice."),
    ex("Talk to us about any worries you have before your first session."),
    ex("Insurance may cover esketamine; check with your provider."),
    ex("You'll need to stay at the clinic for at least two hours after each esketamine dose."),
    ex("Wear comfortable clothes to your appointment."),
    ex("Frequently asked questions"),
    ex("A nurse stays with you throughout the treatment."),
    ex("We will explain the possible risks before you agree to treatment."),
    ex("Esketamine is a nasal spray that you use yourself under supervision."),
    ex("Your psychiatrist will decide whether TMS or ketamine suits you best."),
    ex("Our nurses are trained in emergency care."),
    ex("If you have high blood pressure, tell us before your appointment."),
    ex("Ketamine was first made in 1962."),
    ex("We offer ketamine, esketamine and TMS at our Denver clinic."),
    ex("Learn more about how TMS works."),
    ex("Call the clinic if your symptoms get worse."),
    ex("Keep taking your antidepressant unless your doctor tells you otherwise."),
    ex("Ketamine treatment at our clinic begins with a medical assessment."),
    ex("Sessions last 37 minutes and you can return to work afterwards."),
    ex("A 40-minute infusion is typical."),
]

ACCURATE_NEGATIONS = [
    ex("Ketamine is not a cure for depression."),
    ex("There is no cure for depression."),
    ex("No treatment is guaranteed to work for everyone."),
    ex("This is not a cure, and symptoms may come back."),
    ex("Ketamine is not FDA-approved for depression.", claim=True),
    ex("Compounded ketamine nasal spray has not been approved by the FDA.", claim=True),
    ex("No medicine is completely safe, and ketamine has real risks."),
    ex("Nothing about this treatment is risk-free."),
    ex(
        "Ketamine is not risk-free: it can raise blood pressure and cause confusion.",
        claim=True,
    ),
    ex("We can't guarantee results."),
    ex("Results are not guaranteed."),
    ex("There are no guarantees with any depression treatment."),
    ex("Not everyone is cured, and some people do not improve at all."),
    ex("No treatment is 100% effective."),
    ex("It is not true that ketamine has no side effects."),
    ex("Esketamine is not a miracle drug."),
    ex("Ketamine is not a permanent fix; most people need repeat sessions.", claim=True),
    ex("There is no known cure for PTSD."),
    ex("No one can promise a permanent fix for anxiety."),
    ex("Ketamine does not cure depression, and it isn't safe for everyone."),
    ex("Is ketamine a cure for depression?"),
    ex("Can TMS guarantee that my depression will go away?"),
    ex("Is esketamine FDA-approved?"),
    ex("Nobody should describe ketamine as risk-free."),
    ex("TMS is never a guaranteed fix, and it does not work for everyone."),
    ex("Don't believe anyone who says ketamine is a miracle."),
    ex("Esketamine isn't approved by the FDA for PTSD.", claim=True),
]

NEGATIONS_THAT_STILL_PROMISE = [
    ex("Ketamine not only cures depression but also anxiety.", block=[CURE], claim=True),
    ex(
        "Ketamine cures depression without side effects.",
        block=[CURE, NO_SIDE_EFFECTS],
        claim=True,
    ),
    ex("Our infusions have no side effects.", block=[NO_SIDE_EFFECTS], claim=True),
    ex("There are no side effects with TMS.", block=[NO_SIDE_EFFECTS], claim=True),
    ex(
        "No doubt about it: ketamine is the cure you have been waiting for.",
        block=[CURE],
        claim=True,
    ),
    ex("Don't wait any longer, guaranteed relief is here.", block=[GUARANTEE]),
    ex(
        "Never suffer again: our ketamine program is 100% effective.",
        block=[HUNDRED],
        claim=True,
    ),
    ex("It isn't expensive, and results are guaranteed.", block=[GUARANTEE]),
    ex("Esketamine is not just safe, it is completely safe.", block=[COMPLETELY_SAFE], claim=True),
    ex("Without a doubt, TMS cures anxiety.", block=[CURE], claim=True),
]

RISKY_WORDING = [
    ex("Ketamine cures depression.", block=[CURE], claim=True),
    ex("Many of our patients are cured after six sessions.", block=[CURE], claim=True),
    ex("TMS is a proven cure for anxiety.", block=[CURE], warn=[PROOF], claim=True),
    ex("Our treatment is guaranteed to lift your mood.", block=[GUARANTEE], claim=True),
    ex("We guarantee you will feel better.", block=[GUARANTEE], claim=True),
    ex("Ketamine therapy is 100% safe.", block=[HUNDRED, COMPLETELY_SAFE], claim=True),
    ex(
        "Esketamine is completely safe when given in our clinic.",
        block=[COMPLETELY_SAFE],
        claim=True,
    ),
    ex("TMS is totally safe for everyone.", block=[COMPLETELY_SAFE], claim=True),
    ex("Ketamine infusions are risk-free.", block=[RISK_FREE], claim=True),
    ex("Enjoy risk free treatment with our experienced team.", block=[RISK_FREE], claim=True),
    ex("Ketamine offers a permanent fix for depression.", block=[PERMANENT], claim=True),
    ex("Get permanent relief from PTSD symptoms.", block=[PERMANENT], claim=True),
    ex("This miracle treatment changed my life.", block=[MIRACLE], claim=True),
    ex("Ketamine is a miracle cure for depression.", block=[MIRACLE, CURE], claim=True),
    ex("Our ketamine infusions are FDA-approved for depression.", block=[FDA], claim=True),
    ex("TMS is FDA cleared for depression and OCD.", claim=True, status="approved"),
    ex("Ketamine has been approved by the FDA to treat depression.", block=[FDA], claim=True),
    ex("Spravato is FDA approved.", claim=True, status="approved"),
    ex(
        "Our compounded ketamine lozenges are FDA approved.",
        block=[FDA],
        claim=True,
        status="not_approved",
    ),
    ex("You will feel better, guaranteed.", block=[GUARANTEE], claim=True),
    ex("A 100 percent success rate in our clinic.", block=[HUNDRED], claim=True),
    ex("Ketamine is harmless when used in a clinic.", block=[COMPLETELY_SAFE], claim=True),
    ex("TMS is free of side effects.", block=[NO_SIDE_EFFECTS], claim=True),
    ex("Relief is permanent for most of our patients.", block=[PERMANENT], claim=True),
    ex("Curing depression is what we do.", block=[CURE], claim=True),
    ex("Ketamine is a cure-all for mood disorders.", block=[CURE], claim=True),
    ex("Zero risk, zero side effects.", block=[RISK_FREE, NO_SIDE_EFFECTS], claim=True),
    ex("The results of TMS are guaranteed to last.", block=[GUARANTEE], claim=True),
    ex("A safe, guaranteed way to end your anxiety.", block=[GUARANTEE], claim=True),
    ex("With our programme, PTSD can be cured in weeks.", block=[CURE], claim=True),
    ex("There is no risk of addiction with medical ketamine.", block=[RISK_FREE], claim=True),
    ex(
        "Esketamine has been cleared by the FDA for all forms of depression.",
        block=[FDA],
        claim=True,
    ),
]

OBFUSCATED = [
    ex("Ketamine \u0441ures depression.", block=[CURE], claim=True),
    ex("Results are gu<b>aran</b>teed.", block=[GUARANTEE]),
    ex("Treatment is risk\u2011free.", block=[RISK_FREE], claim=True),
    ex("TMS is risk\u2014free.", block=[RISK_FREE], claim=True),
    ex("Ketamine is risk&nbsp;free for most adults.", block=[RISK_FREE], claim=True),
    ex("Our infusions are com\u200bpletely safe.", block=[COMPLETELY_SAFE], claim=True),
    ex("Esketamine is guaran\u00adteed to work.", block=[GUARANTEE], claim=True),
    ex("Ketamine CURES anxiety.", block=[CURE], claim=True),
    ex(
        "\uff2b\uff45\uff54\uff41\uff4d\uff49\uff4e\uff45 \uff43\uff55\uff52\uff45\uff53 "
        "\uff44\uff45\uff50\uff52\uff45\uff53\uff53\uff49\uff4f\uff4e.",
        block=[CURE],
        claim=True,
    ),
    ex("TMS is 1OO% effective.", block=[HUNDRED], claim=True),
    ex("Our therapy is guarant33d.", block=[GUARANTEE]),
    ex("Ketamine is a m\u0456racle for depression.", block=[MIRACLE], claim=True),
    ex("No  side\n effects at all with esketamine.", block=[NO_SIDE_EFFECTS], claim=True),
    ex("Ketamine is \u0441ompletely \u0455afe.", block=[COMPLETELY_SAFE], claim=True),
    ex("Ketamine is FDA\u2011approved for depression.", block=[FDA], claim=True),
    ex("TMS c\u03c5res OCD.", block=[CURE], claim=True),
    ex("Ketamine is the perm<i>anent</i> fix you need.", block=[PERMANENT], claim=True),
    ex("Ketamine c&#117;res depression.", block=[CURE], claim=True),
    ex("Our approach is risk-\nfree.", block=[RISK_FREE], claim=True),
    ex("Totally  safe   and 100% guaranteed.", block=[COMPLETELY_SAFE, HUNDRED, GUARANTEE]),
    ex(
        "<p>Esketamine is <strong>100%</strong> safe.</p>",
        block=[HUNDRED, COMPLETELY_SAFE],
        claim=True,
    ),
    ex("Ketamine is \uff26\uff24\uff21 approved.", block=[FDA], claim=True),
    ex("TMS is r\u0131sk-free.", block=[RISK_FREE], claim=True),
]

WARN_WORDING_EXAMPLES = [
    ex("Ketamine works faster than traditional antidepressants.", warn=[COMPARISON], claim=True),
    ex("Ketamine works within hours for many patients.", warn=[SPEED], claim=True),
    ex("Feel relief in minutes with esketamine.", warn=[SPEED], claim=True),
    ex("Get rapid relief from depression today.", warn=[SPEED], claim=True),
    ex(
        "TMS is more effective than antidepressants for some people.",
        warn=[COMPARISON],
        claim=True,
    ),
    ex("Ketamine outperforms SSRIs in head-to-head studies.", warn=[COMPARISON], claim=True),
    ex("Our TMS results are better than the national average.", warn=[COMPARISON], claim=True),
    ex("Clinically proven to reduce anxiety.", warn=[PROOF], claim=True),
    ex("Scientifically proven relief for PTSD.", warn=[PROOF], claim=True),
    ex("Studies show that ketamine reduces suicidal thoughts.", warn=[PROOF], claim=True),
    ex("Research proves that TMS rewires the brain.", warn=[PROOF], claim=True),
    ex("We are the best ketamine clinic in Ohio.", warn=[SUPERLATIVE]),
    ex(
        "Esketamine is the most effective treatment for resistant depression.",
        warn=[SUPERLATIVE],
        claim=True,
    ),
    ex(
        "TMS is the safest option for pregnant women with depression.",
        warn=[SUPERLATIVE],
        claim=True,
    ),
    ex("A revolutionary treatment for depression.", warn=[SUPERLATIVE]),
    ex("Ketamine is a breakthrough in mental health care.", warn=[SUPERLATIVE]),
    ex("Our clinic uses state-of-the-art TMS equipment.", warn=[SUPERLATIVE]),
    ex("We are the leading provider of ketamine therapy in the region.", warn=[SUPERLATIVE]),
    ex("The number one choice for treatment-resistant depression.", warn=[SUPERLATIVE]),
    ex("Rated #1 by our patients.", warn=[SUPERLATIVE]),
    ex("Cutting-edge care for PTSD and anxiety.", warn=[SUPERLATIVE]),
    ex(
        "Esketamine received breakthrough therapy designation from the FDA in 2013.",
        claim=True,
    ),
    ex("Depression is a leading cause of disability worldwide.", claim=True),
    ex("It's best to avoid alcohol for 24 hours after ketamine."),
    ex("At best, about a third of people reach remission with TMS.", claim=True),
    ex("Patients receive 0.5 mg/kg of ketamine over 40 minutes.", warn=[DOSAGE], claim=True),
    ex("The usual starting dose of esketamine is 56 mg.", warn=[DOSAGE], claim=True),
    ex("Most adults move up to 84 mg after the first week.", warn=[DOSAGE], claim=True),
    ex("Each spray device holds 28 mg of esketamine.", warn=[DOSAGE], claim=True),
    ex("Some clinics give 1 mg/kg for a stronger effect.", warn=[DOSAGE], claim=True),
    ex("Patients took 20 mg of escitalopram alongside esketamine.", warn=[DOSAGE], claim=True),
    ex("Ketamine at 0.5mg/kg helped 7 in 10 patients.", warn=[DOSAGE], claim=True),
    ex("TMS gives fast relief from depression without medication.", warn=[SPEED], claim=True),
    ex("Esketamine is a fast-acting antidepressant.", warn=[SPEED], claim=True),
    ex("Faster than therapy, better than pills.", warn=[COMPARISON]),
    ex(
        "Ketamine is the gold standard for treatment-resistant depression.",
        warn=[SUPERLATIVE],
        claim=True,
    ),
    ex("World-class TMS care, close to home.", warn=[SUPERLATIVE]),
    ex("Our most advanced treatment is now available.", warn=[SUPERLATIVE]),
    ex("The medicine wears off within a few hours.", claim=True),
    ex(
        "Ketamine is superior to placebo for rapid relief of depression.",
        warn=[COMPARISON, SPEED],
        claim=True,
    ),
    ex("Studies have shown TMS helps with OCD.", warn=[PROOF], claim=True),
    ex("Our nurses give 2 units of insulin if your blood sugar is high.", warn=[DOSAGE]),
    ex("Ketamine is not better than ECT for severe depression.", claim=True),
]

MORE_CLAIMS_AND_NON_CLAIMS = [
    ex(
        "Ketamine is an anaesthetic medicine that has been used in hospitals for decades.",
        claim=True,
    ),
    ex(
        "Antidepressants such as fluoxetine usually need several weeks before mood improves.",
        claim=True,
    ),
    ex(
        "Around 1 in 3 people with depression do not get better with the first two medicines "
        "they try.",
        claim=True,
    ),
    ex("PTSD affects about 6 in 100 adults at some point in their lives.", claim=True),
    ex("Anxiety and depression often occur together.", claim=True),
    ex(
        "Patients who reached remission stayed well for an average of 18 days.",
        claim=True,
    ),
    ex("Depression can come back after ketamine treatment ends.", claim=True),
    ex("Some people find ketamine helps with anxiety as well as low mood.", claim=True),
    ex("TMS improves mood in roughly half of people who complete a full course.", claim=True),
    ex("Ketamine can be habit-forming.", claim=True),
    ex("Taking esketamine with alcohol can make you more drowsy.", claim=True),
    ex(
        "Tell us if you take lamotrigine or benzodiazepines, because they may weaken ketamine's "
        "effect.",
        claim=True,
    ),
    ex("Most people who try TMS feel only a tapping sensation on the scalp.", claim=True),
    ex("Ketamine can make you feel dizzy or confused for a while.", claim=True),
    ex("Esketamine is used together with an oral antidepressant.", claim=True),
    ex("Lithium lowers the risk of suicide in people with bipolar disorder.", claim=True),
    ex("Deep TMS reaches brain areas that standard coils cannot.", claim=True),
    ex("The effects of one infusion usually last about a week.", claim=True),
    ex("Ketamine is used off-label to treat depression.", claim=True),
    ex("Trauma-focused therapy remains the first-line treatment for PTSD.", claim=True),
    ex("People with uncontrolled high blood pressure should not have ketamine.", claim=True),
    ex("Ketamine was the fastest-growing treatment request at our clinic last year."),
    ex("Our team includes psychiatrists, nurses and a therapist."),
    ex("Parking is free for patients."),
    ex("Bring a friend or family member if you would like support."),
    ex("You may eat a light meal the day before your infusion."),
    ex("Download our guide to preparing for your first session."),
    ex("Thank you for choosing our clinic."),
    ex("Side effects are listed in the table below."),
    ex("We send a summary of each visit to your family doctor."),
    ex("Read about our TMS programme."),
    ex("How long does it take for ketamine to work?"),
    ex("Does esketamine help with anxiety?"),
    ex("Many patients tell us they like the calm setting of our clinic."),
    ex("Your safety is our first concern."),
]

FIRST = (
    section("first corpus: claims", CLEAN_CLAIMS)
    + section("first corpus: plain text", NOT_CLAIMS)
    + section("accurate negation", ACCURATE_NEGATIONS)
    + section("negation that still promises", NEGATIONS_THAT_STILL_PROMISE)
    + section("risky wording", RISKY_WORDING)
    + section("look-alike letters", OBFUSCATED)
    + section("marketing wording and doses", WARN_WORDING_EXAMPLES)
    + section("first corpus: more claims and plain text", MORE_CLAIMS_AND_NON_CLAIMS)
)
