from django.apps import AppConfig
from django.db.models.signals import post_save

from wagtail.signals import page_published, page_unpublished, post_page_move


class ClinicConfig(AppConfig):
    name = "clinic"
    verbose_name = "The clinic: services, locations and contact"

    def ready(self):
        from clinic.chrome import forget_site_chrome

        # The header and footer show the clinic's details and its live sections.
        post_save.connect(forget_site_chrome, sender="clinic.ClinicSettings")
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(forget_site_chrome, dispatch_uid=f"clinic_chrome_{id(signal)}")
