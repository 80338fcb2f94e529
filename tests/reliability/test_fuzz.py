"""Property-based fuzzing of the parsers that read what a server sends: Link headers, X-RateLimit-*
headers, v2 and v3 error bodies, and 2XX bodies decoded by generated code.

Each target must never raise anything but the typed errors it documents. Profile "reliability"
(`make test`) runs `DEFAULT_EXAMPLES` examples per target, profile "fuzz" (`make fuzz`)
`FUZZ_EXAMPLES`; each test counts the examples its own target ran and fails if there were fewer
(no shared counter, no test that must run last).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any

import httpx
from hypothesis import given, settings
from hypothesis import strategies as st
from sendgrid_reseller._runtime.errors import (
    APIError,
    ErrorDetail,
    MalformedResponseError,
    PaginationError,
    error_from_response,
    parse_error_body,
    v2_error_in_success,
)
from sendgrid_reseller._runtime.pagination import PageTrail
from sendgrid_reseller._runtime.policy import MAX_RESET_EPOCH, RELATIVE_RESET_MAX_SECONDS, RetryPolicy
from sendgrid_reseller._runtime.ratelimit import InMemoryRateLimitStore, parse_rate_limit
from sendgrid_reseller._runtime.response import parse_answer
from sendgrid_reseller._runtime.retry import RetryBudget
from sendgrid_reseller.api.customer_management import list_customers
from sendgrid_reseller.api.subusers import get_subuser_credits, get_subusers_stats, list_subusers

from tests.reliability.conftest import DEFAULT_EXAMPLES, FUZZ_EXAMPLES, PROFILE

EXAMPLES = settings.get_profile(PROFILE).max_examples
BASE = httpx.URL("https://api.sendgrid.com")
NOW = 1_700_000_000.0

# -- strategies --------------------------------------------------------------------------------

header_text = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=200)
urls = st.one_of(
    header_text,
    st.builds(
        lambda scheme, host, port, path, query: f"{scheme}{host}{port}{path}{query}",
        st.sampled_from(["http://", "https://", "ftp://", "//", "", "javascript:", "HTTP://"]),
        st.sampled_from(["api.sendgrid.com", "evil.example", "[::1", "[::1]", "127.0.0.1", "", "a@b", "%zz"]),
        st.sampled_from(["", ":443", ":80", ":0", ":99999", ":x", ":1:2"]),
        st.sampled_from(["/v3/subusers", "/", "", "/../..", "/%00", "/v3/subusers/\u00e9"]),
        st.sampled_from(["", "?limit=5&offset=5", "?offset=-1", "#frag", "?api_key=x"]),
    ),
)
link_values = st.one_of(
    header_text,
    st.lists(
        st.builds(
            lambda url, rel, extra: f"<{url}>; rel={rel}{extra}",
            urls,
            st.sampled_from(['"next"', "next", '"prev"', '"next last"', '""', "'next'", '"NEXT"']),
            st.sampled_from(["", '; title="2"', "; title=", ";;", ", ", ",<>"]),
        ),
        max_size=4,
    ).map(", ".join),
)
rate_values = st.one_of(
    st.none(),
    st.binary(max_size=40).filter(lambda b: b"\r" not in b and b"\n" not in b and b"\0" not in b),
    st.integers(min_value=-(10**30), max_value=10**30).map(lambda n: str(n).encode()),
    st.floats(allow_nan=True, allow_infinity=True).map(lambda f: repr(f).encode()),
    st.sampled_from([b"", b" 5 ", b"1_000", b"\xff", b"9" * 5000, b"1e400", b"-0", b"0x10", b"\xd9\xa3"]),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)
v3_error_bodies = st.fixed_dictionaries(
    {
        "errors": st.lists(
            st.fixed_dictionaries({"field": json_values, "message": json_values}, optional={"help": json_values})
            | json_values,
            max_size=3,
        )
    },
    optional={"id": json_values},
)
v2_error_bodies = st.fixed_dictionaries(
    {"message": st.sampled_from(["error", "success"]) | json_values},
    optional={"errors": st.lists(json_values, max_size=3) | json_values, "error": json_values},
)


def _mutate(text: str, cut: int, mode: int) -> bytes:
    """Damage a JSON text the ways servers do: trailing commas, truncation, HTML, nesting."""
    if mode == 0:
        return text.encode()
    if mode == 1:
        return text.replace("}", ",}").replace("]", ",]").encode()
    if mode == 2:
        return text.encode()[: cut % (len(text) + 1)]
    if mode == 3:
        return b"<html>" + text.encode() + b"</html>"
    if mode == 4:
        return b"[" * (cut % 200_000) + text.encode()
    return text.encode("utf-16")


bodies = st.one_of(
    st.binary(max_size=300),
    st.builds(
        _mutate,
        st.one_of(v3_error_bodies, v2_error_bodies, json_values).map(json.dumps),
        st.integers(min_value=0, max_value=10**6),
        st.integers(min_value=0, max_value=5),
    ),
)

# -- running a target -----------------------------------------------------------------------------


def fuzz(target: Callable[..., None], **strategies: st.SearchStrategy[Any]) -> None:
    """Run `target` on the profile's examples, and fail if hypothesis ran fewer than it should."""
    ran = 0

    @settings(settings.get_profile(PROFILE))
    @given(**strategies)
    def run(**example: Any) -> None:
        nonlocal ran
        ran += 1
        target(**example)

    run()
    assert ran >= EXAMPLES, f"{target.__name__} ran {ran} examples, the {PROFILE!r} profile asks for {EXAMPLES}"


