from django.apps import AppConfig


class IdentityConfig(AppConfig):
    name = "identity"
    verbose_name = "Signer identity"

    def ready(self):
        # Receivers name the models they watch by label, so this app imports no app below it.
        from identity import receivers

        receivers.connect()
