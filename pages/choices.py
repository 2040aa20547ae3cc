"""The clinic's vocabularies for claims, evidence and regulatory status."""

from django.db import models


class ClaimType(models.TextChoices):
    EFFICACY = "efficacy", "Efficacy"
    SAFETY = "safety", "Safety"
    MECHANISM = "mechanism", "Mechanism"
    DOSAGE = "dosage", "Dosage"
    REGULATORY = "regulatory", "Regulatory"
    STATISTIC = "statistic", "Statistic"
    COMPARATIVE = "comparative", "Comparative"


class StudyDesign(models.TextChoices):
    GUIDELINE = "guideline", "Clinical guideline"
    SYSTEMATIC_REVIEW = "systematic_review", "Systematic review or meta-analysis"
    RCT = "rct", "Randomised controlled trial"
    COHORT = "cohort", "Cohort or observational study"
    CASE_SERIES = "case_series", "Case series or case report"
    ANIMAL_LAB = "animal_lab", "Animal or laboratory study"
    LABEL = "label", "Drug label (prescribing information)"


class RegulatoryStatus(models.TextChoices):
    APPROVED = "approved", "Approved for this indication"
    OFF_LABEL = "off_label", "Approved for another indication, used off-label"
    NOT_APPROVED = "not_approved", "Not approved"
