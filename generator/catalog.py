"""What the generator knows about each operation beyond what openapi-python-client keeps.

openapi-python-client's templates never see `x-` extensions, nor which fields are fixed
discriminators, so the lowering stage records them here; templates and generated data modules
read this catalog instead.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from openapi_python_client.strings import PythonIdentifier

IDEMPOTENT_METHODS = frozenset({"get", "head", "options", "put", "delete"})
# Names the endpoint template gives its own arguments and locals (overlays/templates/
# endpoint_module.py.jinja): a parameter spelt like one is renamed `<name>_<location>` in Python
# (openapi-python-client's own rule for `client` and `url`); its wire name stays.
RESERVED_PARAMETER_NAMES = frozenset(
    {"client", "url", "body", "options", "kwargs", "response", "headers", "cookies", "params", "quote", "cast",
     "httpx", "errors", "page", "records", "item"}
)  # fmt: skip


@dataclass(frozen=True)
class OperationInfo:
    operation_id: str
    tag: str
    http_method: str
    path_key: str
    wire_path: str
    api: str  # "v2" (RPC-style reseller calls) or "v3"
    fixed_fields: dict[str, str] = field(default_factory=dict)
    fixed_in: str = "data"  # "data" (form body) or "params" (query string)
    idempotent: bool = False
    paginated: bool = False
    client_path: str = ""
    summary: str = ""
    models: tuple[str, ...] = ()
    redirect: bool = False  # only a 3XX answer is documented: the call returns its Location

    @property
    def module(self) -> str:
        """The endpoint's name as openapi-python-client spells it (`endpoint.name` in templates, the
        module's file name): `ListAlert` -> `list_alert`, `list` -> `list_`."""
        return python_identifier(self.operation_id, "field_")

    @property
    def tag_module(self) -> str:
        return python_identifier(self.tag, "tag")

    def as_template_data(self) -> dict[str, Any]:
        data = asdict(self)
        data["module"] = self.module
        data["tag_module"] = self.tag_module
        return data


def python_identifier(value: str, prefix: str, keep_case: bool = False) -> str:
    """openapi-python-client's own spelling of a name as an identifier (snake case unless
    `keep_case`, reserved words suffixed, `prefix` before what cannot start one): the single
    source of module and lookup keys."""
    return str(PythonIdentifier(value, prefix=prefix, skip_snake_case=keep_case))
