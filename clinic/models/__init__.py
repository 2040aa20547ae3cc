from .contact import ContactPage
from .locations import LocationIndexPage, LocationPage, live_locations
from .services import ServiceIndexPage, ServicePage
from .settings import ClinicSettings

__all__ = [
    "ClinicSettings",
    "ContactPage",
    "LocationIndexPage",
    "LocationPage",
    "ServiceIndexPage",
    "ServicePage",
    "live_locations",
]
