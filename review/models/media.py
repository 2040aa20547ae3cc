from django.db import models

from wagtail.images import get_image_model_string


class ImageFingerprint(models.Model):
    """The SHA-256 of an image file's content: a review approves the exact picture it saw.

    Kept up to date on every save of the image (review/media.py), so a file replaced from code
    changes the fingerprint of every page showing it, and the publish guard notices.
    """

    image = models.OneToOneField(
        get_image_model_string(), on_delete=models.CASCADE, related_name="+"
    )
    sha256 = models.CharField(max_length=64)

    def __str__(self):
        return f"image {self.image_id}: {self.sha256}"
