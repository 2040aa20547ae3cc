from .compliance import ComplianceAcknowledgement  # noqa: F401
from .reviewers import ReviewerProfile
from .signoffs import AppendOnlyError, Decision, SignOff
from .tasks import MedicalReviewTask

__all__ = ["AppendOnlyError", "Decision", "MedicalReviewTask", "ReviewerProfile", "SignOff"]
