# Copied from overlays/runtime/urls.py by the generator. Do not edit; change the overlay and run `make generate`.
"""Which URLs the client may talk to: the base URL check and the same-origin test for Link URLs."""

from __future__ import annotations

import ipaddress
from urllib.parse import quote

import httpx

from .errors import ConfigurationError, InvalidRequestError

_DEFAULT_PORTS = {"http": 80, "https": 443}


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses: traffic that never leaves the machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def effective_port(url: httpx.URL) -> int | None:
    """The port a connection would use (httpx reports default ports as None)."""
    return url.port if url.port is not None else _DEFAULT_PORTS.get(url.scheme)


def validated_base_url(base_url: str, *, allow_insecure_http: bool) -> httpx.URL:
    """The base URL as an `httpx.URL`, or `ConfigurationError` if credentials would be exposed."""
    try:
        url = httpx.URL(base_url)
    except httpx.InvalidURL as exc:
        raise ConfigurationError(f"base_url is not a valid URL: {exc}") from None
    if not url.host:
        raise ConfigurationError("base_url needs a host, e.g. https://api.sendgrid.com")
    if url.userinfo or url.query or url.fragment:
        raise ConfigurationError("base_url must not carry user info, a query or a fragment")
    if url.scheme == "https":
        return url
    if url.scheme != "http":
        raise ConfigurationError(f"base_url must use https, not {url.scheme!r}")
    if not allow_insecure_http:
        raise ConfigurationError(
            "base_url must use https: SendGrid serves HTTPS only and credentials travel with every "
            "request (pass allow_insecure_http=True for a local test server)"
        )
    # Plain HTTP is an opt-in for test servers on this machine; anywhere else the credentials
    # would cross a network in clear text.
    if not is_loopback(url.host):
        raise ConfigurationError("allow_insecure_http is only accepted for a loopback base_url (127.0.0.1, localhost)")
    return url


# Segments that URL normalisation (RFC 3986 remove_dot_segments) removes or merges with the one
# before: sent as a path parameter they would silently address another resource.
_DOT_SEGMENTS = frozenset({".", ".."})


def path_segment(name: str, value: object) -> str:
    """`value` percent-encoded as exactly one path segment, or `InvalidRequestError` naming `name`.

    Every character outside the unreserved set is encoded (a "/" too), so the value can never
    add a segment; "", "." and ".." are refused because they would remove one.
    """
    text = str(value)
    if text == "":
        raise InvalidRequestError(f"path parameter {name!r} must not be empty: the call would address another resource")
    if text in _DOT_SEGMENTS:
        raise InvalidRequestError(
            f"path parameter {name!r} must not be {text!r}: URL normalisation would drop the segment "
            "and the call would address another resource"
        )
    return quote(text, safe="")
