from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from pages.limits import NOTE_MAX_CHARS


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    # Optional while drafting; submission for review refuses an image without it.
    alt_text = blocks.CharBlock(
        required=False,
        max_length=NOTE_MAX_CHARS,
        help_text="Describe what the image shows for people who cannot see it.",
    )
    caption = blocks.CharBlock(required=False, max_length=NOTE_MAX_CHARS)

    class Meta:
        icon = "image"
        template = "blocks/image.html"
