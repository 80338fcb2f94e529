"""The fault catalogue shared by the fault-matrix tests: what the server does, what the client must end in.

Every case is served by tests/runtime/loopback.py's `LoopbackServer` (real sockets on 127.0.0.1)
and run through a generated endpoint function, so the whole path is exercised: send, retries,
rate-limit parsing, the bounded body read and the generated `_parse_response`.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass, field

import httpx
from sendgrid_reseller._runtime.errors import (
    BadRequestError,
    MalformedResponseError,
    PaginationError,
    RateLimitError,
    ResponseTooLargeError,
    SendGridError,
    ServerError,
    TransportError,
    UnexpectedStatus,
)
from sendgrid_reseller._runtime.policy import RetryPolicy

from tests.runtime.loopback import Reply, json_reply

# Every retry waits almost nothing (and the matrix waits on a fake clock, recording each wait).
# The wait budget holds a 1 s reset plus the pacing margin: a request the limiter knows would be
# refused is not sent (issue 13), so the budget must reach past the margin.
FAST_RETRY = RetryPolicy(max_attempts=3, backoff_base=0.01, backoff_cap=0.02, max_total_wait=1.1, rate_limit_jitter=0.0)
# Only the stall cases need a short read timeout: their server answers, but STALL seconds late.
# Every other timeout is generous, so a server thread scheduled late on a loaded machine (or a slow
# connect to 127.0.0.1) never turns an answer into a timeout and a timeout into a retry.
STALL_READ_TIMEOUT = 0.3
STALL = 5.0  # cut short when the server stops, so it costs nothing
GENEROUS_TIMEOUT = httpx.Timeout(10.0)
READ_TIMEOUT = httpx.Timeout(10.0, read=STALL_READ_TIMEOUT)  # for mixes of stalling and prompt replies
SMALL_LIMIT = 1024 * 1024  # max_response_bytes for the huge-body cases
HUGE = 512 * 1024 * 1024  # what the server offers: generated lazily, never held in memory
_BLOCK = b" " * 65536

SUBUSERS = '[{"disabled": false, "id": 1, "username": "alice", "email": "alice@example.com"}]'
CUSTOMERS = '[{"username": "alice", "email": "alice@example.com", "active": "true"}]'
INVALID_429 = '{"errors":[{"field":null,"message":"too many requests"},]}'
HTML = "<html><body><h1>502 Bad Gateway</h1></body></html>"
# What a stalled server says at last: a client without a read timeout would get (and return) it.
LATE = '[{"disabled": false, "id": 2, "username": "too-late", "email": "late@example.com"}]'


def ok() -> Reply:
    return json_reply(SUBUSERS)


def stalled() -> Reply:
    """A correct-looking answer sent STALL seconds late (a different user, so accepting it shows)."""
    return Reply(200, LATE.encode(), [("Content-Type", "application/json")], stall=STALL)


def lazy_body(size: int = HUGE) -> Reply:
    return Reply(
        200, headers=[("Content-Type", "application/json")], chunks=lambda: (_BLOCK for _ in range(size // len(_BLOCK)))
    )


@dataclass(frozen=True)
class Case:
    """One fault. `replies` are served in order; `outcome` None means the call must succeed."""

    name: str
    replies: tuple[Reply, ...]
    outcome: type[SendGridError] | None
    requests: int  # requests the server must have read, exactly
    resets_before_request: int = 0  # connections reset before a byte of the request was read
    api: str = "v3"  # v3: list_subusers (GET, idempotent); v2: list_customers (POST, read-only)
    options: dict[str, object] = field(default_factory=dict)  # extra Client arguments

    @property
    def timeout(self) -> httpx.Timeout:
        return READ_TIMEOUT if any(reply.stall for reply in self.replies) else GENEROUS_TIMEOUT


def _malformed_rate_limit(value: str) -> tuple[Reply, ...]:
    headers = [("X-RateLimit-Limit", value), ("X-RateLimit-Remaining", value), ("X-RateLimit-Reset", value)]
    return (json_reply(SUBUSERS, 200, headers),)


def _malformed_429(value: str) -> tuple[Reply, ...]:
    headers = [("X-RateLimit-Limit", "600"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", value)]
    return (json_reply(INVALID_429, 429, headers), ok())


MALFORMED_RATE_LIMIT_VALUES = {
    "negative": "-5",
    "non_numeric": "soon",
    "huge": "9" * 400,
    "float_overflow": "1e400",
    "nan": "nan",
    "empty": "",
    "far_future_epoch": "4102444799",
    "hex": "0x10",
}

CASES: list[Case] = [
    # -- no answer ---------------------------------------------------------------------------
    Case("reset_before_request_then_ok", (ok(),), None, requests=1, resets_before_request=1),
    Case("reset_before_request_every_time", (), TransportError, requests=0, resets_before_request=3),
    Case("reset_after_request_then_ok", (Reply(reset=True), ok()), None, requests=2),
    Case("hang_up_after_request_then_ok", (Reply(hang_up=True), ok()), None, requests=2),
    Case("stall_past_read_timeout_then_ok", (stalled(), ok()), None, requests=2),
    Case("stall_past_read_timeout_every_time", (stalled(),) * 3, TransportError, requests=3),
    Case("truncated_transfer_then_ok", (Reply(200, SUBUSERS.encode()[:20], content_length=500), ok()), None, 2),
    # -- error statuses ------------------------------------------------------------------------
    Case("500_then_ok", (json_reply("{}", 500), ok()), None, requests=2),
    Case("502_html_then_ok", (json_reply(HTML, 502), ok()), None, requests=2),
    Case("503_then_ok", (json_reply('{"errors":[{"message":"down"}]}', 503), ok()), None, requests=2),
    Case("503_every_time", (json_reply("{}", 503),) * 3, ServerError, requests=3),
    Case("429_without_rate_limit_headers_then_ok", (json_reply(INVALID_429, 429), ok()), None, requests=2),
    Case("429_invalid_json_sample_then_ok", _malformed_429("1"), None, requests=2),
    Case("429_invalid_json_sample_every_time", (json_reply(INVALID_429, 429),) * 3, RateLimitError, requests=3),
    Case(
        "redirect_to_another_host",
        (Reply(302, headers=[("Location", "http://evil.example/v3/subusers")]),),
        UnexpectedStatus,
        1,
    ),
    # -- 2XX bodies that are not the documented JSON -----------------------------------------
    Case("truncated_json_body", (json_reply(SUBUSERS[:30]),), MalformedResponseError, requests=1),
    Case("html_body_with_json_content_type", (json_reply(HTML),), MalformedResponseError, requests=1),
    Case("empty_body_where_json_expected", (json_reply(""),), MalformedResponseError, requests=1),
    Case("object_where_list_expected", (json_reply('{"id": 1}'),), MalformedResponseError, requests=1),
    Case("missing_required_field", (json_reply('[{"id": 1}]'),), MalformedResponseError, requests=1),
    Case("deeply_nested_json", (json_reply("[" * 100_000),), MalformedResponseError, requests=1),
    Case(
        "invalid_utf8_body",
        (Reply(200, b'[{"username": "\xff\xfe"}]', [("Content-Type", "application/json")]),),
        MalformedResponseError,
        1,
    ),
    Case("v2_error_in_200", (json_reply('{"message":"error","errors":["bad"]}'),), BadRequestError, 1, api="v2"),
    Case("v2_truncated_json_body", (json_reply(CUSTOMERS[:25]),), MalformedResponseError, requests=1, api="v2"),
    Case("v2_html_body", (json_reply(HTML),), MalformedResponseError, requests=1, api="v2"),
    Case("v2_500_html_then_ok", (json_reply(HTML, 500), json_reply(CUSTOMERS)), None, requests=2, api="v2"),
    # -- huge bodies (generated lazily by the server) -----------------------------------------
    Case("huge_chunked_body", (lazy_body(),), ResponseTooLargeError, 1, options={"max_response_bytes": SMALL_LIMIT}),
    Case(
        "huge_declared_content_length",
        (
            Reply(
                200, headers=[("Content-Type", "application/json")], content_length=HUGE, chunks=lambda: iter((_BLOCK,))
            ),
        ),
        ResponseTooLargeError,
        1,
        options={"max_response_bytes": SMALL_LIMIT},
    ),
    Case("huge_chunked_body_default_limit", (lazy_body(),), ResponseTooLargeError, requests=1),
    *(
        Case(f"rate_limit_headers_{name}", _malformed_rate_limit(value), None, 1)
        for name, value in MALFORMED_RATE_LIMIT_VALUES.items()
    ),
    *(
        Case(f"429_reset_{name}_then_ok", _malformed_429(value), None, 2)
        for name, value in MALFORMED_RATE_LIMIT_VALUES.items()
        if name != "far_future_epoch"
    ),
    # A reset decades away is beyond any wait budget: raised at once instead of sleeping.
    Case("429_reset_far_future_epoch", _malformed_429("4102444799")[:1], RateLimitError, requests=1),
]


def closed_port() -> int:
    """A port nothing listens on (bound, read, released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# Link headers a page may carry, and how the walk must end: "end" (after page 1, 1 request) or
# the typed error it raises instead of following the link.
LINK_CASES: dict[str, tuple[str, type[SendGridError] | None]] = {
    "not_a_link": ("garbage", None),
    "empty_url": ('<>; rel="next"', None),
    "only_params": ('; rel="next"', None),
    "only_commas": (",,,,", None),
    "unterminated": ('<http://127.0.0.1/v3/subusers?offset=1; rel="next"', PaginationError),
    "next_is_this_page": ('<{base}/v3/subusers>; rel="next"', None),
    "invalid_ipv6_host": ('<http://[::1>; rel="next"', PaginationError),
    "invalid_port": ('<http://127.0.0.1:1:2/v3/subusers>; rel="next"', PaginationError),
    "another_host": ('<https://evil.example/v3/subusers?offset=1>; rel="next"', PaginationError),
    "ftp_scheme": ('<ftp://127.0.0.1/v3/subusers>; rel="next"', PaginationError),
    "javascript_scheme": ('<javascript:alert(1)>; rel="next"', PaginationError),
    "oversized_header": ("<{base}/v3/subusers?offset=" + "9" * 100_000 + '>; rel="next"', PaginationError),
}
