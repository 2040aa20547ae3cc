from django.core.exceptions import PermissionDenied


class UnsignedLibraryClaimError(PermissionDenied):
    def __init__(self):
        super().__init__(
            "This version of the library claim has not been signed by a medical director, so it "
            "cannot go live. Submit it to the medical review instead; until a director signs it, "
            "every article keeps showing the approved version."
        )


class LibraryActionRefused(PermissionDenied):
    """A library action was refused; nothing changed."""
