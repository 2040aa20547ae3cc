"""Which pages and accounts hold signed history, and so may never be deleted."""

from django.db.models import Q

from review.models import SignOff


def pages_with_sign_offs(pages):
    """Those of `pages` that have sign-offs on themselves or on any page below them."""
    protected = []
    for page in pages:
        # Deleting a page deletes everything under it, so a signed child protects its parents.
        under_page = Q(page__path__startswith=page.path, page__depth__gte=page.depth)
        if SignOff.objects.filter(under_page).exists():
            protected.append(page)
    return protected


def users_who_signed(users):
    signer_ids = set(
        SignOff.objects.filter(signer__in=[user.pk for user in users]).values_list(
            "signer_id", flat=True
        )
    )
    return [user for user in users if user.pk in signer_ids]
