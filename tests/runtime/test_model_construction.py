"""How the generated `from_dict` builds a model: for the class itself, a bare instance
(`object.__new__`) and one store per attrs field, without calling `__init__`; for a subclass,
through the subclass's own `__init__`. Either way the model is the same public attrs class with
the same fields, additional properties, errors and round trip.

The bare-instance path is only right while every model is what it assumes: slotted, not frozen,
no validators, converters, on_setattr hooks or pre/post-init, every non-init field a fresh dict.
The structural tests below check that for every generated model, and that each model's fast
path stores every one of its attrs fields.
"""

from __future__ import annotations

import ast
import copy
import datetime
import importlib
import inspect
import pkgutil
import textwrap
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
import sendgrid_reseller.models
from sendgrid_reseller.models import (
    Alert,
    PartnerAccount,
    SendIpPoolDetails,
    SendIpRegionCount,
    Subuser,
    V2Customer,
)
from sendgrid_reseller.types import UNSET


def _models() -> Iterator[type]:
    for info in pkgutil.iter_modules(sendgrid_reseller.models.__path__):
        module = importlib.import_module(f"sendgrid_reseller.models.{info.name}")
        for value in vars(module).values():
            if isinstance(value, type) and attrs.has(value) and value.__module__ == module.__name__:
                yield value


MODELS = sorted(_models(), key=lambda cls: cls.__name__)

# Wire objects that decode, one or more per kind of field: plain, optional, nested list of models,
# date-time, enum, x-sendgrid-decode (raw_values), unknown keys.
SAMPLES: list[tuple[Any, dict[str, Any]]] = [
    (Subuser, {"disabled": False, "id": 7, "username": "alice", "email": "a@example.com", "region": "eu"}),
    (Subuser, {"disabled": True, "id": 8, "username": "bob", "email": "b@example.com"}),
    (Subuser, {"note": "x", "disabled": False, "id": 9, "username": "c", "email": "c@example.com", "tags": [1]}),
    (PartnerAccount, {"id": "a", "created_at": "2024-05-06T07:08:09", "updated_at": "2024-05-07T00:00:00+00:00"}),
    (
        SendIpPoolDetails,
        {"id": "p", "name": "n", "ips_preview": ["1.2.3.4"], "ip_count_by_region": [{"region": "eu", "count": 2}]},
    ),
    (Alert, {"id": 1, "type": "usage_limit", "email_to": None, "created_at": 5, "percentage": 90}),
    (V2Customer, {"id": "12", "active": "1", "username": "cust", "zip": "12345", "extra": {"k": "v"}}),
]
SAMPLE_IDS = [f"{cls.__name__}-{index}" for index, (cls, _) in enumerate(SAMPLES)]


def _subclass(cls: Any) -> Any:
    """A caller's attrs subclass with one field of its own (which only its __init__ sets)."""
    return attrs.define(type(f"Extended{cls.__name__}", (cls,), {"__annotations__": {"note": "str"}, "note": "n"}))


def _fields(model: Any) -> dict[str, Any]:
    return {field.name: getattr(model, field.name) for field in attrs.fields(type(model))}


# -- the fast path: the class itself --------------------------------------------------------------


def test_the_class_itself_is_built_without_calling_init(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: Subuser, *args: Any, **kwargs: Any) -> None:
        raise AssertionError("Subuser.from_dict called __init__")

    monkeypatch.setattr(Subuser, "__init__", refuse)
    subuser = Subuser.from_dict({"disabled": False, "id": 1, "username": "u", "email": "e", "extra": 2})
    assert (subuser.disabled, subuser.id, subuser.username, subuser.email) == (False, 1, "u", "e")
    assert subuser.region is UNSET and subuser.additional_properties == {"extra": 2}


