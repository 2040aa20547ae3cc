from .article import TreatmentArticlePage
from .references import Reference
from .site import HomePage, TreatmentIndexPage
from .therapy import TherapyStatus

__all__ = ["HomePage", "Reference", "TherapyStatus", "TreatmentArticlePage", "TreatmentIndexPage"]
