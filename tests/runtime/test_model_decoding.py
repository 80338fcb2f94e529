"""The generated `from_dict` (no copy, positional construction) decodes exactly as the earlier
copy-and-pop version did, and JSON bodies read with msgspec decode as httpx's `json()` does.

The reference below is the earlier semantics written once, generically: copy the mapping, pop each
declared field (a required one must be there, an absent optional one is UNSET), convert what is
present, build the model by keyword, and keep what is left over as additional properties.
"""

from __future__ import annotations

import ast
import copy
import datetime
import importlib
import inspect
import json
import math
import pkgutil
import textwrap
from collections.abc import Callable, Mapping
from typing import Any, Protocol, Self

import attrs
import httpx
import pytest
import sendgrid_reseller.models
from hypothesis import given, settings
from hypothesis import strategies as st
from sendgrid_reseller._runtime.errors import MalformedResponseError, UnexpectedStatus
from sendgrid_reseller._runtime.response import decoded_records, read_json
from sendgrid_reseller._runtime.wire_values import decode_boolean, decode_integer
from sendgrid_reseller.models import (
    Alert,
    BouncePurgeSetting,
    EventWebhook,
    PartnerAccount,
    SendIpPoolDetails,
    SendIpRegionCount,
    Subuser,
    V2Customer,
)
from sendgrid_reseller.types import UNSET

Convert = Callable[[Any], Any]


class DecodedModel(Protocol):
    """What every generated model has: `from_dict`, and the keys it did not declare."""

    additional_properties: dict[str, Any]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


def same(value: Any) -> Any:
    return value


def iso_datetime(value: Any) -> Any:
    return datetime.datetime.fromisoformat(value)


def nullable_datetime(value: Any) -> Any:
    """A `datetime | None` union: None stays None, a readable string is parsed, anything else is kept."""
    if value is None or not isinstance(value, str):
        return value
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        return value


def region_counts(value: Any) -> Any:
    return [reference_from_dict(SendIpRegionCount, item) for item in value]


# wire name -> (attribute, required, conversion, decoded: the wire value is kept in raw_values)
Fields = dict[str, tuple[str, bool, Convert, bool]]
FIELDS: dict[type, Fields] = {
    Subuser: {
        "disabled": ("disabled", True, same, False),
        "id": ("id", True, same, False),
        "username": ("username", True, same, False),
        "email": ("email", True, same, False),
        "region": ("region", False, same, False),
    },
    PartnerAccount: {
        "id": ("id", True, same, False),
        "created_at": ("created_at", True, iso_datetime, False),
        "email": ("email", False, same, False),
        "updated_at": ("updated_at", False, iso_datetime, False),
    },
    BouncePurgeSetting: {
        "enabled": ("enabled", False, same, False),
        "soft_bounces": ("soft_bounces", False, same, False),
        "hard_bounces": ("hard_bounces", False, same, False),
    },
    EventWebhook: {
        "id": ("id", False, same, False),
        "enabled": ("enabled", False, same, False),
        "url": ("url", False, same, False),
        "open": ("open_", False, same, False),
        "friendly_name": ("friendly_name", False, same, False),
        "created_date": ("created_date", False, nullable_datetime, False),
        "updated_date": ("updated_date", False, iso_datetime, False),
    },
    V2Customer: {
        "id": ("id", False, decode_integer, True),
        "active": ("active", False, decode_boolean, True),
        "username": ("username", False, same, False),
        "zip": ("zip_", False, same, False),
    },
    Alert: {
        "id": ("id", True, same, False),
        "type": ("type_", True, same, False),
        "email_to": ("email_to", True, same, False),
        "created_at": ("created_at", True, same, False),
        "frequency": ("frequency", False, same, False),
        "percentage": ("percentage", False, same, False),
    },
    SendIpPoolDetails: {
        "id": ("id", True, same, False),
        "name": ("name", True, same, False),
        "ips_preview": ("ips_preview", False, same, False),
        "ip_count_by_region": ("ip_count_by_region", False, region_counts, False),
    },
    SendIpRegionCount: {
        "region": ("region", False, same, False),
        "count": ("count", False, same, False),
    },
}


