# Copied from overlays/runtime/redact.py by the generator. Do not edit; change the overlay and run `make generate`.
"""Secrets never leave the process: masking for reprs, redaction by name and by value.

By name: credential query fields and user info in URLs. By value: every `Client` registers the
secrets it was given (API key, password, the Basic token made of them) together with their
URL-, base64- and JSON-encoded forms, and every text the client produces (exception messages, URLs,
log records of this package, httpx and httpcore) has them replaced, whatever carried them there.
A registration ends when the client's credentials are garbage-collected.
"""

from __future__ import annotations

import base64
import contextvars
import json
import logging
import threading
import weakref
from collections import deque
from collections.abc import Iterable
from urllib.parse import quote, quote_plus

import httpx

from .policy import LOGGER_NAME, SECRET_FIELD_NAMES

REDACTED = "REDACTED"
_API_KEY_PREFIX = "SG."

_lock = threading.Lock()
# Secrets whose owner was collected, waiting for the lock. A finalizer never waits for `_lock`:
# the collector may run it in the very thread that holds the lock (inside `_rebuild`), which
# waiting would deadlock; whoever holds the lock, or next takes it, settles these.
_released: deque[frozenset[str]] = deque()
_registered: dict[str, int] = {}  # every encoded form of every live secret -> registrations
# Longest first, so a form is replaced before any shorter form it contains; rebuilt on change.
_forms: tuple[str, ...] = ()
_byte_forms: tuple[bytes, ...] = ()
# The forms that contain no other form (`_needles`): a text holds a form only if it holds one of
# these, so `contains_secret` searches for fewer, and the common text without any secret is not rewritten.
_needles: tuple[str, ...] = ()
_byte_needles: tuple[bytes, ...] = ()
# The running call's own secrets (a new customer's password in its body): redacted in what that
# call produces, log records of httpx and httpcore included, until the next call replaces them.
_call_forms: contextvars.ContextVar[tuple[str, ...]] = contextvars.ContextVar(
    "sendgrid_reseller_call_secrets", default=()
)
_call_needles: contextvars.ContextVar[tuple[tuple[str, ...], tuple[bytes, ...]]] = contextvars.ContextVar(
    "sendgrid_reseller_call_secret_needles", default=((), ())
)


def mask_secret(secret: str) -> str:
    """A stand-in for a secret in a repr: SendGrid keys keep their public `SG.` prefix, nothing else."""
    if secret.startswith(_API_KEY_PREFIX):
        return f"{_API_KEY_PREFIX}…redacted"
    return "…redacted"


def encoded_forms(secret: str) -> set[str]:
    """The ways `secret` can appear in text: as is, URL-encoded, base64-encoded, JSON-escaped."""
    raw = secret.encode("utf-8")
    forms = {
        secret,
        quote(secret, safe=""),
        quote(secret),
        quote_plus(secret),
        base64.b64encode(raw).decode("ascii"),
        base64.urlsafe_b64encode(raw).decode("ascii"),
        base64.b64encode(raw).decode("ascii").rstrip("="),
        json.dumps(secret)[1:-1],
        json.dumps(secret, ensure_ascii=False)[1:-1],
    }
    forms.discard("")
    return forms


def minimal_forms(forms: Iterable[str]) -> tuple[str, ...]:
    """The forms that contain no other one: a text holds some form of `forms` iff it holds one of these.

    (A form that contains another is found wherever it is by looking for the one it contains.)
    """
    kept: list[str] = []
    for form in sorted(set(forms), key=len):
        if not any(shorter in form for shorter in kept):
            kept.append(form)
    return tuple(kept)


def _rebuild() -> None:
    global _forms, _byte_forms, _needles, _byte_needles
    forms = tuple(sorted(_registered, key=len, reverse=True))
    needles = minimal_forms(forms)
    # The needles first: a thread reading meanwhile may search for a form it cannot replace yet
    # (no harm), never miss one it could.
    _needles, _byte_needles = needles, tuple(form.encode("utf-8") for form in needles)
    _forms, _byte_forms = forms, tuple(form.encode("utf-8") for form in forms)


def _unregister(forms: frozenset[str]) -> None:
    _released.append(forms)
    _settle_released()


def _settle_released() -> None:
    """Apply the pending releases, unless another holder of the lock (or this thread, further up
    the stack) will: it settles them before it lets go."""
    while _released and _lock.acquire(blocking=False):
        try:
            _apply_released()
        finally:
            _lock.release()


def _apply_released() -> None:
    """With `_lock` held: drop the released forms, until none is left (the rebuild allocates, so
    the collector may release more meanwhile)."""
    while _released:
        while _released:
            for form in _released.popleft():
                left = _registered.get(form, 0) - 1
                if left > 0:
                    _registered[form] = left
                else:
                    _registered.pop(form, None)
        _rebuild()


