# Copied from overlays/runtime/webhook_signature.py by the generator. Do not edit; change the overlay and run `make generate`.
"""Verifying SendGrid's signed Event Webhook: ECDSA P-256 with SHA-256 over timestamp + raw body.

SendGrid signs each POST to your webhook URL and sends the signature (base64 DER) and the Unix
timestamp in two headers. The public key is the `public_key` of the account's signed-webhook
settings (GET /v3/user/webhooks/event/settings/signed): base64 DER, or PEM. Verify the raw body
bytes exactly as received, before parsing them. Needs the `cryptography` package
(`pip install 'sendgrid-reseller[webhooks]'`), imported on first use only.
"""

from __future__ import annotations

import base64
import binascii
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from .errors import ConfigurationError, SendGridError

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ec import EllipticCurvePublicKey

SIGNATURE_HEADER = "X-Twilio-Email-Event-Webhook-Signature"
TIMESTAMP_HEADER = "X-Twilio-Email-Event-Webhook-Timestamp"
# A signed request older (or further in the future) than this is refused: a captured request
# cannot be replayed later. Five minutes allows for clock skew and SendGrid's retries in flight.
DEFAULT_TOLERANCE_SECONDS = 300.0


class WebhookVerificationError(SendGridError):
    """A webhook request could not be verified; do not process its events."""


class InvalidSignatureError(WebhookVerificationError):
    """The signature is missing, malformed, or does not match the body and timestamp."""


class StaleTimestampError(WebhookVerificationError):
    """The signed timestamp is outside the allowed window (a replayed or delayed request)."""


def _load_public_key(public_key: str | bytes) -> EllipticCurvePublicKey:
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import load_der_public_key, load_pem_public_key

    raw = public_key.encode("ascii") if isinstance(public_key, str) else public_key
    try:
        if raw.lstrip().startswith(b"-----BEGIN"):
            key = load_pem_public_key(raw)
        else:
            key = load_der_public_key(base64.b64decode(raw, validate=True))
    except (ValueError, binascii.Error) as exc:
        raise ConfigurationError(
            "the webhook public key is neither base64 DER nor PEM (copy it from the signed webhook settings)"
        ) from exc
    if not isinstance(key, ec.EllipticCurvePublicKey) or key.curve.name != "secp256r1":
        raise ConfigurationError("the webhook public key is not an ECDSA P-256 key")
    return key


class EventWebhookVerifier:
    """Checks that an Event Webhook request comes from SendGrid and is recent.

    >>> verifier = EventWebhookVerifier(public_key)            # doctest: +SKIP
    >>> verifier.verify_request(raw_body, request.headers)     # raises when it must be refused
    """

    def __init__(
        self,
        public_key: str | bytes,
        *,
        tolerance_seconds: float = DEFAULT_TOLERANCE_SECONDS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if tolerance_seconds <= 0:
            raise ConfigurationError("tolerance_seconds must be positive")
        self._key = _load_public_key(public_key)
        self._tolerance = tolerance_seconds
        self._clock = clock

    def __repr__(self) -> str:
        return f"{type(self).__name__}(tolerance_seconds={self._tolerance})"

    def verify(self, payload: bytes, signature: str, timestamp: str) -> None:
        """Raise unless `signature` signs `timestamp + payload` and `timestamp` is recent."""
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import ec

        try:
            signed_at = int(timestamp.strip())
        except ValueError:
            raise InvalidSignatureError(f"the {TIMESTAMP_HEADER} header is not a Unix time") from None
        try:
            der = base64.b64decode(signature.strip(), validate=True)
        except binascii.Error:
            raise InvalidSignatureError(f"the {SIGNATURE_HEADER} header is not base64") from None
        try:
            self._key.verify(der, timestamp.strip().encode("ascii") + payload, ec.ECDSA(hashes.SHA256()))
        except (InvalidSignature, ValueError):
            raise InvalidSignatureError(
                "the signature does not match the body and timestamp (verify the raw body exactly as received)"
            ) from None
        age = self._clock() - signed_at
        if abs(age) > self._tolerance:
            raise StaleTimestampError(
                f"the request was signed {abs(age):.0f} s {'ago' if age > 0 else 'in the future'}, "
                f"outside the {self._tolerance:.0f} s window"
            )

    def verify_request(self, payload: bytes, headers: Mapping[str, str]) -> None:
        """`verify` with the signature and timestamp read from the request's headers."""
        lowered = {name.lower(): value for name, value in headers.items()}
        signature = lowered.get(SIGNATURE_HEADER.lower())
        timestamp = lowered.get(TIMESTAMP_HEADER.lower())
        if not signature or not timestamp:
            raise InvalidSignatureError(f"the request has no {SIGNATURE_HEADER} / {TIMESTAMP_HEADER} header")
        self.verify(payload, signature, timestamp)
