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

# ClaimType, the rest: the unmarked-claim check suggests one of CLAIM_TYPES
SAFETY = "safety"
MECHANISM = "mechanism"
REGULATORY = "regulatory"
STATISTIC = "statistic"
CLAIM_TYPES = (EFFICACY, SAFETY, MECHANISM, DOSAGE, REGULATORY, STATISTIC, COMPARATIVE)
