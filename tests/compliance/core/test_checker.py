from compliance.core import (
    BLOCK,
    SUMMARY_BLOCK_ID,
    WARN,
    ArticleInput,
    ReferenceInput,
    check_article,
)
from compliance.core.rules import RULES

from .builders import TODAY, article, claim, fired


def test_clean_article_has_no_findings():
    findings = check_article(
        article(
            summary="This page explains ketamine treatment at our clinic.",
            claims=[claim("In trials, about half of people felt better.", "efficacy")],
            texts=["You will rest in a quiet room."],
        )
    )
    assert findings == []


def test_claim_without_reference_is_blocked():
    findings = check_article(article(claims=[claim("Ketamine eases low mood.", references=())]))
    [finding] = fired(findings, "claim-without-reference")
    assert finding.severity == BLOCK
    assert finding.block_id == "c1"


def test_cure_in_a_claim_is_blocked_and_excerpt_keeps_the_writers_words():
    findings = check_article(article(claims=[claim("Ketamine <b>CURES</b> depression.")]))
    [finding] = fired(findings, "cure-wording")
    assert finding.severity == BLOCK
    assert finding.excerpt == "CURES"
    assert finding.source and finding.reason


def test_cure_spelled_with_cyrillic_letter_is_still_blocked():
    findings = check_article(article(texts=["Ketamine \u0441ures depression."]))
    [finding] = fired(findings, "cure-wording")
    assert finding.excerpt == "\u0441ures"
    assert "look-alike" in finding.message


def test_guaranteed_split_by_tags_or_hidden_characters_is_still_blocked():
    for disguised in (
        "Results are gu<b>aran</b>teed.",
        "Results are guaran\u00adteed.",
        "Results are guar\u200banteed.",
        "Results are guar&#97;nteed.",
        "Results are guarant33d.",
    ):
        findings = check_article(article(texts=[disguised]))
        assert fired(findings, "guarantee-wording"), disguised


def test_risk_free_with_any_dash_or_spacing_is_blocked():
    for variant in (
        "risk free",
        "risk\u2011free",
        "risk\u2014free",
        "risk&nbsp;free",
        "risk -\nfree",
    ):
        findings = check_article(article(texts=[f"TMS is {variant}."]))
        assert fired(findings, "risk-free"), variant


def test_fullwidth_and_letter_o_for_zero_are_blocked():
    findings = check_article(article(texts=["TMS is 1OO% \uff45\uff46\uff46ective and \uff53afe."]))
    assert fired(findings, "hundred-percent")


def test_accurate_negation_is_not_flagged():
    negations = [
        "Ketamine is not a cure for depression.",
        "No treatment is guaranteed to work.",
        "This is not a cure.",
        "There is no cure.",
        "Ketamine is not FDA-approved for depression.",
        "Compounded ketamine has not been approved by the FDA.",
        "No medicine is completely safe.",
        "We cannot promise it will work.",
        "Is ketamine a cure for depression?",
    ]
    findings = check_article(article(texts=negations))
    assert [f for f in findings if f.severity == BLOCK] == []


def test_denial_reaches_only_its_own_clause():
    findings = check_article(article(texts=["There is no cure, but ketamine cures anxiety."]))
    [finding] = fired(findings, "cure-wording")
    assert finding.excerpt == "cures"


def test_not_only_is_not_a_denial():
    findings = check_article(article(texts=["Ketamine not only cures depression."]))
    assert fired(findings, "cure-wording")


def test_no_side_effects_is_itself_the_risky_phrase():
    findings = check_article(article(texts=["Ketamine cures depression without side effects."]))
    assert {f.rule_id for f in findings if f.severity == BLOCK} == {
        "cure-wording",
        "no-side-effects",
    }


def test_fda_approved_allowed_only_when_status_is_approved():
    text = "Esketamine is FDA-approved for treatment-resistant depression."
    for status in ("off_label", "not_approved"):
        assert fired(check_article(article(texts=[text], status=status)), "fda-approved-wording")
    assert not fired(
        check_article(article(texts=[text], status="approved")), "fda-approved-wording"
    )


def test_fda_wording_blocked_when_article_has_no_therapy_record():
    bare = ArticleInput(
        claims=(), texts=(), has_risks_section=True, therapy=None, today=TODAY,
        summary="Approved by the FDA.",
    )  # fmt: skip
    [finding] = fired(check_article(bare), "fda-approved-wording")
    assert finding.block_id == SUMMARY_BLOCK_ID


def test_efficacy_claims_without_risks_section_blocked():
    for claim_type in ("efficacy", "comparative"):
        findings = check_article(
            article(claims=[claim(claim_type=claim_type)], has_risks_section=False)
        )
        [finding] = fired(findings, "benefits-without-risks")
        assert finding.block_id is None
        assert finding.severity == BLOCK


def test_safety_claims_alone_do_not_need_a_risks_section():
    findings = check_article(article(claims=[claim(claim_type="safety")], has_risks_section=False))
    assert not fired(findings, "benefits-without-risks")


