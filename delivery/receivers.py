"""What drops a page from the caches: every change to what a patient page shows.

Connected by model label from `DeliveryConfig.ready`.
"""

from django.db.models.signals import post_save, pre_delete

from wagtail.signals import page_published, page_unpublished, post_page_move

from delivery.purge import drop_every_page, drop_page, drop_pages_showing

# Things pages show without holding them: a change to one drops every page that refers to it.
# A library claim's row changes when a new version is signed (published) or it is withdrawn.
SHOWN_ON_PAGES = (
    "library.LibraryClaim",
    "pages.Reference",
    "pages.TherapyStatus",
    "wagtailimages.Image",
    "wagtaildocs.Document",
)

# Shown around the content of every page (the clinic's name, phone and crisis line).
SHOWN_ON_EVERY_PAGE = ("clinic.ClinicSettings",)


# Page types other pages link to by whose they are, which no reference index records: a
# reviewer's bio page going live or leaving changes the trust block of each article they signed.
LINKED_FROM_OTHER_PAGES = ("clinic.ReviewerBioPage",)


def page_changed(sender, instance, **kwargs):
    if instance._meta.label in LINKED_FROM_OTHER_PAGES:
        drop_every_page()
    else:
        drop_page(instance)


def page_moved(sender, instance, **kwargs):
    drop_page(instance)


def shown_thing_changed(sender, instance, **kwargs):
    drop_pages_showing(instance)


def site_wide_thing_changed(sender, instance, **kwargs):
    drop_every_page()


def connect():
    # Every page type: Wagtail sends these signals with the specific class as sender.
    page_published.connect(page_changed, dispatch_uid="delivery_page_published")
    page_unpublished.connect(page_changed, dispatch_uid="delivery_page_unpublished")
    post_page_move.connect(page_moved, dispatch_uid="delivery_page_moved")
    for label in SHOWN_ON_PAGES:
        post_save.connect(shown_thing_changed, sender=label, dispatch_uid=f"delivery_save_{label}")
        # Before the row goes, while the index still says which pages refer to it.
        pre_delete.connect(
            shown_thing_changed, sender=label, dispatch_uid=f"delivery_delete_{label}"
        )
    for label in SHOWN_ON_EVERY_PAGE:
        post_save.connect(
            site_wide_thing_changed, sender=label, dispatch_uid=f"delivery_save_{label}"
        )
