"""Lists that page by an `x-pagination` style (spec/README.md): every style walked through the
friendly client, sync and async, against in-process servers; and the guards against answers
that would loop, leak the credentials to another host or never end."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from sendgrid_reseller import AsyncSendGrid, InvalidRequestError, MalformedResponseError, PaginationError, SendGrid
from sendgrid_reseller._runtime import page as page_module
from sendgrid_reseller._runtime.body_paging import BodyPaging, BodyWalk
from sendgrid_reseller._runtime.page import AsyncPage, SyncPage
from sendgrid_reseller.models import TemplateCreate, VerifiedSenderRequest

from sandbox import Sandbox
from sandbox._clients import client_options
from sandbox._clock import FakeClock
from tests.runtime.support import V3_API_KEY
from tests.surface.support import Handler, async_client, sync_client

NAMES = [f"s{n}" for n in range(5)]
IPS = [f"198.51.100.{n}" for n in range(5)]
HOST = "https://api.sendgrid.com"


def _int(request: httpx.Request, name: str, default: int) -> int:
    return int(request.url.params.get(name, default))


# -- servers, one per style, each paging as spec/README.md describes ------------------------------


def mail_settings_server(seen: list[httpx.Request], default_limit: int = 2) -> Handler:
    """offset: `?limit&offset`, records at /result, no Link header."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        limit, offset = _int(request, "limit", default_limit), _int(request, "offset", 0)
        chunk = NAMES[offset : offset + limit]
        return httpx.Response(200, json={"result": [{"title": n, "enabled": True, "name": n} for n in chunk]})

    return handler


def account_ips_server(seen: list[httpx.Request]) -> Handler:
    """cursor / next_cursor: `?offset=<last ip>`, the next cursor at /pages/last."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        limit = _int(request, "limit", 10)
        after = request.url.params.get("offset")
        start = IPS.index(after) + 1 if after else 0
        chunk = IPS[start : start + limit]
        body: dict[str, Any] = {"result": [{"ip": ip, "region": "us"} for ip in chunk]}
        if start + limit < len(IPS):
            body["pages"] = {"last": chunk[-1]}
        return httpx.Response(200, json=body)

    return handler


def senders_server(seen: list[httpx.Request]) -> Handler:
    """cursor / cursor_field: `?lastSeenID=<id of the last sender>`, senders in id order."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        limit, after = _int(request, "limit", 100), _int(request, "lastSeenID", 0)
        chunk = [n for n in range(1, 6) if n > after][:limit]
        return httpx.Response(200, json={"results": [{"id": n, "nickname": f"n{n}"} for n in chunk]})

    return handler


def ip_subusers_server(seen: list[httpx.Request]) -> Handler:
    """next_params with a cursor member: `_metadata.next_params` (after_key, limit as a string)."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        limit = _int(request, "limit", 100)
        after = request.url.params.get("after_key")
        start = NAMES.index(after) + 1 if after else 0
        chunk = NAMES[start : start + limit]
        following = chunk[-1] if start + limit < len(NAMES) else None
        metadata = {"next_params": {"after_key": following, "limit": str(limit)}}
        return httpx.Response(200, json={"result": chunk, "_metadata": metadata})

    return handler


def subuser_access_server(seen: list[httpx.Request]) -> Handler:
    """next_params without a cursor member: the whole object is the next query; `{}` at the end."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        limit, after = _int(request, "limit", 100), _int(request, "after_subuser_id", 0)
        chunk = [n for n in range(1, 6) if n > after][:limit]
        page: dict[str, Any] = {"subuser_access": [{"id": n, "username": f"u{n}"} for n in chunk], "_metadata": {}}
        if chunk and chunk[-1] < 5:
            page["_metadata"] = {"next_params": {"limit": str(limit), "after_subuser_id": str(chunk[-1])}}
        return httpx.Response(200, json=page)

    return handler