@pytest.mark.parametrize(("cls", "src"), SAMPLES, ids=SAMPLE_IDS)
def test_the_fast_path_builds_what_init_builds(cls: Any, src: dict[str, Any]) -> None:
    """The bare instance holds the same values as the model __init__ builds (via a subclass)."""
    fast = cls.from_dict(src)
    through_init = _subclass(cls).from_dict(src)
    assert type(fast) is cls
    assert {name: value for name, value in _fields(through_init).items() if name != "note"} == _fields(fast)


@pytest.mark.parametrize(("cls", "src"), SAMPLES, ids=SAMPLE_IDS)
def test_from_dict_leaves_the_source_alone(cls: Any, src: dict[str, Any]) -> None:
    before = copy.deepcopy(src)
    model = cls.from_dict(src)
    assert src == before and list(src) == list(before)  # not consumed, not reordered
    assert model.additional_properties is not src
    model.additional_properties["added"] = 1
    assert "added" not in src
    assert cls.from_dict(src).additional_properties is not model.additional_properties


@pytest.mark.parametrize(("cls", "src"), SAMPLES, ids=SAMPLE_IDS)
def test_to_dict_of_from_dict_is_the_source(cls: Any, src: dict[str, Any]) -> None:
    assert cls.from_dict(src).to_dict() == src


def test_unknown_keys_are_additional_properties_and_absent_optional_fields_unset() -> None:
    subuser = Subuser.from_dict({"disabled": False, "id": 1, "username": "u", "email": "e", "plan": {"a": 1}})
    assert subuser.additional_properties == {"plan": {"a": 1}} and subuser["plan"] == {"a": 1}
    assert subuser.region is UNSET and "region" not in subuser.to_dict()
    plain = Subuser.from_dict({"disabled": False, "id": 1, "username": "u", "email": "e"})
    assert plain.additional_properties == {}
    assert Subuser.from_dict({"disabled": False, "id": 2, "username": "v", "email": "f"}).additional_properties == {}
    plain["added"] = 1  # each record's dict is its own
    assert Subuser.from_dict({"disabled": False, "id": 3, "username": "w", "email": "g"}).additional_properties == {}


def test_nested_models_lists_dates_and_decoded_values_are_typed() -> None:
    pool = SendIpPoolDetails.from_dict(
        {"id": "p", "name": "n", "ip_count_by_region": [{"region": "eu", "count": 2, "extra": 1}, {"count": 3}]}
    )
    assert isinstance(pool.ip_count_by_region, list)
    first, second = pool.ip_count_by_region
    assert type(first) is SendIpRegionCount and first.count == 2 and first.additional_properties == {"extra": 1}
    assert second.region is UNSET and second.count == 3
    assert pool.ips_preview is UNSET and pool.total_ip_count is UNSET
    account = PartnerAccount.from_dict({"id": "a", "created_at": "2024-05-06T07:08:09"})
    assert account.created_at == datetime.datetime(2024, 5, 6, 7, 8, 9) and account.updated_at is UNSET
    customer = V2Customer.from_dict({"id": "12", "active": "0"})
    assert (customer.id, customer.active) == (12, False)
    assert customer.raw_values == {"id": "12", "active": "0"} and customer.username is UNSET
    assert V2Customer.from_dict({}).raw_values == {}


@pytest.mark.parametrize(
    ("cls", "src", "error", "match"),
    [
        (Subuser, {"disabled": False, "id": 1, "username": "u"}, KeyError, "email"),
        (Subuser, [("disabled", False)], TypeError, "list indices"),
        (
            SendIpPoolDetails,
            {"id": "p", "name": "n", "ip_count_by_region": [["eu", 2]]},
            AttributeError,
            "'list' object has no attribute 'get'",
        ),
        (Alert, {"id": 1, "type": "no-such-type", "email_to": "a", "created_at": 1}, TypeError, "no-such-type"),
        (PartnerAccount, {"id": "a", "created_at": "yesterday"}, ValueError, None),
    ],
    ids=["missing-required", "not-a-mapping", "nested-not-a-mapping", "unknown-enum", "bad-date-time"],
)
def test_bad_input_raises_the_same_errors(cls: Any, src: Any, error: type[Exception], match: str | None) -> None:
    with pytest.raises(error, match=match):
        cls.from_dict(src)
    with pytest.raises(error, match=match):
        _subclass(cls).from_dict(src)


