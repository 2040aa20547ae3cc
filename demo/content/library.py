"""The demo clinic's claims library: statements every demo article shows, signed once.

Fictional clinic, real references. Each has a fixed identity, so loading the demo again finds
it instead of adding another. None is about one therapy alone (no therapy scope).
"""

LIBRARY_CLAIMS = {
    "other-treatments": {
        "identity": "6b1d1f0e-2f6a-4c55-9a43-1c0d5e7b8a01",
        "text": (
            "Depression that has not improved after two or more antidepressants can still "
            "respond to other treatments, such as ketamine, esketamine or TMS."
        ),
        "type": "efficacy",
        "refs": ["mcintyre-2021", "perera-2016"],
    },
    "not-for-everyone": {
        "identity": "6b1d1f0e-2f6a-4c55-9a43-1c0d5e7b8a02",
        "text": (
            "Not everyone improves with these treatments. In studies, some people improved a "
            "lot, some a little and some not at all."
        ),
        "type": "efficacy",
        "refs": ["mcintyre-2021", "perera-2016"],
    },
    "trained-staff": {
        "identity": "6b1d1f0e-2f6a-4c55-9a43-1c0d5e7b8a03",
        "text": (
            "Each session is given in the clinic by trained staff, who watch over you for "
            "side effects and know what to do if one happens."
        ),
        "type": "safety",
        "refs": ["sanacora-2017", "spravato-label", "rossi-2021"],
    },
}

#: Added to the end of every demo article: the same three library claims in each.
SHARED_SECTION = [
    ("heading", "Good to know about hard-to-treat depression"),
    ("library", "other-treatments"),
    ("library", "not-for-everyone"),
    ("library", "trained-staff"),
]

# The director who signs the library claims (not the writer who drafted them).
SIGNED_BY = "director"
