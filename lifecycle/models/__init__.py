from .deadlines import ReviewDeadline, ReviewKind, ReviewTrigger
from .events import EvidenceEvent, StatusSupersession
from .extensions import ReviewExtension

__all__ = [
    "EvidenceEvent",
    "ReviewDeadline",
    "ReviewExtension",
    "ReviewKind",
    "ReviewTrigger",
    "StatusSupersession",
]
