from django.apps import AppConfig


class ReviewConfig(AppConfig):
    name = "review"
    verbose_name = "Medical review"

    def ready(self):
        # The guard's signals name the article model by label, so they hold whatever order the
        # apps load in.
        from review.guard import receivers

        receivers.connect()
