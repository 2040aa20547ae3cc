import re

_NOT_DIALLED = re.compile(r"[^\d+]")


def tel_number(phone):
    """What a `tel:` link dials: digits, and a leading + if given (RFC 3966 global number)."""
    digits = _NOT_DIALLED.sub("", phone or "")
    return ("+" if digits.startswith("+") else "") + digits.replace("+", "")
