from django.apps import AppConfig


class ReviewConfig(AppConfig):
    name = "review"
    verbose_name = "Medical review"

    def ready(self):
        # Connected once every app's models are loaded, so every page type patients read,
        # whichever app declares it, is held to the rule.
        from review.guard import receivers

        receivers.connect()
