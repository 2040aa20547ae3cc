from .editor_state import WorkflowStateInEditor
from .media import ImageFingerprint
from .reviewed_versions import ReviewedVersion
from .reviewers import ReviewerProfile
from .signoffs import AppendOnlyError, Decision, SignOff
from .tasks import MedicalReviewTask
from .withdrawals import Withdrawal

__all__ = [
    "AppendOnlyError",
    "Decision",
    "ImageFingerprint",
    "MedicalReviewTask",
    "ReviewedVersion",
    "ReviewerProfile",
    "SignOff",
    "Withdrawal",
    "WorkflowStateInEditor",
]