def test_old_reference_warns_unless_guideline_or_label():
    old_trial = ReferenceInput("Zarate et al. 2006", 2006, "rct")
    old_guideline = ReferenceInput("APA guideline", 2010, "guideline")
    old_label = ReferenceInput("Spravato prescribing information", 2019, "label")
    just_in_time = ReferenceInput("Lee et al.", TODAY.year - 5, "cohort")
    findings = check_article(
        article(claims=[claim(references=[old_trial, old_guideline, old_label, just_in_time])])
    )
    [finding] = fired(findings, "old-reference")
    assert finding.severity == WARN
    assert finding.excerpt == "Zarate et al. 2006"


def test_benefit_backed_only_by_animal_studies_warns():
    rats = ReferenceInput("Li et al. 2024 (rats)", 2024, "animal_lab")
    only_rats = claim("Ketamine grows new synapses.", "efficacy", [rats])
    people = ReferenceInput("Okafor et al. 2024", 2024, "rct")
    rats_and_people = claim("It helps mood.", "efficacy", [rats, people], block_id="c2")
    findings = check_article(article(claims=[only_rats, rats_and_people]))
    assert [f.block_id for f in fired(findings, "animal-only-evidence")] == ["c1"]


def test_dosage_outside_dosage_claim_warns():
    findings = check_article(
        article(
            claims=[
                claim("The dose is 0.5 mg/kg over 40 minutes.", "dosage"),
                claim("Most people take 56 mg.", "efficacy", block_id="c2"),
            ],
            texts=["A 40-minute infusion of 0.5mg/kg is usual."],
        )
    )
    assert [(f.block_id, f.excerpt) for f in fired(findings, "dosage-outside-dosage-claim")] == [
        ("c2", "56 mg"),
        ("t1", "0.5mg/kg"),
    ]


def test_reading_grade_is_reported():
    hard = (
        "Intravenous ketamine administration demonstrates considerable antidepressant efficacy "
        "among individuals experiencing treatment-resistant depressive symptomatology. "
        "Dissociative phenomena and transient hypertension constitute frequently documented "
        "adverse consequences necessitating comprehensive monitoring."
    )
    findings = check_article(article(texts=[hard]))
    [overall] = fired(findings, "reading-level")
    assert overall.block_id is None
    assert overall.excerpt.startswith("Flesch-Kincaid ")
    assert ", SMOG " in overall.excerpt
    [passage] = fired(findings, "hard-to-read-block")
    assert passage.block_id == "t1"


def test_plain_text_reads_within_grade_eight():
    easy = "Ketamine is a medicine. It can help some people feel less low. It can make you sleepy."
    assert not fired(check_article(article(texts=[easy])), "reading-level")


def test_unmarked_claim_in_text_warns_but_logistics_do_not():
    findings = check_article(
        article(
            texts=[
                "Please arrive early. In trials, about half of people improved after ketamine.",
                "Our clinic is open Monday to Saturday.",
            ]
        )
    )
    [finding] = fired(findings, "unmarked-claim")
    assert finding.block_id == "t1"
    assert finding.excerpt == "In trials, about half of people improved after ketamine."


def test_explaining_how_a_visit_works_is_not_a_claim_but_how_a_drug_works_is():
    findings = check_article(
        article(
            texts=[
                "This page explains a treatment our clinic offers and how a visit works.",
                "Ketamine changes how glutamate works in the brain.",
            ]
        )
    )

    [finding] = fired(findings, "unmarked-claim")
    assert finding.excerpt == "Ketamine changes how glutamate works in the brain."


def test_marked_claims_are_not_reported_as_unmarked():
    findings = check_article(article(claims=[claim("Ketamine reduces suicidal thoughts.")]))
    assert not fired(findings, "unmarked-claim")


def test_findings_list_blocks_first_then_warnings_in_reading_order():
    findings = check_article(
        article(
            summary="Guaranteed relief.",
            claims=[claim("Studies show 56 mg cures depression.", "efficacy", references=())],
            texts=["The best clinic. Totally safe."],
            has_risks_section=False,
        )
    )
    assert [(f.severity, f.rule_id, f.block_id) for f in findings] == [
        (BLOCK, "benefits-without-risks", None),
        (BLOCK, "guarantee-wording", SUMMARY_BLOCK_ID),
        (BLOCK, "claim-without-reference", "c1"),
        (BLOCK, "cure-wording", "c1"),
        (BLOCK, "completely-safe", "t1"),
        (WARN, "reading-level", None),
        (WARN, "unmarked-claim", SUMMARY_BLOCK_ID),
        (WARN, "proof-wording", "c1"),
        (WARN, "dosage-outside-dosage-claim", "c1"),
        (WARN, "superlative-wording", "t1"),
        (WARN, "unmarked-claim", "t1"),
    ]


def test_every_rule_explains_itself():
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        assert rule.severity in (BLOCK, WARN)
        assert rule.message and rule.reason and rule.source
