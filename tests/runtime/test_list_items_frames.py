"""`list_items()` on a list of models hands back the runtime's record generator itself
(listing.each_decoded_record): each record passes through one generator frame on its way to the
caller, not two (issue 17: the endpoint's `yield from` layer cost about 17 ns a record, half a
percent of a 100,000-record walk). The call's arguments are still checked on the first step."""

from __future__ import annotations

import inspect
import sys
from types import FrameType
from typing import Any

import httpx
import pytest
from sendgrid_reseller._runtime import listing
from sendgrid_reseller.errors import InvalidRequestError, MalformedResponseError
from sendgrid_reseller.models.subuser import Subuser

from tests.runtime.support import V3_API_KEY
from tests.surface.support import sync_client

RECORDS = [{"username": f"user{n}", "email": f"user{n}@example.com", "id": n, "disabled": False} for n in range(3)]


def two_pages(requests: list[httpx.Request]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        if "offset" in request.url.params:
            return httpx.Response(200, json=RECORDS[2:])
        next_page = '<http://api.sendgrid.com/v3/subusers?limit=2&offset=2>; rel="next"'
        return httpx.Response(200, json=RECORDS[:2], headers={"Link": next_page})

    return handler


def generator_frames_below(frame: FrameType | None, stop: FrameType) -> int:
    """Generator frames between `frame` and the caller's frame `stop`."""
    count = 0
    while frame is not None and frame is not stop:
        count += bool(frame.f_code.co_flags & inspect.CO_GENERATOR)
        frame = frame.f_back
    return count


def test_each_record_is_decoded_one_generator_frame_below_the_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    decode = Subuser.from_dict
    layers: list[int] = []
    caller = sys._getframe()

    def counting(cls: type[Subuser], source: Any) -> Subuser:
        layers.append(generator_frames_below(sys._getframe(1), caller))
        return decode(source)

    monkeypatch.setattr(Subuser, "from_dict", classmethod(counting))
    requests: list[httpx.Request] = []
    with sync_client(two_pages(requests), api_key=V3_API_KEY) as client:
        records = client.subusers.list_items(limit=2)
        assert inspect.getgeneratorstate(records) == inspect.GEN_CREATED  # type: ignore[arg-type]
        assert getattr(records, "gi_code", None) is listing.each_decoded_record.__code__
        assert [record.id for record in records] == [0, 1, 2]
    assert layers == [1, 1, 1]
    assert len(requests) == 2


def test_arguments_are_still_checked_on_the_first_step_not_at_the_call() -> None:
    requests: list[httpx.Request] = []
    with sync_client(two_pages(requests), api_key=V3_API_KEY) as client:
        records = client.subusers.list_items(limit=501)  # nothing checked or sent yet
        assert requests == []
        with pytest.raises(InvalidRequestError):
            next(records)
    assert requests == []


def test_a_bad_record_still_fails_when_reached() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=[RECORDS[0], {"id": 9}])

    with sync_client(handler, api_key=V3_API_KEY) as client:
        records = client.subusers.list_items(limit=2)
        assert next(records).id == 0
        with pytest.raises(MalformedResponseError, match="disabled"):
            next(records)