def register_secrets(owner: object, secrets: Iterable[str]) -> None:
    """Redact `secrets` (and their encodings) from every text until `owner` is garbage-collected."""
    forms = frozenset(form for secret in secrets if secret for form in encoded_forms(secret))
    with _lock:
        for form in forms:
            _registered[form] = _registered.get(form, 0) + 1
        _rebuild()
        _apply_released()
    weakref.finalize(owner, _unregister, forms)
    _settle_released()  # a release that came just before the lock was let go


_NO_CALL_NEEDLES: tuple[tuple[str, ...], tuple[bytes, ...]] = ((), ())


def bind_call_secrets(values: Iterable[str]) -> None:
    """Redact these values (and their encodings) too, in this thread or task, from now on."""
    forms = {form for value in values if value for form in encoded_forms(value)}
    if not forms:
        # The common call (no credential in its body): nothing to sort or reduce.
        _call_forms.set(())
        _call_needles.set(_NO_CALL_NEEDLES)
        return
    _call_forms.set(tuple(sorted(forms, key=len, reverse=True)))
    needles = minimal_forms(forms)
    _call_needles.set((needles, tuple(form.encode("utf-8") for form in needles)))


def _all_forms() -> tuple[str, ...]:
    call = _call_forms.get()
    return _forms + call if call else _forms


def contains_secret(data: str | bytes) -> bool:
    """Whether `data` (text, or UTF-8 bytes) holds any form of a registered secret or of the running
    call's own: `redact_text` / `redact_bytes` would change it. One search per minimal form."""
    call_needles, call_byte_needles = _call_needles.get()
    if isinstance(data, bytes):
        needles: tuple[str | bytes, ...] = _byte_needles + call_byte_needles if call_byte_needles else _byte_needles
    else:
        needles = _needles + call_needles if call_needles else _needles
    for needle in needles:  # a loop, not any(): this runs on every header, URL and body
        if needle in data:  # type: ignore[operator]  # bytes in bytes, str in str
            return True
    return False


def redact_text(text: str) -> str:
    """`text` with every registered secret form replaced by REDACTED."""
    if not contains_secret(text):
        return text
    for form in _all_forms():
        if form in text:
            text = text.replace(form, REDACTED)
    return text


def redact_bytes(data: bytes) -> bytes:
    """`data` with every registered secret form (UTF-8) replaced by REDACTED."""
    if not contains_secret(data):
        return data
    call = _call_forms.get()
    for form in _byte_forms + tuple(form.encode("utf-8") for form in call) if call else _byte_forms:
        if form in data:
            data = data.replace(form, REDACTED.encode("ascii"))
    return data


def _has_secret_name(raw_query: str) -> bool:
    lowered = raw_query.lower()
    return any(name in lowered for name in SECRET_FIELD_NAMES)


def _hides_by_name(url: httpx.URL) -> bool:
    """Whether the URL has a user:password, or a query value named like a credential."""
    return bool(url.userinfo) or bool(url.query and _has_secret_name(url.query.decode("ascii", "replace")))


def redact_url(url: httpx.URL | str) -> str:
    """The URL as text with credential query values, any user:password and known secrets replaced."""
    if isinstance(url, str):
        url = httpx.URL(url)
    if not _hides_by_name(url):
        return redact_text(str(url))  # the common case: nothing to hide by name, no re-encoding
    if url.userinfo:
        url = url.copy_with(username=REDACTED, password=None)
    if url.query and _has_secret_name(url.query.decode("ascii", "replace")):
        items = [
            (name, REDACTED if name.lower() in SECRET_FIELD_NAMES else value)
            for name, value in url.params.multi_items()
        ]
        url = url.copy_with(params=items)
    return redact_text(str(url))


def changed_url(url: httpx.URL) -> str | None:
    """`redact_url(url)` when it differs from the URL's own text, else None (one `str(url)`, not two)."""
    if _hides_by_name(url):
        redacted = redact_url(url)
        return None if redacted == str(url) else redacted
    text = str(url)
    redacted = redact_text(text)
    return None if redacted is text else redacted  # redact_text hands back its input when nothing is found


class _RedactRecords(logging.Filter):
    """Redacts URLs (httpx logs every request URL at INFO) and every registered secret in a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and any(isinstance(arg, httpx.URL) for arg in args):
            record.args = args = tuple(redact_url(arg) if isinstance(arg, httpx.URL) else arg for arg in args)
        if not _forms and not _call_forms.get():
            return True
        message = record.getMessage()
        redacted = redact_text(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        if record.exc_info and not record.exc_text:
            # Formatted now, redacted, and cached where every handler's formatter looks first.
            record.exc_text = redact_text(logging.Formatter().formatException(record.exc_info))
        return True


_FILTER = _RedactRecords()
# Logger filters are not inherited by child loggers: each logger that may see a secret gets one.
PROTECTED_LOGGERS = (
    LOGGER_NAME,
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)


def protect_httpx_logs() -> None:
    """Attach the redacting filter to this package's, httpx's and httpcore's loggers once (idempotent)."""
    for name in PROTECTED_LOGGERS:
        target = logging.getLogger(name)
        if _FILTER not in target.filters:
            target.addFilter(_FILTER)
