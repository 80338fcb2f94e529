"""How the reference finds each operation's Python name: plain methods, and descriptors naming their endpoint."""

from __future__ import annotations

import importlib
import sys
from functools import cached_property
from typing import Any

import pytest
from sendgrid_reseller import Client
from sendgrid_reseller._runtime.group import Group
from sendgrid_reseller.api.customer_management import update_customer_email

from tests.docs.site_tools import REPOSITORY

sys.path.insert(0, str(REPOSITORY / "docs" / "hooks"))
api_catalog = importlib.import_module("api_catalog")
examples = importlib.import_module("examples")
CUSTOMERS = "sendgrid_reseller.api.customer_management"


class EndpointDescriptor:
    """The descriptor shape earlier generated groups used: it names its endpoint module and function."""

    def __init__(self, module: str, attribute: str) -> None:
        self._location = (module, attribute)

    def __get__(self, group: Group, owner: type | None = None) -> Any:
        return getattr(importlib.import_module(self._location[0]), self._location[1])


class CustomersWithMethods(Group):
    """The shape the generated groups have now: real methods calling their endpoint module."""

    def update_email(self, **arguments: Any) -> Any:
        return update_customer_email.sync(self._client, **arguments)

    def unrelated(self) -> str:
        return "no endpoint named here"


class Root(Group):
    create = EndpointDescriptor(f"{CUSTOMERS}.create_customer", "sync")
    create_detailed = EndpointDescriptor(f"{CUSTOMERS}.create_customer", "sync_detailed")

    @cached_property
    def customers(self) -> CustomersWithMethods:
        return CustomersWithMethods(self._client)


@pytest.fixture
def operations() -> dict[str, Any]:
    found = api_catalog._operations_of(importlib.import_module(CUSTOMERS))
    return {operation.name: operation for operation in found}


def test_descriptors_and_plain_methods_are_both_found(operations: dict[str, Any]) -> None:
    found: list[tuple[str, tuple[str, str], str | None]] = []
    with Client(api_key="SG.test") as client:
        api_catalog._walk(Root(client), "client", operations, set(), found)
    by_path = {path: (target, rendered) for path, target, rendered in found}
    assert by_path["client.create"] == ((f"{CUSTOMERS}.create_customer", "sync"), None)
    assert by_path["client.create_detailed"] == ((f"{CUSTOMERS}.create_customer", "sync_detailed"), None)
    assert by_path["client.customers.update_email"] == (
        (f"{CUSTOMERS}.update_customer_email", "update_email"),
        f"{__name__}.CustomersWithMethods.update_email",
    )
    assert "client.customers.unrelated" not in by_path


def test_the_real_client_names_every_operation_once() -> None:
    groups = api_catalog.load_groups(REPOSITORY / "spec" / "openapi.yaml")
    names = [operation.friendly for group in groups for operation in group.operations]
    assert len(names) == len(set(names)) and all(name.startswith("client.") for name in names)
    email = next(op for group in groups for op in group.operations if op.name == "update_customer_email")
    assert email.friendly == "client.reseller.customers.update_email"
    assert "client.reseller.customers.update_email_detailed" in email.variants


def test_an_operation_without_a_python_name_fails_the_build(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(api_catalog, "_walk", lambda *arguments: None)
    with pytest.raises(api_catalog.CatalogError, match="no friendly method found"):
        api_catalog.load_groups(REPOSITORY / "spec" / "openapi.yaml")


def test_a_missing_tag_is_reported_with_the_spec_path(tmp_path: Any) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text("tags:\n  - {name: Subusers}\n", encoding="utf-8")
    with pytest.raises(api_catalog.CatalogError, match=r"openapi.yaml#/tags: no tag for .*customer_management"):
        api_catalog.load_groups(spec)


def test_the_example_is_what_the_wire_request_was_recorded_from(operations: dict[str, Any]) -> None:
    operation = operations["update_customer_email"]
    operation.friendly = "client.reseller.customers.update_email"
    example = examples.example_for(operation)
    assert "client.reseller.customers.update_email(" in example.code
    wire = examples.wire_request(operation, example)
    assert wire.splitlines()[0] == "POST /apiv2/reseller.manage.json HTTP/1.1"
    assert {"method=profile", "task=setEmail", "api_key=<your password>"} <= set(wire.splitlines())
    assert examples.EXAMPLE_KEY not in wire and examples.EXAMPLE_USER not in wire


def test_an_example_that_fails_stops_the_build(operations: dict[str, Any]) -> None:
    operation = operations["update_customer_email"]
    broken = examples.Example("v2", "result = client.reseller.customers.no_such_method()", ())
    with pytest.raises(api_catalog.CatalogError, match="the example of update_customer_email fails"):
        examples.wire_request(operation, broken)
