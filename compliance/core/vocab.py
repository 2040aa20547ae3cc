"""The clinic's vocabulary values this package relies on (see pages/choices.py).

Kept as plain strings so the checker runs without Django.
"""

# ClaimType
EFFICACY = "efficacy"
COMPARATIVE = "comparative"
DOSAGE = "dosage"
CLAIMS_OF_BENEFIT = frozenset({EFFICACY, COMPARATIVE})

# StudyDesign
GUIDELINE = "guideline"
LABEL = "label"
ANIMAL_LAB = "animal_lab"

# RegulatoryStatus
APPROVED = "approved"

# The article body's section block types (pages/blocks/body.py)
BENEFITS_SECTION = "benefits"
RISKS_SECTION = "risks"
