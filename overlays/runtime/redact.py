"""Secrets never leave the process: masking for reprs, URL redaction for logs and error messages."""

from __future__ import annotations

import logging

import httpx

from .policy import SECRET_FIELD_NAMES

REDACTED = "REDACTED"
_API_KEY_PREFIX = "SG."


def mask_secret(secret: str) -> str:
    """A stand-in for a secret in a repr: SendGrid keys keep their public `SG.` prefix, nothing else."""
    if secret.startswith(_API_KEY_PREFIX):
        return f"{_API_KEY_PREFIX}…redacted"
    return "…redacted"


def _has_secret_name(raw_query: str) -> bool:
    lowered = raw_query.lower()
    return any(name in lowered for name in SECRET_FIELD_NAMES)


def redact_url(url: httpx.URL | str) -> str:
    """The URL as text with credential query values and any user:password replaced."""
    if isinstance(url, str):
        url = httpx.URL(url)
    query = url.query.decode("ascii", "replace")
    if not url.userinfo and not (query and _has_secret_name(query)):
        return str(url)  # the common case: nothing to hide, no re-encoding
    if url.userinfo:
        url = url.copy_with(username=REDACTED, password=None)
    if query and _has_secret_name(query):
        items = [
            (name, REDACTED if name.lower() in SECRET_FIELD_NAMES else value)
            for name, value in url.params.multi_items()
        ]
        url = url.copy_with(params=items)
    return str(url)


class _RedactHttpxUrls(logging.Filter):
    """httpx logs every request URL at INFO; v2 GET calls carry credentials in the query string."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and any(isinstance(arg, httpx.URL) for arg in args):
            record.args = tuple(redact_url(arg) if isinstance(arg, httpx.URL) else arg for arg in args)
        return True


_HTTPX_FILTER = _RedactHttpxUrls()


def protect_httpx_logs() -> None:
    """Attach the redacting filter to httpx's logger once (idempotent, cheap to call again)."""
    httpx_logger = logging.getLogger("httpx")
    if _HTTPX_FILTER not in httpx_logger.filters:
        httpx_logger.addFilter(_HTTPX_FILTER)
