"""Issue 18 item 2: the Python half of the API snapshot is read back from the generated code.

The oracle here is independent of griffe: the package imported for real, each public module's
`__all__` (or public names) resolved at run time.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path
from typing import Any

import pytest

from generator.paths import DEFAULT_OUT, DISTRIBUTION
from generator.versioning import exported_classes, read_python_api

PACKAGE = DEFAULT_OUT / DISTRIBUTION


@pytest.fixture(scope="module")
def api() -> dict[str, Any]:
    return read_python_api(PACKAGE)


def _public_modules() -> list[str]:
    import sendgrid_reseller

    names = ["sendgrid_reseller"]
    for info in pkgutil.walk_packages(sendgrid_reseller.__path__, "sendgrid_reseller."):
        if not any(part.startswith("_") for part in info.name.split(".")):
            names.append(info.name)
    return names


def _runtime_exported_classes() -> set[str]:
    found = set()
    for name in _public_modules():
        module = importlib.import_module(name)
        exported = getattr(module, "__all__", None)
        if exported is None:
            exported = [
                n
                for n, value in vars(module).items()
                if not n.startswith("_") and getattr(value, "__module__", None) == module.__name__
            ]
        for attribute in exported:
            if inspect.isclass(getattr(module, attribute)):
                found.add(f"{name}.{attribute}")
    return found


def test_snapshot_lists_exactly_the_classes_the_package_exports(api: dict[str, Any]) -> None:
    runtime = _runtime_exported_classes()
    recorded = exported_classes(api)
    assert recorded == runtime, (sorted(runtime - recorded)[:10], sorted(recorded - runtime)[:10])
    # What the spec-derived list got wrong (issue 18): generated names present, others absent.
    models = api["exports"]["sendgrid_reseller.models"]
    assert {"CreateCustomerFormFreeUser", "WebhookSecurityOAuth"} <= set(models)
    assert "sendgrid_reseller.models.WebhookSecurityOAuth" in recorded
    assert not {"ListMonitorRecordsForm", "ListResellerWhitelabelsForm"} & set(models)


def test_friendly_methods_carry_the_endpoint_signature(api: dict[str, Any]) -> None:
    from sendgrid_reseller import SendGrid

    group = api["objects"]["sendgrid_reseller.SendGrid.subusers"]
    listed = group["methods"]["list"]
    names = [p["name"] for p in listed["parameters"]]
    runtime = inspect.signature(SendGrid(api_key="SG.x").subusers.list).parameters
    assert names == list(runtime)
    # The friendly method is a copy of the endpoint function's signature (generator/api_map.py).
    from sendgrid_reseller.api.subusers import list_subusers

    assert names == [n for n in inspect.signature(list_subusers.page).parameters if n != "client"]


def test_model_fields_are_recorded_with_their_annotations(api: dict[str, Any]) -> None:
    import attrs
    from sendgrid_reseller.models import Subuser

    fields = api["objects"]["sendgrid_reseller.models.Subuser"]["fields"]
    runtime = {f.name for f in attrs.fields(Subuser)}
    assert runtime <= set(fields)
    assert fields["id"] == {"required": True, "type": "int"}


def test_an_unreadable_package_is_a_clear_error(tmp_path: Path) -> None:
    from generator.errors import GeneratorError

    with pytest.raises(GeneratorError, match="no package to read the Python API from"):
        read_python_api(tmp_path)
