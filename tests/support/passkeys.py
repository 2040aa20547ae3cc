"""A passkey in software, for tests that post what a browser posts without a browser: an EC
P-256 key whose public half is registered as the user's WebAuthnCredential, answering
challenges the way an authenticator does (authenticator data, client data, ECDSA signature)."""

import base64
import hashlib
import json
import os

import cbor2
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from django_otp_webauthn.models import WebAuthnCredential

from django.conf import settings

USER_PRESENT_AND_VERIFIED = 0x01 | 0x04


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class SoftPasskey:
    def __init__(self, user, name="Test passkey"):
        self.key = ec.generate_private_key(ec.SECP256R1())
        self.credential_id = os.urandom(16)
        self.sign_count = 0
        numbers = self.key.public_key().public_numbers()
        cose = {1: 2, 3: -7, -1: 1, -2: numbers.x.to_bytes(32), -3: numbers.y.to_bytes(32)}
        self.device = WebAuthnCredential.objects.create(
            user=user,
            name=name,
            confirmed=True,
            credential_id=self.credential_id,
            public_key=cbor2.dumps(cose),
            sign_count=0,
            aaguid="00000000-0000-0000-0000-000000000000",
        )

    def answer(self, options, origin=None):
        """The JSON a browser posts after this passkey signed `options`' challenge."""
        origin = origin or settings.OTP_WEBAUTHN_ALLOWED_ORIGINS[0]
        self.sign_count += 1
        rp_hash = hashlib.sha256(options["rpId"].encode()).digest()
        auth_data = rp_hash + bytes([USER_PRESENT_AND_VERIFIED]) + self.sign_count.to_bytes(4)
        client_data = json.dumps(
            {"type": "webauthn.get", "challenge": options["challenge"], "origin": origin}
        ).encode()
        signature = self.key.sign(
            auth_data + hashlib.sha256(client_data).digest(), ec.ECDSA(hashes.SHA256())
        )
        return json.dumps(
            {
                "id": b64url(self.credential_id),
                "rawId": b64url(self.credential_id),
                "type": "public-key",
                "clientExtensionResults": {},
                "response": {
                    "clientDataJSON": b64url(client_data),
                    "authenticatorData": b64url(auth_data),
                    "signature": b64url(signature),
                    "userHandle": None,
                },
            }
        )
