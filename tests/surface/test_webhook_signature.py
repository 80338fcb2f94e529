"""Event Webhook signatures: ECDSA P-256 over timestamp + raw body, with keys made here."""

from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from sendgrid_reseller import (
    ConfigurationError,
    EventWebhookVerifier,
    InvalidSignatureError,
    StaleTimestampError,
    WebhookVerificationError,
)
from sendgrid_reseller._runtime.webhook_signature import SIGNATURE_HEADER, TIMESTAMP_HEADER

NOW = 1_700_000_000
BODY = b'[{"email":"a@example.com","event":"delivered","timestamp":1700000000}]\r\n'


@pytest.fixture(scope="module")
def key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def public_der_b64(private: ec.EllipticCurvePrivateKey) -> str:
    der = private.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return base64.b64encode(der).decode()


def sign(private: ec.EllipticCurvePrivateKey, timestamp: str, body: bytes) -> str:
    return base64.b64encode(private.sign(timestamp.encode() + body, ec.ECDSA(hashes.SHA256()))).decode()


def verifier(private: ec.EllipticCurvePrivateKey, now: float = NOW) -> EventWebhookVerifier:
    return EventWebhookVerifier(public_der_b64(private), clock=lambda: now)


def test_a_genuine_request_passes(key: ec.EllipticCurvePrivateKey) -> None:
    signature = sign(key, str(NOW), BODY)
    verifier(key).verify(BODY, signature, str(NOW))
    verifier(key).verify_request(BODY, {SIGNATURE_HEADER.lower(): signature, TIMESTAMP_HEADER: str(NOW)})


def test_a_pem_key_works_too(key: ec.EllipticCurvePrivateKey) -> None:
    pem = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    EventWebhookVerifier(pem, clock=lambda: NOW).verify(BODY, sign(key, str(NOW), BODY), str(NOW))


@pytest.mark.parametrize(
    ("body", "timestamp_signed", "timestamp_sent"),
    [
        (BODY + b" ", str(NOW), str(NOW)),  # body changed after signing
        (BODY, str(NOW), str(NOW + 1)),  # timestamp changed after signing
    ],
)
def test_a_tampered_request_is_refused(
    key: ec.EllipticCurvePrivateKey, body: bytes, timestamp_signed: str, timestamp_sent: str
) -> None:
    signature = sign(key, timestamp_signed, BODY)
    with pytest.raises(InvalidSignatureError, match="does not match"):
        verifier(key).verify(body, signature, timestamp_sent)


def test_another_key_is_refused(key: ec.EllipticCurvePrivateKey) -> None:
    other = ec.generate_private_key(ec.SECP256R1())
    with pytest.raises(InvalidSignatureError):
        verifier(key).verify(BODY, sign(other, str(NOW), BODY), str(NOW))


@pytest.mark.parametrize("signature", ["not base64!", base64.b64encode(b"short").decode(), ""])
def test_a_malformed_signature_is_refused(key: ec.EllipticCurvePrivateKey, signature: str) -> None:
    with pytest.raises(InvalidSignatureError):
        verifier(key).verify(BODY, signature, str(NOW))


def test_missing_headers_are_refused(key: ec.EllipticCurvePrivateKey) -> None:
    with pytest.raises(InvalidSignatureError, match="has no"):
        verifier(key).verify_request(BODY, {TIMESTAMP_HEADER: str(NOW)})


@pytest.mark.parametrize("age", [301, -301, 86_400])
def test_a_stale_or_future_timestamp_is_refused(key: ec.EllipticCurvePrivateKey, age: int) -> None:
    signed_at = str(NOW - age)
    with pytest.raises(StaleTimestampError, match="outside the 300 s window") as caught:
        verifier(key).verify(BODY, sign(key, signed_at, BODY), signed_at)
    assert isinstance(caught.value, WebhookVerificationError)


def test_inside_the_window_passes(key: ec.EllipticCurvePrivateKey) -> None:
    signed_at = str(NOW - 299)
    verifier(key).verify(BODY, sign(key, signed_at, BODY), signed_at)


def test_a_timestamp_that_is_not_a_number_is_refused(key: ec.EllipticCurvePrivateKey) -> None:
    with pytest.raises(InvalidSignatureError, match="not a Unix time"):
        verifier(key).verify(BODY, sign(key, "soon", BODY), "soon")


@pytest.mark.parametrize("public_key", ["not a key", base64.b64encode(b"garbage").decode()])
def test_an_unusable_public_key_is_a_configuration_error(public_key: str) -> None:
    with pytest.raises(ConfigurationError, match="neither base64 DER nor PEM"):
        EventWebhookVerifier(public_key)


def test_a_key_on_another_curve_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="not an ECDSA P-256 key"):
        EventWebhookVerifier(public_der_b64(ec.generate_private_key(ec.SECP384R1())))