def templates_server(seen: list[httpx.Request]) -> Handler:
    """next_url: `_metadata.next` is the next page's absolute URL (page_size, page_token)."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        size = _int(request, "page_size", 10)
        token = request.url.params.get("page_token")
        start = int(token.removeprefix("t")) if token else 0
        chunk = NAMES[start : start + size]
        metadata: dict[str, Any] = {"count": len(NAMES)}
        if start + size < len(NAMES):
            metadata["next"] = f"{HOST}/v3/templates?page_size={size}&page_token=t{start + size}"
        templates = [{"id": n, "name": n, "generation": "dynamic", "updated_at": "2024-01-01 00:00:00"} for n in chunk]
        return httpx.Response(200, json={"result": templates, "_metadata": metadata})

    return handler


@dataclass(frozen=True)
class Style:
    """One x-pagination style: its server, the first call (sync / async), how a record is named,
    the records expected, and what the requests after the first carry."""

    name: str
    server: Callable[[list[httpx.Request]], Handler]
    call: Callable[[SendGrid], SyncPage[Any]]
    acall: Callable[[AsyncSendGrid], Awaitable[AsyncPage[Any]]]
    key: Callable[[Any], Any]
    expected: list[Any]
    follow_ups: Callable[[httpx.Request], Any]


STYLES = [
    Style(
        "offset",
        mail_settings_server,
        lambda c: c.mail_settings.list(limit=2),
        lambda c: c.mail_settings.list(limit=2),
        lambda s: s.name,
        NAMES,
        lambda r: r.url.params["offset"],
    ),
    Style(
        "cursor-next_cursor",
        account_ips_server,
        lambda c: c.accounts.ips.list("acct", limit=2),
        lambda c: c.accounts.ips.list("acct", limit=2),
        lambda i: i.ip,
        IPS,
        lambda r: r.url.params["offset"],
    ),
    Style(
        "cursor-cursor_field",
        senders_server,
        lambda c: c.verified_senders.list(limit=2),
        lambda c: c.verified_senders.list(limit=2),
        lambda s: s.id,
        [1, 2, 3, 4, 5],
        lambda r: r.url.params["lastSeenID"],
    ),
    Style(
        "next_params-cursor",
        ip_subusers_server,
        lambda c: c.send_ips.subusers.list("192.0.2.1", limit=2),
        lambda c: c.send_ips.subusers.list("192.0.2.1", limit=2),
        lambda s: s,
        NAMES,
        lambda r: (r.url.params["after_key"], r.url.params["limit"]),
    ),
    Style(
        "next_params",
        subuser_access_server,
        lambda c: c.teammates.subuser_access.list("mate", limit=2),
        lambda c: c.teammates.subuser_access.list("mate", limit=2),
        lambda a: a.id,
        [1, 2, 3, 4, 5],
        lambda r: r.url.params["after_subuser_id"],
    ),
    Style(
        "next_url",
        templates_server,
        lambda c: c.templates.list(page_size=2),
        lambda c: c.templates.list(page_size=2),
        lambda t: t.id,
        NAMES,
        lambda r: r.url.params["page_token"],
    ),
]
FOLLOW_UPS = {
    "offset": ["2", "4"],
    "cursor-next_cursor": [IPS[1], IPS[3]],
    "cursor-cursor_field": ["2", "4"],
    "next_params-cursor": [(NAMES[1], "2"), (NAMES[3], "2")],
    "next_params": ["2", "4"],
    "next_url": ["t2", "t4"],
}


def _client(handler: Handler) -> SendGrid:
    return sync_client(handler, api_key=V3_API_KEY)


@pytest.mark.parametrize("style", STYLES, ids=lambda s: s.name)
def test_iterating_the_first_page_walks_every_page_of_every_style(style: Style) -> None:
    seen: list[httpx.Request] = []
    with _client(style.server(seen)) as client:
        first = style.call(client)
        assert isinstance(first, SyncPage) and len(seen) == 1  # one request until more is asked for
        assert [style.key(item) for item in first.items] == style.expected[:2]
        assert [style.key(item) for item in first] == style.expected
    assert [style.follow_ups(r) for r in seen[1:]] == FOLLOW_UPS[style.name]
    assert all(r.url.host == "api.sendgrid.com" and r.headers["Authorization"] for r in seen)


@pytest.mark.parametrize("style", STYLES, ids=lambda s: s.name)
def test_async_pages_walk_every_style_the_same_way(style: Style) -> None:
    seen: list[httpx.Request] = []

    async def walk() -> tuple[list[Any], int]:
        async with async_client(style.server(seen), api_key=V3_API_KEY) as client:
            first = await style.acall(client)
            assert isinstance(first, AsyncPage)
            records = [style.key(item) async for item in first]
            pages = [page async for page in first.pages()]
            return records, len(pages)

    records, pages = asyncio.run(walk())
    assert records == style.expected and pages == 3
    assert [style.follow_ups(r) for r in seen[1:3]] == FOLLOW_UPS[style.name]


@pytest.mark.parametrize("style", STYLES, ids=lambda s: s.name)
def test_next_page_token_resumes_a_walk_in_a_later_call(style: Style) -> None:
    seen: list[httpx.Request] = []
    with _client(style.server(seen)) as client:
        first = style.call(client)
        second = first.next_page()
        assert [style.key(item) for item in second.items] == style.expected[2:4]
        token = second.next_page_token
        assert token is not None and second.has_next_page()
        resumed = _resume(style, client, token)
        assert [style.key(item) for item in resumed.items] == style.expected[4:]
        assert not resumed.has_next_page() and resumed.next_page_token is None
        with pytest.raises(PaginationError, match="last page"):
            resumed.next_page()


def _resume(style: Style, client: SendGrid, token: str) -> SyncPage[Any]:
    calls: dict[str, Callable[[], SyncPage[Any]]] = {
        "offset": lambda: client.mail_settings.list(limit=2, page_token=token),
        "cursor-next_cursor": lambda: client.accounts.ips.list("acct", limit=2, page_token=token),
        "cursor-cursor_field": lambda: client.verified_senders.list(limit=2, page_token=token),
        "next_params-cursor": lambda: client.send_ips.subusers.list("192.0.2.1", limit=2, page_token=token),
        "next_params": lambda: client.teammates.subuser_access.list("mate", limit=2, page_token=token),
        "next_url": lambda: client.templates.list(page_size=2, page_token=token),
    }
    return calls[style.name]()


@pytest.mark.parametrize(
    ("call", "token"),
    [
        (lambda c, t: c.mail_settings.list(limit=2, page_token=t), "offset=two"),
        (lambda c, t: c.mail_settings.list(limit=2, page_token=t), "limit=1"),
        (lambda c, t: c.verified_senders.list(page_token=t), "offset=3"),
        (lambda c, t: c.templates.list(page_size=2, page_token=t), "https://evil.example/v3/templates"),
        (lambda c, t: c.templates.list(page_size=2, page_token=t), "t2"),  # SendGrid's own token: page_token_query=
    ],
)
def test_a_token_this_walk_did_not_issue_is_refused_before_sending(
    call: Callable[[SendGrid, str], Any], token: str
) -> None:
    seen: list[httpx.Request] = []
    with _client(mail_settings_server(seen)) as client, pytest.raises(InvalidRequestError, match="page_token"):
        call(client, token)
    assert seen == []


def test_the_templates_wire_page_token_is_page_token_query() -> None:
    seen: list[httpx.Request] = []
    with _client(templates_server(seen)) as client:
        page = client.templates.list(page_size=2, page_token_query="t2")
        assert [t.id for t in page.items] == NAMES[2:4]
    assert seen[0].url.params["page_token"] == "t2"


# -- the last page -------------------------------------------------------------------------------


def test_an_offset_list_without_a_limit_walks_until_an_empty_page() -> None:
    seen: list[httpx.Request] = []
    with _client(mail_settings_server(seen, default_limit=2)) as client:
        assert [s.name for s in client.mail_settings.list()] == NAMES
    # The server's page size is not known: the offset moves by what came, and an empty page ends it.
    assert [r.url.params.get("offset") for r in seen] == [None, "2", "4", "5"]


def test_a_short_page_is_the_last_without_asking_again() -> None:
    seen: list[httpx.Request] = []
    with _client(mail_settings_server(seen)) as client:
        page = client.mail_settings.list(limit=4)  # 5 records: 4, then a short page of 1
        assert [s.name for s in page] == NAMES
    assert len(seen) == 2
    seen.clear()
    with _client(senders_server(seen)) as client:
        assert [s.id for s in client.verified_senders.list(limit=3)] == [1, 2, 3, 4, 5]
    assert len(seen) == 2


def test_an_empty_page_ends_every_style_even_with_a_next_value() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"result": [], "pages": {"last": "198.51.100.9"}})

    with _client(handler) as client:
        page = client.accounts.ips.list("acct", limit=2)
        assert page.items == [] and not page.has_next_page() and list(page) == []
    assert len(seen) == 1


@pytest.mark.parametrize(
    "metadata",
    [{}, {"_metadata": {}}, {"_metadata": {"next_params": {}}}, {"_metadata": {"next_params": {"after_key": None}}}],
)
def test_an_absent_or_null_next_value_is_the_last_page(metadata: dict[str, Any]) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"result": ["a", "b"], **metadata})

    with _client(handler) as client:
        page = client.send_ips.subusers.list("192.0.2.1", limit=2)
        assert list(page) == ["a", "b"] and page.next_page_token is None
    assert len(seen) == 1


def test_an_answer_without_its_optional_records_is_an_empty_page() -> None:
    with _client(lambda request: httpx.Response(200, json={"_metadata": {}})) as client:
        page = client.teammates.subuser_access.list("mate")
        assert page.items == [] and not page.has_next_page()


def test_an_answer_without_its_required_records_is_malformed() -> None:
    with _client(lambda request: httpx.Response(200, json={"pages": {}})) as client:
        with pytest.raises(MalformedResponseError, match="result"):
            client.accounts.ips.list("acct")


# -- hostile answers ------------------------------------------------------------------------------


def test_a_cursor_that_repeats_stops_the_walk_with_an_error() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        after = request.url.params.get("offset")
        ip = "198.51.100.1" if after is None else "198.51.100.2"
        return httpx.Response(200, json={"result": [{"ip": ip, "region": "us"}], "pages": {"last": "c1"}})

    with _client(handler) as client:
        first = client.accounts.ips.list("acct", limit=1)
        with pytest.raises(PaginationError, match="repeats a request already made"):
            list(first)
    assert len(seen) == 2  # the cursor c1 was asked for once, and its answer pointed at c1 again


def test_next_params_that_come_back_to_an_earlier_page_stop_the_walk() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        at = request.url.params.get("after_key", "")
        following = {"": "k1", "k1": "k2", "k2": "k1"}[at]  # k2's next goes back to k1
        return httpx.Response(
            200, json={"result": [at or "first"], "_metadata": {"next_params": {"after_key": following}}}
        )

    with _client(handler) as client:
        with pytest.raises(PaginationError, match="does not advance"):
            list(client.send_ips.subusers.list("192.0.2.1"))
    assert [r.url.params.get("after_key") for r in seen] == [None, "k1", "k2"]


def test_a_server_that_ignores_the_offset_is_caught_by_its_repeated_records() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"result": [{"title": "t", "enabled": True, "name": "same"}]})

    with _client(handler) as client:
        page = client.mail_settings.list(limit=1)
        with pytest.raises(PaginationError, match="repeats the previous page's records"):
            list(page)
    assert len(seen) == 2


@pytest.mark.parametrize(
    "target",
    [
        "https://evil.example/v3/templates?page_token=t2",
        "//evil.example/v3/templates",
        "https://api.sendgrid.com:8443/x",
    ],
)
def test_a_next_url_on_another_host_is_refused_and_never_requested(target: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        template = {"id": "a", "name": "a", "generation": "dynamic", "updated_at": "2024-01-01 00:00:00"}
        return httpx.Response(200, json={"result": [template], "_metadata": {"next": target}})

    with _client(handler) as client:
        page = client.templates.list(page_size=1)
        with pytest.raises(PaginationError, match="another host"):
            page.has_next_page()
    assert [r.url.host for r in seen] == ["api.sendgrid.com"]


def test_a_next_url_that_loops_back_stops_the_walk() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        token = request.url.params.get("page_token")
        following = "b" if token is None else None
        url = (
            f"{HOST}/v3/templates?page_size=1&page_token={following}"
            if following
            else f"{HOST}/v3/templates?page_size=1"
        )
        template = {"id": token or "first", "name": "x", "generation": "dynamic", "updated_at": "2024-01-01 00:00:00"}
        return httpx.Response(200, json={"result": [template], "_metadata": {"next": url}})

    with _client(handler) as client:
        with pytest.raises(PaginationError, match="loops back"):
            list(client.templates.list(page_size=1))
    assert len(seen) == 2


def test_next_params_of_the_wrong_shape_are_refused() -> None:
    body = {"result": ["a"], "_metadata": {"next_params": {"after_key": "k", "limit": {"nested": 1}}}}
    with _client(lambda request: httpx.Response(200, json=body)) as client:
        page = client.send_ips.subusers.list("192.0.2.1")
        with pytest.raises(PaginationError, match="'limit' is a dict, not a value"):
            page.next_page()
    # A shape the answer's model refuses is a malformed answer before any walking.
    body = {"result": ["a"], "_metadata": {"next_params": ["after_key", "x"]}}
    with _client(lambda request: httpx.Response(200, json=body)) as client:
        with pytest.raises(MalformedResponseError):
            client.send_ips.subusers.list("192.0.2.1")


def test_a_next_url_that_is_not_a_string_is_refused() -> None:
    template = {"id": "a", "name": "a", "generation": "dynamic", "updated_at": "2024-01-01 00:00:00"}
    body = {"result": [template], "_metadata": {"count": 1, "next": 7}}
    with _client(lambda request: httpx.Response(200, json=body)) as client:
        page = client.templates.list(page_size=1)
        with pytest.raises(PaginationError, match="not a URL"):
            page.has_next_page()


def _answer(body: Any, url: str = f"{HOST}/v3/things?limit=2") -> httpx.Response:
    return httpx.Response(200, json=body, request=httpx.Request("GET", url))


def test_a_last_record_without_the_cursor_field_is_an_error() -> None:
    # The generated models require `id` of a sender, so this is the walk's own guard, seen directly.
    paging = BodyPaging(style="cursor", items="/results", limit="limit", cursor="after", cursor_field="id")
    walk = BodyWalk("list_things", paging, httpx.URL(HOST))
    request = {"method": "get", "url": "/v3/things", "params": {"limit": 2}}
    with pytest.raises(PaginationError, match="list_things: the page's last record has no 'id'"):
        walk.next(request, _answer({"results": [{"id": 1}, {"name": "x"}]}), 2)
    following = walk.next(request, _answer({"results": [{"id": 1}, {"id": "b/c"}]}), 2)
    assert following is not None and following[0]["params"] == {"limit": 2, "after": "b/c"}
    assert following[1] == "after=b%2Fc"


def test_an_items_pointer_into_nested_objects_and_the_whole_body() -> None:
    nested = BodyPaging(style="offset", items="/data/list~1items", limit="limit", offset="skip")
    walk = BodyWalk("list_things", nested, httpx.URL(HOST))
    walk.admit(_answer({"data": {"list/items": [1, 2]}}), 2)
    with pytest.raises(PaginationError, match="repeats the previous page's records"):
        walk.branch().admit(_answer({"data": {"list/items": [1, 2]}}), 2)
    whole = BodyWalk("list_things", BodyPaging(style="offset", items="", limit="limit", offset="skip"), httpx.URL(HOST))
    following = whole.next({"params": {"limit": 2, "skip": 4}}, _answer([1, 2]), 2)
    assert following is not None and following[0]["params"]["skip"] == 6


def test_a_list_that_never_ends_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_module, "MAX_PAGES", 3)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:  # always one fresh record and a next cursor
        seen.append(request)
        n = len(seen)
        return httpx.Response(200, json={"result": [f"r{n}"], "_metadata": {"next_params": {"after_key": f"k{n}"}}})

    with _client(handler) as client:
        with pytest.raises(PaginationError, match="stopped after 3 pages"):
            list(client.send_ips.subusers.list("192.0.2.1"))
    assert len(seen) == 3


# -- the sandbox pages these lists as the spec says: the same walks against an independent server --


@pytest.fixture
def sandbox_client() -> Iterator[SendGrid]:
    sandbox = Sandbox(clock=FakeClock(), subusers=0, bounces=0, customers=0, ips=0)
    with SendGrid(**client_options(sandbox)) as client:
        yield client


def _sender(name: str) -> dict[str, str]:
    return {"nickname": name, "from_email": f"{name}@example.com", "reply_to": f"{name}@example.com"}


def test_the_sandbox_is_walked_by_cursor_field_offset_and_next_url(sandbox_client: SendGrid) -> None:
    ids = [sandbox_client.verified_senders.create(body=VerifiedSenderRequest(**_sender(f"s{n}"))).id for n in range(5)]
    senders = sandbox_client.verified_senders.list(limit=2)
    assert [len(p.items) for p in senders.pages()] == [2, 2, 1] and [s.id for s in senders] == ids
    assert [s.name for s in sandbox_client.mail_settings.list(limit=4)] == [
        s.name for s in sandbox_client.mail_settings.list(limit=100).items
    ]
    assert [s.name for s in sandbox_client.partner_settings.list(limit=1)] == ["partner_name"]
    made = [
        sandbox_client.templates.create(body=TemplateCreate(name=f"t{n}", generation="dynamic")).id for n in range(3)
    ]
    assert [t.id for t in sandbox_client.templates.list(page_size=2, generations="dynamic")] == made


# -- the page's answer, and each body read once ---------------------------------------------------


def test_a_page_paged_in_its_body_offers_the_whole_decoded_answer() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        after = request.url.params.get("after_key")
        following = {"after_key": "k1"} if after is None else {}
        body = {"result": [after or "first"], "_metadata": {"next_params": following, "count": 2}}
        return httpx.Response(200, json=body)

    with _client(handler) as client:
        first = client.send_ips.subusers.list("192.0.2.1")
        assert first.items == ["first"]
        answer: Any = first.answer
        assert type(answer).__name__ == "SendIpSubuserList"  # the operation's model of the whole body
        assert answer.result == first.items
        assert answer.field_metadata.next_params.after_key == "k1"  # `_metadata`, as the model names it
        following_answer = first.next_page().answer
        assert isinstance(following_answer, type(answer)) and following_answer.result == ["k1"]


def test_a_page_whose_body_is_the_list_answers_with_its_records() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=[{"disabled": False, "id": 1, "username": "u", "email": "u@example.com"}])

    with _client(handler) as client:
        first = client.subusers.list(limit=5)
        assert first.answer is first.items and first.items[0].username == "u"


def test_each_body_is_read_as_json_once_by_the_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    """`admit` and `next` share one reading of the page (review finding: it was parsed twice more)."""
    from sendgrid_reseller._runtime import body_paging

    reads: list[bytes] = []

    def counted(response: httpx.Response) -> Any:
        reads.append(response.content)
        return json.loads(response.content)

    monkeypatch.setattr(body_paging, "read_json", counted)
    seen: list[httpx.Request] = []
    with _client(mail_settings_server(seen)) as client:
        assert len(list(client.mail_settings.list(limit=2))) == len(NAMES)
    assert len(seen) == 3 and len(reads) == 3  # pages of 2, 2 and 1 records: one reading each
