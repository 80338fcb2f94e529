"""How each API version is authenticated, as `httpx.Auth` flows that run again on every attempt.

v2 (reseller) calls send `api_user` and `api_key` as ordinary form fields, always in a POST body
(never in a URL), or, when the client is told so, a Bearer API key. v3 calls send `Authorization: Bearer <key>`.
Which flow each API version gets is decided in credentials.py. Every class redacts its secrets in `repr`.
"""

from __future__ import annotations

from collections.abc import Generator
from urllib.parse import urlencode

import httpx

from .errors import ConfigurationError, InvalidRequestError
from .policy import V2_API_KEY_USER
from .redact import mask_secret

_FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
_BODYLESS_METHODS = frozenset({"GET", "HEAD", "DELETE", "OPTIONS"})


def _where(name: str, index: int, char: str) -> str:
    # Says which character and where, never the value itself.
    return f"{name} has {_describe(char)} at position {index + 1}"


def _describe(char: str) -> str:
    if char == " ":
        return "a space"
    return f"the character U+{ord(char):04X}"


def _checked(name: str, value: str) -> str:
    """A user name or password: no control characters, no surrounding whitespace (a copy-paste slip)."""
    if not isinstance(value, str):
        raise ConfigurationError(f"{name} must be a string, not {type(value).__name__}")
    if not value:
        raise ConfigurationError(f"{name} must not be empty")
    for index, char in enumerate(value):
        if ord(char) < 0x20 or 0x7F <= ord(char) < 0xA0:
            raise ConfigurationError(_where(name, index, char) + ": control characters are not allowed")
    if value != value.strip():
        index = 0 if value[0].isspace() else len(value) - 1
        raise ConfigurationError(_where(name, index, value[index]) + ": remove the surrounding whitespace")
    return value


def _checked_key(name: str, value: str) -> str:
    """An API key travels in an HTTP header: visible ASCII only (SendGrid keys never have anything else)."""
    _checked(name, value)
    for index, char in enumerate(value):
        if not "\x21" <= char <= "\x7e":
            raise ConfigurationError(_where(name, index, char) + ": an API key is visible ASCII characters only")
    return value


class V2FormCredentials(httpx.Auth):
    """Adds `api_user` and `api_key` to a v2 request, first, as SendGrid's examples show them.

    They always go into a form-encoded POST body, placed first: a GET is sent as POST (v2 takes
    either), so no credential ever appears in a URL. For an API key use `api_user="apikey"`
    (see `for_api_key`).
    """

    requires_request_body = True

    def __init__(self, api_user: str, api_key: str, secret_name: str = "api_key") -> None:
        self._api_user = _checked("api_user", api_user)
        self._api_key = _checked(secret_name, api_key)
        # Encoded once: the same bytes go into every request.
        self._encoded = urlencode([("api_user", api_user), ("api_key", api_key)]).encode("ascii")

    @classmethod
    def for_api_key(cls, api_key: str) -> V2FormCredentials:
        return cls(V2_API_KEY_USER, api_key)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(api_user={mask_secret(self._api_user)!r}, api_key={mask_secret(self._api_key)!r})"
        )

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        yield self._authenticated(request)

    def _authenticated(self, request: httpx.Request) -> httpx.Request:
        content_type = request.headers.get("content-type", "")
        body = request.content
        if body and not content_type.startswith(_FORM_CONTENT_TYPE):
            # Credentials never go into a URL (proxies and servers log URLs): no v2 call has such a body.
            raise InvalidRequestError(
                f"v2 form credentials need a form body, not {content_type or 'an unlabelled body'} "
                "(use Client(v2_auth='bearer') for this call)"
            )
        # v2 accepts POST for every call (GET and POST are interchangeable there); a GET would carry
        # the credentials in its query string, so it is sent as POST with them in the form body.
        method = "POST" if request.method in _BODYLESS_METHODS else request.method
        # The body is already encoded, so the request is rebuilt around a new one (its length
        # changes; httpx derives Content-Length when it is absent).
        headers = request.headers.copy()
        headers.pop("content-length", None)
        if not body:
            headers["Content-Type"] = _FORM_CONTENT_TYPE
        return httpx.Request(
            method,
            request.url,
            headers=headers,
            content=self._encoded + b"&" + body if body else self._encoded,
            extensions=request.extensions,
        )


class BearerAuth(httpx.Auth):
    """`Authorization: Bearer <API key>`: v3, and v2 when the client uses `v2_auth="bearer"`."""

    def __init__(self, api_key: str) -> None:
        self._api_key = _checked_key("api_key", api_key)
        self._header = f"Bearer {api_key}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(api_key={mask_secret(self._api_key)!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request
