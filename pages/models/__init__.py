from .article import TreatmentArticlePage
from .references import Reference
from .reviewed import ReviewedPage, reviewed_page_types
from .site import HomePage, TreatmentIndexPage
from .therapy import TherapyStatus

__all__ = [
    "HomePage",
    "Reference",
    "ReviewedPage",
    "TherapyStatus",
    "TreatmentArticlePage",
    "TreatmentIndexPage",
    "reviewed_page_types",
]
