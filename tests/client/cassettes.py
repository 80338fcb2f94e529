"""vcrpy set-up shared by the cassette tests, and the pieces the transcriptions build cassettes from.

Cassettes live in tests/client/cassettes/<tag module>/<operation id>[.<variant>].yaml and are
written by `make cassettes` (tests/client/transcribe.py) from tests/client/transcriptions/*.py;
tests/client/test_cassette_transcriptions.py fails when a committed file differs from its
transcription. They are replayed with record_mode="none" and matched on method, scheme, host,
path, query, body (form and JSON bodies are compared parsed, so field order does not matter) and
the request headers that say who is calling and how (`MATCHED_HEADERS`):

- Authorization: its scheme, with the credential replaced by a placeholder (`Bearer <API_KEY>`
  for v3 calls; v2 calls send none, their credentials are form fields);
- Content-Type, exactly (JSON for v3 bodies, a form for v2 calls, none without a body);
- On-Behalf-Of, exactly, when the call acts for a subuser, and its absence otherwise;
- User-Agent: the first product's name only, so a version bump does not rewrite every cassette
  (the version itself is tested with the client, in tests/runtime).

Credentials are replaced by placeholders on both sides before matching (the request body's
fields, nested JSON secrets and the Authorization credential), so a cassette proves they were
sent without ever holding them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import vcr
import yaml
from vcr.errors import CannotOverwriteExistingCassetteException

CASSETTE_DIR = Path(__file__).parent / "cassettes"

SECRET_FIELDS = ("api_user", "api_key", "password", "confirm_password")
# Secrets that sit inside JSON bodies, at any depth (vcrpy's own filter only sees top-level keys).
SECRET_JSON_KEYS = frozenset({"password", "new_password", "old_password", "client_secret", "oauth_client_secret"})
SCRUBBED_RESPONSE_HEADERS = ("set-cookie", "authorization")
# What a recorded answer may hold that is a secret: a new API key's value (create_api_key answers
# with it) and anything shaped like a SendGrid key (the documented "SG.xxxxxxxx.yyyyyyyy" is shorter).
SECRET_ANSWER_KEYS = SECRET_JSON_KEYS | {"api_key"}
API_KEY_SHAPE = re.compile(r"SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}")

MATCHED_HEADERS = ("Authorization", "Content-Type", "On-Behalf-Of", "User-Agent")
# A literal, not the client's constant, so a client that renamed its product fails replay.
USER_AGENT_PRODUCT = "sendgrid-reseller-python"
# The credential of an Authorization header, by scheme (lower case); any other scheme's is <CREDENTIALS>.
AUTHORIZATION_PLACEHOLDERS = {"bearer": "<API_KEY>"}
JSON = "application/json"
FORM = "application/x-www-form-urlencoded"


def _authorization_placeholder(value: str) -> str:
    """`Bearer SG.x.y` -> `Bearer <API_KEY>`: the scheme kept, the credential never."""
    scheme, _, credential = value.strip().partition(" ")
    if not credential:  # no scheme to tell apart from the credential: keep neither
        return "<AUTHORIZATION>"
    return f"{scheme} {AUTHORIZATION_PLACEHOLDERS.get(scheme.lower(), '<CREDENTIALS>')}"


def _user_agent_product(value: str) -> str:
    """`sendgrid-reseller-python/0.2.0 extra/1` -> `sendgrid-reseller-python`."""
    return value.strip().split(" ", 1)[0].split("/", 1)[0]


def matched_headers(headers: Mapping[str, Any]) -> dict[str, str]:
    """The request headers a cassette records and replay compares, the credential a placeholder."""
    lowered = {name.lower(): value[0] if isinstance(value, list | tuple) else value for name, value in headers.items()}
    kept = {}
    for name in MATCHED_HEADERS:
        value = lowered.get(name.lower())
        if value is None:
            continue
        if name == "Authorization":
            value = _authorization_placeholder(str(value))
        elif name == "User-Agent":
            value = _user_agent_product(str(value))
        kept[name] = str(value)
    return kept


def headers_that_matter(sent: Any, recorded: Any) -> None:
    """vcrpy matcher: the `MATCHED_HEADERS` of the request sent equal the cassette's, or say which differ."""
    ours, theirs = matched_headers(sent.headers), matched_headers(recorded.headers)
    differences = [
        f"{name}: sent {ours.get(name, '(none)')!r}, cassette has {theirs.get(name, '(none)')!r}"
        for name in MATCHED_HEADERS
        if ours.get(name) != theirs.get(name)
    ]
    assert not differences, "; ".join(differences)


def _scrub_json(value: Any, keys: frozenset[str] = SECRET_JSON_KEYS) -> Any:
    if isinstance(value, dict):
        return {k: f"<{k.upper()}>" if k in keys and v else _scrub_json(v, keys) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub_json(v, keys) for v in value]
    return value


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """A recorded answer without cookies, Authorization, secret JSON fields or key-shaped strings."""
    headers = response.get("headers") or {}
    for name in list(headers):
        if name.lower() in SCRUBBED_RESPONSE_HEADERS:
            del headers[name]
    body = response.get("body") or {}
    text = body.get("string")
    if isinstance(text, bytes) and text:
        decoded = text.decode("utf-8", "replace")
        try:
            document = json.loads(decoded)
        except ValueError:
            document = None  # not JSON: only the key-shaped sweep below applies
        scrubbed = _scrub_json(document, SECRET_ANSWER_KEYS)
        if scrubbed != document:  # rewritten only when a secret went, so the answer keeps its bytes otherwise
            decoded = json.dumps(scrubbed, separators=(",", ":"))
        body["string"] = API_KEY_SHAPE.sub("<API_KEY>", decoded).encode()
    return response


