"""Text as stored: Unicode NFC, so that what a director signs is what every screen shows.

"é" can arrive as one code point or as "e" plus a combining accent; both look the same, but they
compare, hash and search differently. Saving an article composes every piece of its text (NFC),
so the sign-off hash covers the one form patients are served.
"""

import json
import unicodedata


def nfc(text):
    return unicodedata.normalize("NFC", text) if isinstance(text, str) and text else text


def _composed(value):
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [_composed(item) for item in value]
    if isinstance(value, dict):
        return {key: _composed(item) for key, item in value.items()}
    return value


def nfc_stream(stream_value):
    """The stream's raw data with every string composed, or None if it already was."""
    raw = stream_value.get_prep_value()
    composed = _composed(raw)
    return None if composed == raw else json.dumps(composed)
