"""What the generator knows about each operation beyond what openapi-python-client keeps.

openapi-python-client's templates never see `x-` extensions, nor which fields are fixed
discriminators, so the lowering stage records them here; templates and generated data modules
read this catalog instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from openapi_python_client.strings import PythonIdentifier

IDEMPOTENT_METHODS = frozenset({"get", "head", "options", "put", "delete"})
# Names the endpoint template gives its own arguments and locals (overlays/templates/
# endpoint_module.py.jinja): a parameter spelt like one is renamed `<name>_<location>` in Python
# (openapi-python-client's own rule for `client` and `url`); its wire name stays.
RESERVED_PARAMETER_NAMES = frozenset(
    {"client", "url", "body", "options", "kwargs", "response", "headers", "cookies", "params", "quote", "cast",
     "httpx", "errors", "page", "records", "item", "page_token"}
)  # fmt: skip
# `x-pagination` (spec/README.md): the keys each paging style takes besides `style`, `items` and
# `limit`, as (required, optional) sets; the cursor style takes exactly one of its two sources.
PAGINATION_STYLES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "offset": (frozenset({"offset"}), frozenset()),
    "cursor": (frozenset({"cursor"}), frozenset({"next_cursor", "cursor_field"})),
    "next_params": (frozenset({"next_params"}), frozenset({"cursor"})),
    "next_url": (frozenset({"next_url"}), frozenset()),
}
PAGINATION_EXTENSION = "x-pagination"


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
    # `x-pagination`: how a list that is not limit/offset + Link pages (key -> value, as in the spec).
    pagination: dict[str, str] | None = None

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
        # The page array's place as pointer tokens: the endpoint template finds the item type and
        # the attributes that lead to it in openapi-python-client's model of the answer.
        data["page_items"] = pointer_tokens(self.pagination["items"]) if self.pagination else None
        return data


def pagination_of(operation: dict[str, Any], refuse: Callable[[str], Exception]) -> dict[str, str] | None:
    """An operation's `x-pagination`, checked: the one place the generator reads the extension.
    `refuse(message)` is the error to raise, located where the operation is."""
    paging = operation.get(PAGINATION_EXTENSION)
    if paging is None:
        return None
    if not isinstance(paging, dict) or not all(isinstance(v, str) for v in paging.values()):
        raise refuse(f"{PAGINATION_EXTENSION} must be an object of strings, not {paging!r}")
    style = paging.get("style")
    if style not in PAGINATION_STYLES:
        raise refuse(f"{PAGINATION_EXTENSION}: style must be one of {', '.join(PAGINATION_STYLES)}, not {style!r}")
    required, optional = PAGINATION_STYLES[style]
    required = required | {"style", "items", "limit"}
    missing, unknown = required - paging.keys(), paging.keys() - required - optional
    if missing or unknown:
        raise refuse(
            f"{PAGINATION_EXTENSION} ({style}): "
            + "; ".join(
                part
                for part in (
                    f"missing {', '.join(sorted(missing))}" if missing else "",
                    f"unknown {', '.join(sorted(unknown))}" if unknown else "",
                )
                if part
            )
        )
    if style == "cursor" and len(paging.keys() & optional) != 1:
        raise refuse(f"{PAGINATION_EXTENSION} (cursor): give exactly one of next_cursor and cursor_field")
    for key in ("items", "next_cursor", "next_params", "next_url"):
        if key in paging and paging[key] and not paging[key].startswith("/"):
            raise refuse(
                f'{PAGINATION_EXTENSION}: {key} must be a JSON pointer ("" or starting with /), not {paging[key]!r}'
            )
    return dict(paging)


def pointer_tokens(json_pointer: str) -> list[str]:
    """RFC 6901: `/a~1b/c` -> ["a/b", "c"]; `""` (the whole document) -> []."""
    return [token.replace("~1", "/").replace("~0", "~") for token in json_pointer.split("/")[1:]]


def python_identifier(value: str, prefix: str, keep_case: bool = False) -> str:
    """openapi-python-client's own spelling of a name as an identifier (snake case unless
    `keep_case`, reserved words suffixed, `prefix` before what cannot start one): the single
    source of module and lookup keys."""
    return str(PythonIdentifier(value, prefix=prefix, skip_snake_case=keep_case))
