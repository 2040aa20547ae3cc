from django.core.checks import Error, register
from django.core.exceptions import ImproperlyConfigured

from consultations.crypto import KEYS_SETTING, _fernet, configured_keys


@register()
def encryption_keys_usable(app_configs, **kwargs):
    try:
        _fernet(configured_keys())
    except ImproperlyConfigured as error:
        return [
            Error(
                str(error),
                hint=f"Set {KEYS_SETTING} (docs/consultation-requests.md).",
                id="consultations.E001",
            )
        ]
    return []
