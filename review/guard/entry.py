"""The guard's entry point: the only part of the medical review that the page models import.

`pages` sits below `review`; the page models call these functions from `publish`,
`unpublish`, `serve`, their listings and their workflow lookup, so no route that makes content
live, or shows it, passes the rule by.
"""

from review.guard.rule import approval_to_go_live
from review.guard.serving import patients_may_see, serve_signed_content
from review.guard.workflow import medical_review_workflow
from review.read_once import reading_once
from review.withdrawal import record_unpublishing

__all__ = [
    "approval_to_go_live",
    "medical_review_workflow",
    "patients_may_see",
    "reading_once",
    "record_unpublishing",
    "serve_signed_content",
]