def scrub_request(request: Any) -> Any:
    """Keep only the matched headers (credential as placeholder) and replace nested JSON secrets.

    Applied to recorded and live requests alike, so both sides of a match are compared scrubbed.
    """
    request.headers = matched_headers(request.headers)
    body = request.body
    if body and JSON in request.headers.get("Content-Type", ""):
        try:
            document = json.loads(body)
        except ValueError:
            return request
        request.body = json.dumps(_scrub_json(document), separators=(",", ":")).encode()
    return request


def recorder(record_mode: str = "none") -> vcr.VCR:
    recording = vcr.VCR(
        cassette_library_dir=str(CASSETTE_DIR),
        record_mode=record_mode,
        match_on=["method", "scheme", "host", "path", "query", "body", "headers_that_matter"],
        filter_query_parameters=[(name, f"<{name.upper()}>") for name in ("api_user", "api_key")],
        filter_post_data_parameters=[(name, f"<{name.upper()}>") for name in SECRET_FIELDS],
        before_record_request=scrub_request,
        # vcrpy also passes a loaded cassette's answers through this hook: replayed answers stay the
        # transcriptions' own (create_api_key's documented "SG.xxxxxxxx.yyyyyyyy" included).
        before_record_response=None if record_mode == "none" else _scrub_response,
        decode_compressed_response=True,
    )
    recording.register_matcher("headers_that_matter", headers_that_matter)
    return recording


@contextmanager
def replay(name: str) -> Iterator[Any]:
    """Replay cassettes/<name>.yaml; fail if any recorded interaction was not requested."""
    path = CASSETTE_DIR / f"{name}.yaml"
    assert path.is_file(), f"no cassette {path}"
    with recorder().use_cassette(str(path), allow_playback_repeats=False) as cassette:
        try:
            yield cassette
        except CannotOverwriteExistingCassetteException as mismatch:
            # vcrpy's own advice is to re-record; here the cassette is written from its transcription.
            mismatch.add_note(
                f"{name}: the client sent another request than the cassette holds. If the change is meant, "
                f"edit its transcription in tests/client/transcriptions/ and run `make cassettes`."
            )
            raise
    assert cassette.all_played, f"{name}: {len(cassette.data) - cassette.play_count} recorded request(s) never sent"


REASONS = {
    200: "OK",
    201: "Created",
    204: "No Content",
    400: "Bad Request",
    401: "Unauthorized",
    404: "Not Found",
    429: "Too Many Requests",
    500: "Internal Server Error",
}


def request_headers(
    uri: str, content_type: str | None, *, on_behalf_of: str | None = None, authorization: str | None = None
) -> dict[str, list[str]]:
    """The matched headers our client sends: v3 calls carry the Bearer key, v2 calls no Authorization."""
    if authorization is None and "/v3/" in uri:
        authorization = f"Bearer {AUTHORIZATION_PLACEHOLDERS['bearer']}"
    values = {
        "Authorization": authorization,
        "Content-Type": content_type,
        "On-Behalf-Of": on_behalf_of,
        "User-Agent": USER_AGENT_PRODUCT,
    }
    return {name: [value] for name, value in values.items() if value is not None}


def interaction(
    *,
    method: str,
    uri: str,
    body: str | None = None,
    content_type: str | None = None,
    on_behalf_of: str | None = None,
    status: int = 200,
    response: str = "",
    response_headers: dict[str, str] | None = None,
) -> dict[str, Any]:
    """One request/response pair in vcrpy's cassette format."""
    headers = {"Content-Type": [JSON]} if response else {}
    for name, value in (response_headers or {}).items():
        headers[name] = [value]
    return {
        "request": {
            # httpx sends an empty body (b"") when there is none, and vcrpy tells b"" from None.
            "body": body if body is not None else "",
            "headers": request_headers(uri, content_type, on_behalf_of=on_behalf_of),
            "method": method,
            "uri": uri,
        },
        "response": {
            "body": {"string": response},
            "headers": headers,
            "status": {"code": status, "message": REASONS.get(status, "")},
        },
    }


def cassette_text(interactions: list[dict[str, Any]], source: str) -> str:
    """A cassette file: one comment line per line of `source` (where it was transcribed from), then YAML."""
    first, *notes = source.splitlines()
    comments = "".join(f"# {line}\n" for line in [f"Transcribed from {first}", *notes])
    document = yaml.safe_dump(
        {"interactions": interactions, "version": 1}, sort_keys=False, allow_unicode=True, width=1000
    )
    return comments + str(document)


V2_API = "https://api.sendgrid.com"
V2_CREDENTIALS = "api_user=<API_USER>&api_key=<API_KEY>"
V2_SUCCESS = '{"message":"success"}'
V2_ERROR = '{"message":"error","errors":["...error messages..."]}'


def v2_call(
    path: str, fields: str = "", response: str = V2_SUCCESS, *, query: str = "", **extra: Any
) -> dict[str, Any]:
    """A v2 call as our client sends it: a POST with the credentials and fields in the form body.

    `query` holds what the spec puts in the URL (e.g. a customer's `user`); credentials never go there.
    """
    pairs = f"{V2_CREDENTIALS}&{fields}" if fields else V2_CREDENTIALS
    uri = f"{V2_API}{path}" + (f"?{query}" if query else "")
    return interaction(method="POST", uri=uri, body=pairs, content_type=FORM, response=response, **extra)