def reference_from_dict(cls: type, src: Mapping[str, Any]) -> Any:
    left = dict(src)
    values: dict[str, Any] = {}
    raw: dict[str, Any] = {}
    for wire, (attribute, required, convert, decoded) in FIELDS[cls].items():
        value = left.pop(wire) if required else left.pop(wire, UNSET)
        if value is not UNSET and decoded:
            raw[wire] = value
        values[attribute] = value if value is UNSET else convert(value)
    model = cls(**values)
    model.additional_properties = left
    if raw:
        model.raw_values.update(raw)
    return model


# -- values a JSON body can carry ---------------------------------------------------------------

json_scalars = st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False) | st.text()
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=8,
)
datetimes = st.datetimes(min_value=datetime.datetime(1990, 1, 1), max_value=datetime.datetime(2100, 1, 1)).map(
    lambda moment: moment.isoformat()
)
region_count = st.fixed_dictionaries({}, optional={"region": st.sampled_from(["eu", "us"]), "count": st.integers()})

VALUES: dict[type, dict[str, st.SearchStrategy[Any]]] = {
    Subuser: {"disabled": st.booleans(), "id": st.integers(), "username": st.text(), "email": st.text()},
    PartnerAccount: {"created_at": datetimes, "updated_at": datetimes},
    BouncePurgeSetting: {"soft_bounces": st.none() | st.integers(), "hard_bounces": st.none() | st.integers()},
    EventWebhook: {
        "friendly_name": st.none() | st.text(),
        "created_date": st.none() | datetimes | st.text(max_size=5),
        "updated_date": datetimes,
    },
    V2Customer: {
        "id": st.text(max_size=4) | st.sampled_from(["12", " 7 ", "0"]),
        "active": st.sampled_from(["1", "0", "true", "no", "x"]),
    },
    Alert: {
        "type": st.sampled_from(["stats_notification", "usage_limit"]),
        "frequency": st.sampled_from(["daily", "monthly", "weekly"]),
    },
    SendIpPoolDetails: {
        "ips_preview": st.lists(st.text(max_size=8), max_size=3),
        "ip_count_by_region": st.lists(region_count, max_size=3),
    },
    SendIpRegionCount: {"region": st.sampled_from(["eu", "us"])},
}


@st.composite
def wire_objects(draw: st.DrawFn, cls: type, optional: bool = True) -> dict[str, Any]:
    """A decoded JSON object for `cls`: required fields, some optional ones, maybe unknown keys
    (named extra-..., which no model declares)."""
    fields, values = FIELDS[cls], VALUES[cls]
    obj: dict[str, Any] = {}
    for wire, (_, required, _, _) in fields.items():
        if required or (optional and draw(st.booleans())):
            obj[wire] = draw(values.get(wire, json_values))
    extras = draw(st.dictionaries(st.text(max_size=8).map(lambda key: f"extra-{key}"), json_values, max_size=3))
    return {**extras, **obj} if draw(st.booleans()) else {**obj, **extras}


@pytest.mark.parametrize("cls", list(FIELDS), ids=lambda cls: cls.__name__)
@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_from_dict_matches_the_copy_and_pop_semantics(cls: type[DecodedModel], data: st.DataObject) -> None:
    src = data.draw(wire_objects(cls))
    before = copy.deepcopy(src)
    decoded = cls.from_dict(src)
    expected = reference_from_dict(cls, src)
    assert type(decoded) is cls
    assert decoded == expected  # every field, additional_properties and raw_values (attrs eq)
    assert decoded.additional_properties == {key: value for key, value in src.items() if key not in FIELDS[cls]}
    assert decoded.additional_properties is not src  # a dict of its own: changing it leaves the body alone
    assert src == before  # the source mapping is read, never changed


