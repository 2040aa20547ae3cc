from .reviewers import ReviewerProfile

__all__ = ["ReviewerProfile"]