def test_the_profile_is_one_of_ours() -> None:
    assert EXAMPLES in (DEFAULT_EXAMPLES, FUZZ_EXAMPLES), EXAMPLES


# -- targets -------------------------------------------------------------------------------------


def link_handling(link: str, request_path: str) -> None:
    request = httpx.Request("GET", BASE.join(request_path))
    response = httpx.Response(200, headers=[(b"Link", link.encode())], content=b"[{}]", request=request)
    try:
        url = PageTrail(BASE).next_url(response)
    except PaginationError:
        return
    if url is not None:  # whatever is followed stays on the base URL's scheme, host and port
        assert (url.scheme, url.host, url.port) == ("https", "api.sendgrid.com", None)


def rate_limit_headers(limit: bytes | None, remaining: bytes | None, reset: bytes | None, status: int) -> None:
    raw = [
        (name, value)
        for name, value in (
            (b"X-RateLimit-Limit", limit),
            (b"x-ratelimit-remaining", remaining),
            (b"X-RATELIMIT-RESET", reset),
        )
        if value is not None
    ]
    parsed = parse_rate_limit(httpx.Headers(raw), NOW)
    if parsed is None:
        assert not raw
        return
    for count in (parsed.limit, parsed.remaining):
        assert count is None or (isinstance(count, int) and count >= 0)
    if parsed.reset_at is not None:
        # Relative values land after NOW; epochs (possibly past ones: the store ignores those) never
        # beyond MAX_RESET_EPOCH, so no wait can be endless.
        assert math.isfinite(parsed.reset_at) and 0 <= parsed.reset_at <= max(
            MAX_RESET_EPOCH, NOW + RELATIVE_RESET_MAX_SECONDS
        )
    # What the client does with it: the store learns, pacing and the retry delay stay bounded.
    store = InMemoryRateLimitStore()
    store.reserve("GET /v3/subusers", NOW)
    store.update("GET /v3/subusers", parsed, NOW)
    wait = store.reserve("GET /v3/subusers", NOW)
    assert 0.0 <= wait and math.isfinite(wait)
    delay = RetryBudget(RetryPolicy(), random=lambda: 0.5).delay_after_status(status, parsed, idempotent=True, now=NOW)
    assert delay is None or 0.0 <= delay <= RetryPolicy().max_total_wait


def _check_error(error: APIError, status: int) -> None:
    assert error.status_code == status
    assert all(isinstance(detail, ErrorDetail) and isinstance(detail.message, str) for detail in error.details)
    assert all(detail.field is None or isinstance(detail.field, str) for detail in error.details)
    assert isinstance(str(error), str) and isinstance(repr(error), str)


def v3_error_body(body: bytes, status: int) -> None:
    request = httpx.Request("GET", "https://api.sendgrid.com/v3/subusers")
    response = httpx.Response(status, content=body, request=request, headers={"Content-Type": "application/json"})
    _check_error(error_from_response(response), status)
    details, error_id = parse_error_body(body)
    assert error_id is None or isinstance(error_id, str)


def v2_error_body(body: bytes, status: int) -> None:
    request = httpx.Request("POST", "https://api.sendgrid.com/apiv2/reseller.manage.json")
    response = httpx.Response(status, content=body, request=request)
    if status == 200:
        error = v2_error_in_success(response)
        if error is not None:
            _check_error(error, 200)
    else:
        _check_error(error_from_response(response), status)


def body_decoding(body: bytes, module: Any) -> None:
    """A 200 body through a generated `_parse_response`: a model, or MalformedResponseError."""
    request = httpx.Request("GET", "https://api.sendgrid.com/v3/subusers")
    response = httpx.Response(200, content=body, request=request)
    try:
        parse_answer(response, module._parse_response)
    except MalformedResponseError as error:
        assert error.status_code == 200 and isinstance(str(error), str)


def test_fuzz_link_handling() -> None:
    fuzz(
        link_handling, link=link_values, request_path=st.sampled_from(["/v3/subusers", "/v3/subusers?limit=5&offset=5"])
    )


def test_fuzz_rate_limit_headers() -> None:
    fuzz(
        rate_limit_headers,
        limit=rate_values,
        remaining=rate_values,
        reset=rate_values,
        status=st.sampled_from([200, 429]),
    )


def test_fuzz_v3_error_body() -> None:
    fuzz(v3_error_body, body=bodies, status=st.sampled_from([400, 401, 403, 404, 429, 500, 503, 302, 418]))


def test_fuzz_v2_error_body() -> None:
    fuzz(v2_error_body, body=bodies, status=st.sampled_from([200, 400, 401, 500]))


def test_fuzz_2xx_body_decoding() -> None:
    modules = st.sampled_from([list_subusers, get_subuser_credits, get_subusers_stats, list_customers])
    fuzz(body_decoding, body=bodies, module=modules)
