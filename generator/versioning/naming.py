"""The Python names of wire things (operations, parameters, body fields), read from a Python API
snapshot: the endpoint module that declares `OPERATION = Operation(name="<operationId>", ...)`,
the friendly method that wraps its `sync`, the model its `sync` takes or returns."""

from __future__ import annotations

import re
from typing import Any

from generator.versioning.python_diff import identifiers, short
from generator.versioning.python_diff import parameters as signature_parameters

_OPERATION_NAME = re.compile(r"""\bname=['"]([^'"]+)['"]""")


class Namer:
    """Python names for a wire snapshot's operation ids; empty strings when the code has none."""

    def __init__(self, *apis: dict[str, Any]) -> None:
        self.modules: dict[str, str] = {}  # operationId -> endpoint module path
        self.friendly: dict[str, str] = {}  # endpoint module path -> `client.x.y`
        self.objects: dict[str, dict[str, Any]] = {}
        for api in apis:
            self._learn(api)

    def _learn(self, api: dict[str, Any]) -> None:
        objects = api.get("objects", {})
        self.objects = {**objects, **self.objects}
        for path, entry in objects.items():
            if path.endswith(".OPERATION") and entry.get("kind") == "attribute":
                match = _OPERATION_NAME.search(entry.get("value", ""))
                if match:
                    self.modules.setdefault(match.group(1), path.removesuffix(".OPERATION"))
            for method, signature in (entry.get("methods") or {}).items():
                target = signature.get("target", "")
                if target.endswith(".sync") and path.startswith("sendgrid_reseller.SendGrid."):
                    self.friendly.setdefault(target.removesuffix(".sync"), short(f"{path}.{method}"))

    def key(self, op_id: str) -> str:
        module = self.modules.get(op_id)
        return f"op:{module}" if module else f"wire-op:{op_id}"

    def operation(self, op_id: str) -> str:
        """`client.subusers.list` (else the endpoint module's `sync`), or "" when unknown."""
        module = self.modules.get(op_id)
        if not module:
            return ""
        return self.friendly.get(module) or short(f"{module}.sync")

    def _sync(self, op_id: str) -> dict[str, Any]:
        module = self.modules.get(op_id)
        return self.objects.get(f"{module}.sync", {}) if module else {}

    def parameter(self, op_id: str, wire_name: str) -> str:
        """The Python parameter for a wire parameter (`query:include_region` -> `include_region`)."""
        parameters = signature_parameters(self._sync(op_id))
        bare = wire_name.split(":", 1)[-1]
        candidates = [bare, re.sub(r"[^0-9a-zA-Z]+", "_", bare).strip("_").lower()]
        candidates.append(re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", bare).lower())
        return next((c for c in candidates if c in parameters), "")

    def _model(self, annotation: str) -> str:
        for name in identifiers(annotation):
            entry = self.objects.get(f"sendgrid_reseller.models.{name}")
            if entry and entry.get("kind") == "class":
                return name
        return ""

    def field(self, op_id: str, role: str, field_path: str) -> str:
        """`Subuser.region` for a body field path such as `[].region` of `op_id`'s request or response."""
        sync = self._sync(op_id)
        if not sync:
            return ""
        body = signature_parameters(sync).get("body", {})
        annotation = body.get("type", "") if role == "input" else sync.get("returns", "")
        model = self._model(annotation)
        steps = [step for step in field_path.replace("[]", "").split(".") if step]
        for step in steps[:-1]:
            fields = self.objects.get(f"sendgrid_reseller.models.{model}", {}).get("fields", {})
            model = self._model(fields.get(step, {}).get("type", "")) if step in fields else ""
            if not model:
                return ""
        fields = self.objects.get(f"sendgrid_reseller.models.{model}", {}).get("fields", {}) if model else {}
        return f"{model}.{steps[-1]}" if steps and steps[-1] in fields else ""
