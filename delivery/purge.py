"""Dropping a page from every cache that holds it: the one way any change reaches them.

Called on publish, withdrawal and every other unpublish (scheduled expiry included), moves,
and changes to the evidence, therapy statuses, library claims, images and documents that pages
show
(`delivery/receivers.py`). Runs when the change commits: dropped earlier, a request could
draw the old content again before the change is visible to it.
"""

import logging

from django.conf import settings
from django.db import transaction

from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, ReferenceIndex

from delivery import page_cache

logger = logging.getLogger(__name__)


def drop_pages(pages):
    """Drop `pages`, the pages that list them and the aliases that show their content, from the
    shared cache and the HTTP cache in front (Varnish or a CDN, when WAGTAILFRONTENDCACHE names
    one)."""
    page_ids = {page.pk for page in pages}
    if page_ids:
        transaction.on_commit(lambda: _drop_now(page_ids), robust=True)


def drop_page(page):
    drop_pages([page])


def drop_every_page():
    """Drop every live page: something all of them show around their content changed."""
    drop_pages(Page.objects.live().filter(depth__gt=1).only("pk"))


def drop_pages_showing(instance):
    """Drop every page whose content refers to `instance` (a reference, an image...)."""
    page_type = ReferenceIndex._get_base_content_type(Page)
    page_ids = {
        int(row.object_id)
        for row in ReferenceIndex.get_references_to(instance)
        if row.base_content_type_id == page_type.pk
    }
    drop_pages(Page.objects.filter(pk__in=page_ids))


def _drop_now(page_ids):
    pages = list(Page.objects.filter(pk__in=page_ids))
    # The pages above list them (the treatments index its articles, the home page its sections),
    # and aliases show their content.
    listing_ids = {pk for page in pages for pk in page.get_ancestors().values_list("pk", flat=True)}
    pages += Page.objects.filter(pk__in=listing_ids - page_ids, depth__gt=1)
    pages += Page.objects.filter(alias_of_id__in=page_ids)
    page_cache.move_on({page.pk for page in pages})
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        batch = PurgeBatch()
        batch.add_pages(pages)
        batch.purge()
    logger.info("Dropped pages %s from the caches", sorted(page.pk for page in pages))
