"""Media are content: the review covers each image's file by its SHA-256, and its alt text.

The alt text lives in the page's image block, so the page fingerprint covers it already. The
file does not: replacing it keeps the image's id. So every save of an image records the hash of
its file, and the page fingerprint includes the hashes of the images the page shows.
"""

import hashlib

from pages.blocks import ImageBlock
from pages.claims import walk_blocks
from review.models import ImageFingerprint

_CHUNK = 1024 * 1024


def file_sha256(image):
    digest = hashlib.sha256()
    with image.open_file() as file:
        for chunk in iter(lambda: file.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def record_image_fingerprint(sender, instance, raw=False, **kwargs):
    if raw:
        return  # loaded rows bring their fingerprints with them
    ImageFingerprint.objects.update_or_create(
        image_id=instance.pk, defaults={"sha256": file_sha256(instance)}
    )


def images_shown(streams):
    """The ids of the images the given stream values show, wherever the blocks sit."""
    found = set()
    for stream in streams:
        for child, _section, _path in walk_blocks(stream):
            if isinstance(child.block, ImageBlock) and child.value["image"] is not None:
                found.add(child.value["image"].pk)
    return found


def image_file_hashes(image_ids):
    """{image id: SHA-256 of its file}; an image with no file on record reads as "missing"."""
    if not image_ids:
        return {}
    known = dict(
        ImageFingerprint.objects.filter(image_id__in=image_ids).values_list("image_id", "sha256")
    )
    return {str(pk): known.get(pk, "missing") for pk in sorted(image_ids)}
