"""Published evidence cited by the demo articles.

Every entry is a real, published work. A PMID is given only where it was checked; otherwise it
is left blank rather than guessed.
"""

REFERENCES = {
    # --- Ketamine (racemic, intravenous) -------------------------------------------------
    "berman-2000": {
        "authors": (
            "Berman RM, Cappiello A, Anand A, Oren DA, Heninger GR, Charney DS, Krystal JH"
        ),
        "title": "Antidepressant effects of ketamine in depressed patients",
        "publisher": "Biological Psychiatry",
        "year": 2000,
        "doi": "10.1016/S0006-3223(99)00230-9",
        "pmid": "",
        "url": "",
        "study_design": "rct",
    },
    "zarate-2006": {
        "authors": (
            "Zarate CA Jr, Singh JB, Carlson PJ, Brutsche NE, Ameli R, Luckenbaugh DA, "
            "Charney DS, Manji HK"
        ),
        "title": (
            "A randomized trial of an N-methyl-D-aspartate antagonist in treatment-resistant "
            "major depression"
        ),
        "publisher": "Archives of General Psychiatry",
        "year": 2006,
        "doi": "10.1001/archpsyc.63.8.856",
        "pmid": "",
        "url": "",
        "study_design": "rct",
    },
    "murrough-2013": {
        "authors": (
            "Murrough JW, Iosifescu DV, Chang LC, Al Jurdi RK, Green CE, Perez AM, Iqbal S, "
            "Pillemer S, Foulkes A, Shah A, Charney DS, Mathew SJ"
        ),
        "title": (
            "Antidepressant efficacy of ketamine in treatment-resistant major depression: "
            "a two-site randomized controlled trial"
        ),
        "publisher": "American Journal of Psychiatry",
        "year": 2013,
        "doi": "10.1176/appi.ajp.2013.13030392",
        "pmid": "",
        "url": "",
        "study_design": "rct",
    },
    "short-2018": {
        "authors": "Short B, Fong J, Galvez V, Shelker W, Loo CK",
        "title": "Side-effects associated with ketamine use in depression: a systematic review",
        "publisher": "The Lancet Psychiatry",
        "year": 2018,
        "doi": "10.1016/S2215-0366(17)30272-9",
        "pmid": "",
        "url": "",
        "study_design": "systematic_review",
    },
    "wilkinson-2018": {
        "authors": (
            "Wilkinson ST, Ballard ED, Bloch MH, Mathew SJ, Murrough JW, Feder A, Sos P, "
            "Wang G, Zarate CA Jr, Sanacora G"
        ),
        "title": (
            "The effect of a single dose of intravenous ketamine on suicidal ideation: "
            "a systematic review and individual participant data meta-analysis"
        ),
        "publisher": "American Journal of Psychiatry",
        "year": 2018,
        "doi": "10.1176/appi.ajp.2017.17040472",
        "pmid": "",
        "url": "",
        "study_design": "systematic_review",
    },
    "anand-2023": {
        "authors": "Anand A, Mathew SJ, Sanacora G, Murrough JW, Goes FS, et al.",
        "title": "Ketamine versus ECT for nonpsychotic treatment-resistant major depression",
        "publisher": "New England Journal of Medicine",
        "year": 2023,
        "doi": "10.1056/NEJMoa2302399",
        "pmid": "",
        "url": "",
        "study_design": "rct",
    },
    "sanacora-2017": {
        "authors": (
            "Sanacora G, Frye MA, McDonald W, Mathew SJ, Turner MS, Schatzberg AF, "
            "Summergrad P, Nemeroff CB; American Psychiatric Association Council of Research "
            "Task Force on Novel Biomarkers and Treatments"
        ),
        "title": "A consensus statement on the use of ketamine in the treatment of mood disorders",
        "publisher": "JAMA Psychiatry",
        "year": 2017,
        "doi": "10.1001/jamapsychiatry.2017.0080",
        "pmid": "",
        "url": "",
        "study_design": "guideline",
    },
    "mcintyre-2021": {
        "authors": (
            "McIntyre RS, Rosenblat JD, Nemeroff CB, Sanacora G, Murrough JW, Berk M, et al."
        ),
        "title": (
            "Synthesizing the evidence for ketamine and esketamine in treatment-resistant "
            "depression: an international expert opinion on the available evidence and "
            "implementation"
        ),
        "publisher": "American Journal of Psychiatry",
        "year": 2021,
        "doi": "10.1176/appi.ajp.2020.20081251",
        "pmid": "",
        "url": "",
        "study_design": "guideline",
    },
    # --- Esketamine nasal spray ----------------------------------------------------------
    "popova-2019": {
        "authors": (
            "Popova V, Daly EJ, Trivedi M, Cooper K, Lane R, Lim P, Mazzucco C, Hough D, "
            "Thase ME, Shelton RC, Molero P, Vieta E, Bajbouj M, Manji H, Drevets WC, Singh JB"
        ),
        "title": (
            "Efficacy and safety of flexibly dosed esketamine nasal spray combined with a newly "
            "initiated oral antidepressant in treatment-resistant depression: a randomized "
            "double-blind active-controlled study"
        ),
        "publisher": "American Journal of Psychiatry",
        "year": 2019,
        "doi": "10.1176/appi.ajp.2019.19020172",
        "pmid": "",
        "url": "",
        "study_design": "rct",
    },
    "daly-2019": {
        "authors": "Daly EJ, Trivedi MH, Janik A, Li H, Zhang Y, Li X, Lane R, Lim P, et al.",
        "title": (
            "Efficacy of esketamine nasal spray plus oral antidepressant treatment for relapse "
            "prevention in patients with treatment-resistant depression: a randomized "
            "clinical trial"
        ),
        "publisher": "JAMA Psychiatry",
        "year": 2019,
        "doi": "10.1001/jamapsychiatry.2019.1189",
        "pmid": "",
        "url": "",
        "study_design": "rct",
    },
    "reif-2023": {
        "authors": (
            "Reif A, Bitter I, Buyze J, Cebulla K, Frey R, Fu DJ, Ito T, Kambarov Y, "
            "Llorca PM, Oliveira-Maia AJ, Messer T, Mulhern-Haughey S, Rive B, von Holt C, "
            "Young AH, Godinov Y; ESCAPE-TRD Investigators"
        ),
        "title": "Esketamine nasal spray versus quetiapine for treatment-resistant depression",
        "publisher": "New England Journal of Medicine",
        "year": 2023,
        "doi": "10.1056/NEJMoa2304145",
        "pmid": "37792613",
        "url": "",
        "study_design": "rct",
    },
    "spravato-label": {
        "authors": "Janssen Pharmaceuticals, Inc.",
        "title": "SPRAVATO (esketamine) nasal spray, CIII: full prescribing information",
        "publisher": "Janssen Pharmaceuticals, Inc.",
        "year": 2025,
        "doi": "",
        "pmid": "",
        "url": (
            "https://www.janssenlabels.com/package-insert/product-monograph/"
            "prescribing-information/SPRAVATO-pi.pdf"
        ),
        "study_design": "label",
    },
    # --- Transcranial magnetic stimulation -----------------------------------------------
    "oreardon-2007": {
        "authors": (
            "O'Reardon JP, Solvason HB, Janicak PG, Sampson S, Isenberg KE, Nahas Z, "
            "McDonald WM, Avery D, Fitzgerald PB, Loo C, Demitrack MA, George MS, Sackeim HA"
        ),
        "title": (
            "Efficacy and safety of transcranial magnetic stimulation in the acute treatment "
            "of major depression: a multisite randomized controlled trial"
        ),
        "publisher": "Biological Psychiatry",
        "year": 2007,
        "doi": "10.1016/j.biopsych.2007.01.018",
        "pmid": "",
        "url": "",
        "study_design": "rct",
    },
    "george-2010": {
        "authors": (
            "George MS, Lisanby SH, Avery D, McDonald WM, Durkalski V, Pavlicova M, "
            "Anderson B, Nahas Z, Bulow P, Zarkowski P, Holtzheimer PE 3rd, Schwartz T, "
            "Sackeim HA"
        ),
        "title": (
            "Daily left prefrontal transcranial magnetic stimulation therapy for major "
            "depressive disorder: a sham-controlled randomized trial"
        ),
        "publisher": "Archives of General Psychiatry",
        "year": 2010,
        "doi": "10.1001/archgenpsychiatry.2010.46",
        "pmid": "",
        "url": "",
        "study_design": "rct",
    },
    "blumberger-2018": {
        "authors": (
            "Blumberger DM, Vila-Rodriguez F, Thorpe KE, Feffer K, Noda Y, Giacobbe P, "
            "Knyahnytska Y, Kennedy SH, Lam RW, Daskalakis ZJ, Downar J"
        ),
        "title": (
            "Effectiveness of theta burst versus high-frequency repetitive transcranial "
            "magnetic stimulation in patients with depression (THREE-D): a randomised "
            "non-inferiority trial"
        ),
        "publisher": "The Lancet",
        "year": 2018,
        "doi": "10.1016/S0140-6736(18)30295-2",
        "pmid": "",
        "url": "",
        "study_design": "rct",
    },
    "cole-2022": {
        "authors": ("Cole EJ, Phillips AL, Bentzley BS, Stimpson KH, Nejad R, Barmak F, et al."),
        "title": (
            "Stanford Neuromodulation Therapy (SNT): a double-blind randomized controlled trial"
        ),
        "publisher": "American Journal of Psychiatry",
        "year": 2022,
        "doi": "10.1176/appi.ajp.2021.20101429",
        "pmid": "",
        "url": "",
        "study_design": "rct",
    },
    "rossi-2009": {
        "authors": (
            "Rossi S, Hallett M, Rossini PM, Pascual-Leone A; Safety of TMS Consensus Group"
        ),
        "title": (
            "Safety, ethical considerations, and application guidelines for the use of "
            "transcranial magnetic stimulation in clinical practice and research"
        ),
        "publisher": "Clinical Neurophysiology",
        "year": 2009,
        "doi": "10.1016/j.clinph.2009.08.016",
        "pmid": "",
        "url": "",
        "study_design": "guideline",
    },
    "rossi-2021": {
        "authors": (
            "Rossi S, Antal A, Bestmann S, Bikson M, Brewer C, Brockmöller J, Carpenter LL, et al."
        ),
        "title": (
            "Safety and recommendations for TMS use in healthy subjects and patient "
            "populations, with updates on training, ethical and regulatory issues: "
            "Expert Guidelines"
        ),
        "publisher": "Clinical Neurophysiology",
        "year": 2021,
        "doi": "10.1016/j.clinph.2020.10.003",
        "pmid": "",
        "url": "",
        "study_design": "guideline",
    },
    "mcclintock-2018": {
        "authors": (
            "McClintock SM, Reti IM, Carpenter LL, McDonald WM, Dubin M, Taylor SF, Cook IA, "
            "O'Reardon J, Husain MM, Wall C, Krystal AD, Sampson SM, Morales O, Nelson BG, "
            "Latoussakis V, George MS, Lisanby SH; National Network of Depression Centers rTMS "
            "Task Group; American Psychiatric Association Council on Research Task Force on "
            "Novel Biomarkers and Treatments"
        ),
        "title": (
            "Consensus recommendations for the clinical application of repetitive transcranial "
            "magnetic stimulation (rTMS) in the treatment of depression"
        ),
        "publisher": "Journal of Clinical Psychiatry",
        "year": 2018,
        "doi": "10.4088/JCP.16cs10905",
        "pmid": "28541649",
        "url": "",
        "study_design": "guideline",
    },
    "perera-2016": {
        "authors": "Perera T, George MS, Grammer G, Janicak PG, Pascual-Leone A, et al.",
        "title": (
            "The Clinical TMS Society consensus review and treatment recommendations for TMS "
            "therapy for major depressive disorder"
        ),
        "publisher": "Brain Stimulation",
        "year": 2016,
        "doi": "10.1016/j.brs.2016.03.010",
        "pmid": "27090022",
        "url": "",
        "study_design": "guideline",
    },
}
