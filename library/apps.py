from django.apps import AppConfig


class LibraryConfig(AppConfig):
    name = "library"
    verbose_name = "Claims library"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The row guard holds on every route a library claim's row is written (the editor,
        # Wagtail's publish, code, commands).
        from library import receivers

        receivers.connect()
