"""The fictional demo clinic: its details, services, locations and a few consultation requests.

Every name, address and phone number here is invented (555-01xx numbers are reserved for
fiction). Service pages describe what the clinic offers and link to the reviewed articles; they
make no medical claims of their own, which belong in the articles, with their evidence.
"""

CLINIC_SETTINGS = {
    "name": "Claimcheck Clinic",
    "phone": "(555) 010-0100",
    "crisis_line": "us",
}

HOME_INTRO = (
    "We treat depression that has not got better with other treatments. Every treatment page "
    "on this site is checked and signed by our medical directors, and we will always tell you "
    "the risks as clearly as the benefits."
)
FEATURED_TREATMENTS = ["ketamine-infusion-for-depression", "tms-for-depression"]

SERVICE_INDEX = {
    "title": "Our services",
    "slug": "services",
    "intro": "What we offer, and the articles that explain each treatment in detail.",
}

SERVICES = [
    {
        "title": "Ketamine infusion clinic",
        "slug": "ketamine-infusion-clinic",
        "summary": (
            "Supervised IV ketamine infusions for adults with treatment-resistant depression, "
            "after an assessment by one of our psychiatrists."
        ),
        "description": (
            "<p>Before any infusion you meet a psychiatrist, who goes through your history, "
            "your current medicines and whether ketamine is a sensible option for you. If it "
            "is not, we say so and talk about alternatives.</p>"
            "<p>Infusions take place in a monitored room. A nurse stays with you, and you need "
            "someone to take you home afterwards.</p>"
        ),
        "treatments": ["ketamine-infusion-for-depression"],
    },
    {
        "title": "Esketamine (Spravato) treatment centre",
        "slug": "esketamine-treatment-centre",
        "summary": (
            "Esketamine nasal spray taken under supervision at the clinic, as its restricted "
            "programme requires, with monitoring afterwards."
        ),
        "description": (
            "<p>Esketamine is taken here, never at home. After each dose you stay with us "
            "while a nurse checks how you are, and you cannot drive until the next day.</p>"
        ),
        "treatments": ["esketamine-nasal-spray-for-depression"],
    },
    {
        "title": "TMS therapy",
        "slug": "tms-therapy",
        "summary": (
            "Transcranial magnetic stimulation sessions on weekdays, planned and reviewed by "
            "our psychiatrists."
        ),
        "description": (
            "<p>A course of TMS means coming in on most weekdays for several weeks. Each "
            "session is short and you can usually go back to your day straight afterwards.</p>"
        ),
        "treatments": ["tms-for-depression"],
    },
]

LOCATION_INDEX = {
    "title": "Our locations",
    "slug": "locations",
    "intro": "Two clinics, both with step-free access.",
}

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

LOCATIONS = [
    {
        "title": "Riverside clinic",
        "slug": "riverside",
        "street_address": "120 Harbor Street, Suite 300",
        "locality": "Springfield",
        "region": "OR",
        "postal_code": "97477",
        "phone": "(555) 010-0142",
        "hours": [(WEEKDAYS, "08:00", "18:00"), (["Saturday"], "09:00", "13:00")],
        "directions_url": "https://www.openstreetmap.org/directions?to=44.0462%2C-123.0220",
        "getting_here": "Bus routes 11 and 13 stop outside. The entrance is opposite the library.",
        "parking": "Free parking for patients in the garage under the building (levels 1 and 2).",
        "accessibility": (
            "Step-free entrance from the street and the garage, lifts to every floor, an "
            "accessible toilet on our floor and a quiet waiting room."
        ),
    },
    {
        "title": "Hillcrest clinic",
        "slug": "hillcrest",
        "street_address": "48 Orchard Avenue",
        "locality": "Eugene",
        "region": "OR",
        "postal_code": "97401",
        "phone": "(555) 010-0157",
        "hours": [(["Monday", "Wednesday", "Friday"], "09:00", "17:00")],
        "directions_url": "https://www.openstreetmap.org/directions?to=44.0521%2C-123.0868",
        "getting_here": "A ten-minute walk from the main bus station, up Orchard Avenue.",
        "parking": "Four marked patient spaces at the back, two of them accessible bays.",
        "accessibility": ("A ramp at the front door; every treatment room is on the ground floor."),
    },
]

CONTACT = {
    "title": "Contact us",
    "slug": "contact",
    "intro": (
        "Call us, write to us, or request a consultation and we will call you back. We "
        "cannot give medical advice by email."
    ),
    "email": "hello@clinic.example",
}

MEDICAL_TEAM = {
    "title": "Our medical team",
    "slug": "medical-team",
    "intro": "The doctors who check and sign every medical statement on this site.",
}

# A bio page for each demo director (demo/content/reviewers.py), its text drawn from their
# profile; each is reviewed by the other director rather than by its own subject.
REVIEWER_BIOS = {
    "director": {"title": "Dr Maya Chen", "slug": "maya-chen", "reviewed_by": "director2"},
    "director2": {"title": "Dr Samuel Okafor", "slug": "samuel-okafor", "reviewed_by": "director"},
}

SAMPLE_REQUESTS = [
    {
        "name": "Jordan Testperson",
        "phone": "(555) 010-0199",
        "email": "",
        "treatment": "TMS (transcranial magnetic stimulation) for depression",
        "preferred_location": "Riverside clinic",
        "time_of_day": "morning",
        "message": "I work afternoons.",
    },
    {
        "name": "Casey Example",
        "phone": "",
        "email": "casey.example@mail.example",
        "treatment": "",
        "preferred_location": "",
        "time_of_day": "any",
        "message": "",
    },
    {
        "name": "Morgan Sample",
        "phone": "(555) 010-0188",
        "email": "morgan.sample@mail.example",
        "treatment": "IV ketamine infusions for treatment-resistant depression",
        "preferred_location": "Hillcrest clinic",
        "time_of_day": "evening",
        "message": "Could someone explain the costs?",
    },
]
