"""Replacing the picture of an image that live pages show is refused in the admin.

Wagtail's image screens have no hook before saving, so the refusal sits in the image form
(WAGTAILIMAGES_IMAGE_FORM_BASE). The guard below the admin does not depend on it: a file
replaced from code changes the fingerprint of every page showing it (review/media.py), and
those pages show "being reviewed" until a director approves the new picture.
"""

from django.contrib.contenttypes.models import ContentType

from wagtail.images.forms import BaseImageForm
from wagtail.models import Page, ReferenceIndex

from pages.models import ReviewedPage


def live_pages_showing(image):
    """The live patient pages whose content uses `image`, by Wagtail's reference index."""
    page_ids = (
        ReferenceIndex.get_references_to(image)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values_list("object_id", flat=True)
    )
    pages = Page.objects.filter(pk__in=[int(pk) for pk in page_ids], live=True).specific()
    return [page for page in pages if isinstance(page, ReviewedPage)]


class ReviewedImageForm(BaseImageForm):
    def clean(self):
        cleaned_data = super().clean()
        if self.instance.pk and "file" in self.changed_data:
            pages = live_pages_showing(self.instance)
            if pages:
                titles = ", ".join(f"“{page.title}”" for page in pages)
                self.add_error(
                    "file",
                    f"This image is shown on live pages ({titles}), whose medical review "
                    "approved this exact picture. Upload the new picture as a new image and "
                    "change those pages to use it; the change goes through medical review.",
                )
        return cleaned_data