@pytest.mark.parametrize("cls", list(FIELDS), ids=lambda cls: cls.__name__)
@settings(max_examples=20, deadline=None)
@given(data=st.data())
def test_absent_optional_fields_are_unset(cls: type[DecodedModel], data: st.DataObject) -> None:
    decoded = cls.from_dict(data.draw(wire_objects(cls, optional=False)))
    for attribute, required, _, _ in FIELDS[cls].values():
        if not required:
            assert getattr(decoded, attribute) is UNSET
    if attrs.has(cls) and "raw_values" in attrs.fields_dict(cls):
        assert getattr(decoded, "raw_values", None) == {}


def test_a_missing_required_field_raises_key_error_naming_it() -> None:
    with pytest.raises(KeyError, match="email"):
        Subuser.from_dict({"disabled": False, "id": 1, "username": "u"})


def test_nested_models_and_datetimes_are_typed() -> None:
    pool = SendIpPoolDetails.from_dict(
        {"id": "p", "name": "n", "ip_count_by_region": [{"region": "eu", "count": 2, "extra": 1}]}
    )
    assert isinstance(pool.ip_count_by_region, list)
    (region,) = pool.ip_count_by_region
    assert isinstance(region, SendIpRegionCount) and region.count == 2 and region.additional_properties == {"extra": 1}
    account = PartnerAccount.from_dict({"id": "a", "created_at": "2024-05-06T07:08:09"})
    assert account.created_at == datetime.datetime(2024, 5, 6, 7, 8, 9)


def test_an_unknown_enum_value_is_refused() -> None:
    with pytest.raises(TypeError, match="no-such-type"):
        Alert.from_dict({"id": 1, "type": "no-such-type", "email_to": "a@example.com", "created_at": 1})


def test_additional_properties_of_a_record_are_its_own() -> None:
    src = {"disabled": False, "id": 1, "username": "u", "email": "e", "note": "x"}
    first, second = Subuser.from_dict(src), Subuser.from_dict(src)
    first.additional_properties["note"] = "changed"
    assert second["note"] == "x" and src["note"] == "x"
    plain = Subuser.from_dict({"disabled": False, "id": 1, "username": "u", "email": "e"})
    plain["added"] = 1
    assert Subuser.from_dict({"disabled": False, "id": 2, "username": "v", "email": "f"}).additional_properties == {}


def _from_dict_calls() -> list[tuple[str, type, list[str]]]:
    """Every generated model with the positional arguments its from_dict passes to the class."""
    found = []
    for info in pkgutil.iter_modules(sendgrid_reseller.models.__path__):
        module = importlib.import_module(f"sendgrid_reseller.models.{info.name}")
        for cls in vars(module).values():
            if not (isinstance(cls, type) and attrs.has(cls) and cls.__module__ == module.__name__):
                continue
            from_dict = getattr(cls, "from_dict", None)
            assert from_dict is not None, f"{cls.__name__} has no from_dict"
            tree = ast.parse(textwrap.dedent(inspect.getsource(from_dict)))
            calls = [
                node
                for node in ast.walk(tree)
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "cls"
            ]
            assert len(calls) == 1, f"{cls.__name__}.from_dict should build the model once"
            (call,) = calls
            assert not call.keywords, f"{cls.__name__}.from_dict passes keywords"
            found.append((cls.__name__, cls, [arg.id for arg in call.args if isinstance(arg, ast.Name)]))
    return found


def test_every_model_passes_its_fields_in_the_order_its_init_takes_them() -> None:
    """Positional construction is only right if the order matches attrs' __init__, for every model."""
    calls = _from_dict_calls()
    assert len(calls) > 100
    for name, cls, arguments in calls:
        init_order = [field.alias for field in attrs.fields(cls) if field.init]
        assert arguments == init_order, f"{name}.from_dict passes {arguments}, __init__ takes {init_order}"


# -- JSON bodies ----------------------------------------------------------------------------------


def _response(content: bytes) -> httpx.Response:
    return httpx.Response(200, content=content, request=httpx.Request("GET", "https://api.sendgrid.com/v3/x"))


