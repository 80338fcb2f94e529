"""vcrpy set-up shared by the cassette tests, and the writer used to transcribe documented examples.

Cassettes live in tests/client/cassettes/<tag module>/<operation id>[.<variant>].yaml. They are
replayed with record_mode="none" and matched on method, scheme, host, path, query and body
(form and JSON bodies are compared parsed, so field order does not matter). Credentials are
replaced by placeholders on both sides before matching, so a cassette proves they were sent
without ever holding them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import vcr
import yaml

CASSETTE_DIR = Path(__file__).parent / "cassettes"

SECRET_FIELDS = ("api_user", "api_key", "password", "confirm_password")
# Secrets that sit inside JSON bodies, at any depth (vcrpy's own filter only sees top-level keys).
SECRET_JSON_KEYS = frozenset({"password", "new_password", "old_password", "client_secret", "oauth_client_secret"})
SCRUBBED_RESPONSE_HEADERS = ("set-cookie", "authorization")


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers") or {}
    for name in list(headers):
        if name.lower() in SCRUBBED_RESPONSE_HEADERS:
            del headers[name]
    return response


def _scrub_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: f"<{k.upper()}>" if k in SECRET_JSON_KEYS and v else _scrub_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub_json(v) for v in value]
    return value


def _scrub_request(request: Any) -> Any:
    """Replace nested JSON secrets by placeholders, on recorded and live requests alike."""
    body = request.body
    if body and b"application/json" in str(request.headers.get("Content-Type", "")).encode():
        try:
            document = json.loads(body)
        except ValueError:
            return request
        request.body = json.dumps(_scrub_json(document), separators=(",", ":")).encode()
    return request


def recorder(record_mode: str = "none") -> vcr.VCR:
    return vcr.VCR(
        cassette_library_dir=str(CASSETTE_DIR),
        record_mode=record_mode,
        match_on=["method", "scheme", "host", "path", "query", "body"],
        filter_headers=[("authorization", "<AUTHORIZATION>"), ("on-behalf-of", None)],
        filter_query_parameters=[(name, f"<{name.upper()}>") for name in ("api_user", "api_key")],
        filter_post_data_parameters=[(name, f"<{name.upper()}>") for name in SECRET_FIELDS],
        before_record_request=_scrub_request,
        before_record_response=_scrub_response,
        decode_compressed_response=True,
    )


@contextmanager
def replay(name: str) -> Iterator[Any]:
    """Replay cassettes/<name>.yaml; fail if any recorded interaction was not requested."""
    path = CASSETTE_DIR / f"{name}.yaml"
    assert path.is_file(), f"no cassette {path}"
    with recorder().use_cassette(str(path), allow_playback_repeats=False) as cassette:
        yield cassette
    assert cassette.all_played, f"{name}: {len(cassette.data) - cassette.play_count} recorded request(s) never sent"


def interaction(
    *,
    method: str,
    uri: str,
    body: str | None = None,
    content_type: str | None = None,
    status: int = 200,
    response: str = "",
    response_headers: dict[str, str] | None = None,
) -> dict[str, Any]:
    """One request/response pair in vcrpy's cassette format."""
    request_headers = {"Content-Type": [content_type]} if content_type else {}
    headers = {"Content-Type": ["application/json"]} if response else {}
    for name, value in (response_headers or {}).items():
        headers[name] = [value]
    reasons = {
        200: "OK",
        201: "Created",
        204: "No Content",
        400: "Bad Request",
        401: "Unauthorized",
        404: "Not Found",
        429: "Too Many Requests",
        500: "Internal Server Error",
    }
    return {
        # httpx sends an empty body (b"") when there is none, and vcrpy tells b"" from None.
        "request": {"body": body if body is not None else "", "headers": request_headers, "method": method, "uri": uri},
        "response": {
            "body": {"string": response},
            "headers": headers,
            "status": {"code": status, "message": reasons.get(status, "")},
        },
    }


def write_cassette(name: str, interactions: list[dict[str, Any]], source: str) -> Path:
    """Write cassettes/<name>.yaml with a comment naming the documentation it was transcribed from."""
    path = CASSETTE_DIR / f"{name}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    text = f"# Transcribed from {source}\n" + yaml.safe_dump(
        {"interactions": interactions, "version": 1}, sort_keys=False, allow_unicode=True, width=1000
    )
    path.write_text(text, encoding="utf-8")
    return path


V2_API = "https://api.sendgrid.com"
V2_CREDENTIALS = "api_user=<API_USER>&api_key=<API_KEY>"
V2_SUCCESS = '{"message":"success"}'
V2_ERROR = '{"message":"error","errors":["...error messages..."]}'
FORM = "application/x-www-form-urlencoded"


def v2_call(
    path: str, fields: str = "", response: str = V2_SUCCESS, *, method: str = "POST", **extra: Any
) -> dict[str, Any]:
    """A v2 call as our client sends it: credentials and fields in the form body (POST) or query (GET)."""
    pairs = f"{V2_CREDENTIALS}&{fields}" if fields else V2_CREDENTIALS
    if method == "GET":
        # httpx sends an empty body with a GET; vcrpy's body matcher tells b"" from None.
        return interaction(method="GET", uri=f"{V2_API}{path}?{pairs}", body="", response=response, **extra)
    return interaction(method=method, uri=f"{V2_API}{path}", body=pairs, content_type=FORM, response=response, **extra)
