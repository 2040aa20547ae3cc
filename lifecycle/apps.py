from django.apps import AppConfig


class LifecycleConfig(AppConfig):
    name = "lifecycle"
    verbose_name = "Review lifecycle"

    def ready(self):
        # A submitted review gets its due date; connected here so it holds for every route
        # that starts the medical review (the editor, code, the lifecycle's own jobs).
        from lifecycle import deadlines

        deadlines.connect()