# -- subclasses: built through their own __init__ --------------------------------------------------


def test_a_subclass_is_built_through_its_own_init() -> None:
    calls: list[tuple[Any, ...]] = []

    class Recorded(Subuser):
        def __init__(self, *args: Any) -> None:
            calls.append(args)
            super().__init__(*args)

    recorded = Recorded.from_dict({"disabled": False, "id": 1, "username": "u", "email": "e", "extra": 1})
    assert type(recorded) is Recorded
    assert calls == [(False, 1, "u", "e", UNSET)]
    assert recorded.additional_properties == {"extra": 1}


def test_an_attrs_subclass_gets_its_own_fields() -> None:
    extended = _subclass(Subuser).from_dict({"disabled": True, "id": 2, "username": "u", "email": "e"})
    assert type(extended).__name__ == "ExtendedSubuser"
    assert extended.note == "n" and extended.disabled is True and extended.additional_properties == {}


# -- what the fast path assumes, for every generated model ----------------------------------------


def test_every_model_is_what_the_fast_path_assumes() -> None:
    assert len(MODELS) > 100
    for cls in MODELS:
        name = cls.__name__
        assert "__slots__" in cls.__dict__, f"{name} is not slotted"
        assert vars(cls).get("__setattr__", object.__setattr__) is object.__setattr__, f"{name} hooks setattr"
        assert cls.__mro__[1:] == (object,), f"{name} inherits"
        for hook in ("__attrs_pre_init__", "__attrs_post_init__", "__attrs_init__"):
            assert not hasattr(cls, hook), f"{name} has {hook}"
        for field in attrs.fields(cls):
            assert field.validator is None and field.converter is None, f"{name}.{field.name} is checked"
            assert field.on_setattr is None, f"{name}.{field.name} has on_setattr"
            if not field.init:
                assert field.default == attrs.Factory(dict), f"{name}.{field.name} is not a fresh dict"


def _fast_path_stores(cls: Any) -> list[str]:
    """The attributes from_dict's `if cls is <the class>:` branch stores, in order."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(cls.from_dict)))
    branches = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.If)
        and isinstance(node.test, ast.Compare)
        and isinstance(node.test.left, ast.Name)
        and node.test.left.id == "cls"
        and isinstance(node.test.ops[0], ast.Is)
        and isinstance(node.test.comparators[0], ast.Name)
        and node.test.comparators[0].id == cls.__name__
    ]
    assert len(branches) == 1, f"{cls.__name__}.from_dict has no `if cls is {cls.__name__}:` branch"
    (branch,) = branches
    return [
        target.attr
        for statement in branch.body
        if isinstance(statement, ast.Assign)
        for target in statement.targets
        if isinstance(target, ast.Attribute)
    ]


def test_every_models_fast_path_stores_each_field_once() -> None:
    for cls in MODELS:
        stores = _fast_path_stores(cls)
        assert stores == [field.name for field in attrs.fields(cls)], f"{cls.__name__}.from_dict stores {stores}"


def test_a_model_with_many_optional_fields_finds_its_additional_keys() -> None:
    """V2Customer (13 optional fields) finds unknown keys by one pass over the keys, not per field."""
    assert V2Customer.from_dict({"username": "u", "zip": "1", "website": "w"}).additional_properties == {}
    assert V2Customer.from_dict({}).additional_properties == {}
    mixed = V2Customer.from_dict({"username": "u", "plan": "p", "zip": "1", "credits": 5})
    assert mixed.additional_properties == {"plan": "p", "credits": 5} and mixed.zip_ == "1"
