from django.apps import AppConfig


class DeliveryConfig(AppConfig):
    name = "delivery"
    verbose_name = "Patient page delivery"

    def ready(self):
        # Connected by model label once every app's models are loaded: this app imports no
        # model of the apps whose changes it listens for.
        from delivery import receivers

        receivers.connect()
