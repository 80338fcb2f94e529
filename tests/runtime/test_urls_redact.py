"""Which base URLs are accepted, and how secrets are kept out of text."""

from __future__ import annotations

import logging

import httpx
import pytest
from sendgrid_reseller._runtime import redact
from sendgrid_reseller._runtime.errors import ConfigurationError
from sendgrid_reseller._runtime.redact import mask_secret, protect_httpx_logs, redact_url
from sendgrid_reseller._runtime.urls import effective_port, is_loopback, validated_base_url


@pytest.mark.parametrize("url", ["https://api.sendgrid.com", "https://api.eu.sendgrid.com/", "https://127.0.0.1:9"])
def test_https_base_urls_are_accepted(url: str) -> None:
    assert validated_base_url(url, allow_insecure_http=False).scheme == "https"


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080", "http://localhost", "http://[::1]:9000"])
def test_plain_http_needs_the_opt_in_and_a_loopback_host(url: str) -> None:
    with pytest.raises(ConfigurationError, match="https"):
        validated_base_url(url, allow_insecure_http=False)
    assert validated_base_url(url, allow_insecure_http=True).scheme == "http"


@pytest.mark.parametrize(
    "url",
    [
        "http://api.sendgrid.com",
        "http://10.0.0.1",
        "ftp://api.sendgrid.com",
        "https://",
        "api.sendgrid.com",
        "https://user:pw@api.sendgrid.com",
        "https://api.sendgrid.com/?x=1",
        "https://api.sendgrid.com/#f",
        "https://[::1",
    ],
)
def test_unsafe_or_broken_base_urls_are_refused(url: str) -> None:
    with pytest.raises(ConfigurationError):
        validated_base_url(url, allow_insecure_http=True)


def test_loopback_and_ports() -> None:
    assert is_loopback("127.0.0.5") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("api.sendgrid.com") and not is_loopback("10.0.0.1")
    assert effective_port(httpx.URL("https://a")) == 443
    assert effective_port(httpx.URL("http://a")) == 80
    assert effective_port(httpx.URL("http://a:81")) == 81


def test_mask_secret() -> None:
    assert mask_secret("SG.abc.def") == "SG.…redacted"
    assert mask_secret("hunter2") == "…redacted"


def test_redact_url() -> None:
    assert redact_url("https://a/p?x=1") == "https://a/p?x=1"
    assert redact_url("https://a/p?API_KEY=k&password=p&confirm_password=c&api_user=u&x=1") == (
        "https://a/p?API_KEY=REDACTED&password=REDACTED&confirm_password=REDACTED&api_user=REDACTED&x=1"
    )
    assert redact_url(httpx.URL("https://u:p@a/p")) == "https://REDACTED@a/p"


def test_httpx_log_lines_are_redacted(caplog: pytest.LogCaptureFixture) -> None:
    protect_httpx_logs()
    protect_httpx_logs()  # idempotent
    # Other copies of the runtime (generated in tests) add their own filter: count this module's.
    redacting = [f for f in logging.getLogger("httpx").filters if type(f) is redact._RedactRecords]
    assert len(redacting) == 1
    logging.getLogger("httpx").info("HTTP Request: %s %s", "GET", httpx.URL("https://a/p?api_key=s3cr3t"))
    assert caplog.records[-1].getMessage() == "HTTP Request: GET https://a/p?api_key=REDACTED"
