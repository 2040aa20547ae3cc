from .contact import ContactPage
from .locations import LocationIndexPage, LocationPage, live_locations
from .medical_team import MedicalTeamIndexPage, ReviewerBioPage, live_bios
from .services import ServiceIndexPage, ServicePage
from .settings import ClinicSettings

__all__ = [
    "ClinicSettings",
    "ContactPage",
    "LocationIndexPage",
    "LocationPage",
    "MedicalTeamIndexPage",
    "ReviewerBioPage",
    "ServiceIndexPage",
    "ServicePage",
    "live_bios",
    "live_locations",
]
