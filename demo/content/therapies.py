"""Regulatory status of each demo therapy, by route and indication (United States, FDA).

Pages derive their regulatory disclosure from these records; writers do not type it freehand.
"""

THERAPY_STATUSES = {
    "ketamine-iv-trd": {
        "therapy": "Racemic ketamine (ketamine hydrochloride injection)",
        "route": "Intravenous infusion",
        "indication": "Treatment-resistant depression in adults",
        "status": "off_label",
        "restrictions": (
            "Its FDA approval is as an anesthetic for surgery and other procedures. Ketamine "
            "is a Schedule III controlled substance."
        ),
    },
    "esketamine-nasal-trd": {
        "therapy": "Esketamine nasal spray (Spravato)",
        "route": "Nasal spray",
        "indication": (
            "Treatment-resistant depression in adults, together with an oral antidepressant "
            "(since January 2025 the label also allows use on its own)"
        ),
        "status": "approved",
        "restrictions": (
            "Available only through a restricted program (the SPRAVATO REMS). It is given in a "
            "certified healthcare setting, where the patient uses the spray under supervision "
            "and is monitored for two hours or longer after each dose. Patients must not drive "
            "or operate machinery until the next day, after a night of restful sleep. It is a "
            "Schedule III controlled substance and is not for use at home."
        ),
    },
    "tms-mdd": {
        "therapy": "Transcranial magnetic stimulation (TMS)",
        "route": "Non-invasive brain stimulation (magnetic coil placed on the scalp)",
        "indication": (
            "Major depressive disorder in adults who have not improved enough with "
            "antidepressant medicine"
        ),
        "status": "approved",
        "restrictions": (
            "TMS systems are medical devices: the FDA has cleared them (through the 510(k) "
            "pathway), which is the device route, rather than approved them as it approves "
            "drugs. Each device is cleared for its own labeled protocol and patient group. "
            "Treatment is given in a clinic by trained staff under a physician's supervision."
        ),
    },
    "ketamine-compounded-depression": {
        "therapy": "Compounded ketamine (tablets, lozenges or nasal sprays made by a pharmacy)",
        "route": "Oral or nasal",
        "indication": "Depression and other psychiatric disorders",
        "status": "not_approved",
        "restrictions": (
            "Compounded ketamine products are not FDA-approved for any use, and the FDA has not "
            "reviewed them for safety or effectiveness. In 2023 the FDA warned about the risks "
            "of using compounded ketamine at home without monitoring. Our clinic does not "
            "prescribe them."
        ),
    },
}
