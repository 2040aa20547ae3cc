from django.apps import AppConfig
from django.db.models.signals import post_save


class LifecycleConfig(AppConfig):
    name = "lifecycle"
    verbose_name = "Review lifecycle"

    def ready(self):
        # A submitted review gets its due date; connected here so it holds for every route
        # that starts the medical review (the editor, code, the lifecycle's own jobs).
        from lifecycle import deadlines, evidence

        deadlines.connect()
        # Patient pages read retractions from a kept map; a new event forgets it.
        post_save.connect(
            lambda sender, **kwargs: evidence.forget_retractions(),
            sender="lifecycle.EvidenceEvent",
            dispatch_uid="claimcheck_lifecycle_forget_retractions",
            weak=False,
        )
