"""Real image files for tests, drawn with Pillow."""

import io

from PIL import Image as PillowImage

from django.core.files.images import ImageFile


def png_file(name="photo.png", colour="teal", size=(40, 30)):
    buffer = io.BytesIO()
    PillowImage.new("RGB", size, colour).save(buffer, "PNG")
    return ImageFile(io.BytesIO(buffer.getvalue()), name=name)