def _same_json(left: Any, right: Any) -> bool:
    """Equal, with floats compared bit for bit (so -0.0 and 0.0 differ) and types kept apart."""
    if type(left) is not type(right):
        return False
    if isinstance(left, float):
        if math.isnan(left):
            return math.isnan(right)
        return left == right and math.copysign(1.0, left) == math.copysign(1.0, right)
    if isinstance(left, list):
        return len(left) == len(right) and all(_same_json(a, b) for a, b in zip(left, right, strict=True))
    if isinstance(left, dict):
        return list(left) == list(right) and all(_same_json(left[key], right[key]) for key in left)
    return bool(left == right)


@settings(max_examples=300, deadline=None)
@given(value=json_values, ensure_ascii=st.booleans())
def test_read_json_decodes_as_httpx_json_does(value: Any, ensure_ascii: bool) -> None:
    response = _response(json.dumps(value, ensure_ascii=ensure_ascii).encode())
    assert _same_json(read_json(response), response.json())


@pytest.mark.parametrize(
    "content",
    [
        b'{"n": NaN, "i": Infinity}',  # json accepts these, msgspec does not
        b"[123456789012345678901234567890, -9223372036854775809]",  # beyond 64 bits: exact ints
        b"[1e400, -1e400]",  # beyond a float: json gives infinities
        "\ufeff[1]".encode(),  # a UTF-8 byte order mark
        '{"a": "\u00e9"}'.encode("utf-16"),  # another encoding (httpx detects it)
        b'["\\ud800"]',  # a lone surrogate
        b'{"a": 1, "a": 2}',  # a repeated key: the last one wins
    ],
)
def test_read_json_falls_back_to_httpx_for_what_msgspec_refuses(content: bytes) -> None:
    response = _response(content)
    assert _same_json(read_json(response), response.json())


@pytest.mark.parametrize("content", [b"", b"{", b"[1,]", b"nul", b"\xff\xfe\x00"])
def test_read_json_raises_httpxs_error_for_invalid_json(content: bytes) -> None:
    with pytest.raises(ValueError) as ours:
        read_json(_response(content))
    with pytest.raises(ValueError) as theirs:
        _response(content).json()
    assert type(ours.value) is type(theirs.value)
    assert str(ours.value) == str(theirs.value)


# -- list pages decoded record by record (list_items) ---------------------------------------------

RECORD = {"disabled": False, "id": 1, "username": "u", "email": "e@example.com"}


def test_decoded_records_yields_each_record_typed() -> None:
    body = json.dumps([RECORD, {**RECORD, "id": 2, "extra": True}]).encode()
    records = list(decoded_records(_response(body), Subuser.from_dict))
    assert records == [Subuser.from_dict(RECORD), Subuser.from_dict({**RECORD, "id": 2, "extra": True})]


def test_a_record_that_does_not_decode_fails_when_reached() -> None:
    body = json.dumps([RECORD, {"id": 2}]).encode()
    records = decoded_records(_response(body), Subuser.from_dict)
    assert next(records).id == 1
    with pytest.raises(MalformedResponseError) as caught:
        next(records)
    assert "'disabled' is missing" in caught.value.reason and isinstance(caught.value.__cause__, KeyError)


@pytest.mark.parametrize(("content", "reason"), [(b"<html>", "not valid JSON"), (b'{"a": 1}', "documented shape")])
def test_a_page_that_is_not_a_json_list_fails_before_any_record(content: bytes, reason: str) -> None:
    with pytest.raises(MalformedResponseError, match=reason):
        next(decoded_records(_response(content), Subuser.from_dict))


def test_a_status_other_than_200_is_unexpected() -> None:
    response = httpx.Response(203, content=b"[]", request=httpx.Request("GET", "https://api.sendgrid.com/v3/x"))
    with pytest.raises(UnexpectedStatus):
        next(decoded_records(response, Subuser.from_dict))
