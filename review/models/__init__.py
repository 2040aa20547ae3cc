from .reviewers import ReviewerProfile
from .signoffs import AppendOnlyError, Decision, SignOff
from .tasks import MedicalReviewTask

__all__ = ["AppendOnlyError", "Decision", "MedicalReviewTask", "ReviewerProfile", "SignOff"]
