"""Profiles of the two fictional demo medical directors.

These people do not exist. Names, licence numbers and biographies are invented for the demo;
any likeness to a real clinician is accidental.
"""

REVIEWER_PROFILES = {
    "director": {
        "full_name": "Maya Chen",
        "degrees": "MD",
        "specialty": "Psychiatry (mood disorders)",
        "board_certification": (
            "Board certified in psychiatry, American Board of Psychiatry and Neurology "
            "(demo record)"
        ),
        "licence_state": "CA",
        "licence_number": "DEMO-CA-104233",
        "licence_verified_on": "2026-10-05",
        "bio": (
            "Dr Maya Chen is a fictional psychiatrist created for the Claimcheck demo; she is "
            "not a real person. In this demo she leads the clinic's mood disorders service and "
            "reviews its articles on ketamine and other depression treatments."
        ),
        "conflict_of_interest": (
            "Dr Chen (fictional) reports no financial ties to any company that makes or sells "
            "ketamine, esketamine or TMS devices."
        ),
    },
    "director2": {
        "full_name": "Samuel Okafor",
        "degrees": "MD",
        "specialty": "Psychiatry (interventional psychiatry and neuromodulation)",
        "board_certification": (
            "Board certified in psychiatry, American Board of Psychiatry and Neurology "
            "(demo record)"
        ),
        "licence_state": "NY",
        "licence_number": "DEMO-NY-287519",
        "licence_verified_on": "2026-08-18",
        "bio": (
            "Dr Samuel Okafor is a fictional psychiatrist made up for this demo and is not a "
            "real person. In the demo he runs the clinic's TMS and esketamine programs and "
            "trains staff in patient monitoring."
        ),
        "conflict_of_interest": (
            "Dr Okafor (fictional) has received no payments, grants or speaker fees from drug "
            "or device companies, and holds no shares in them."
        ),
    },
}
