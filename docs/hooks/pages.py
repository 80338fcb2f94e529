"""Markdown of the generated reference pages: the groups index and one page per group.

Each method is an `h2.sg-operation` section holding its Python names, the wire request its
example sends, the example, and the docstring/signature rendered by mkdocstrings. The search
index is built from these sections, so a Python name, a path or a v2 `method`/`task` finds it.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import textwrap
import typing

from api_catalog import CatalogError, Group, Operation
from examples import example_for, example_source, wire_request

REFERENCE_DIR = "reference"
# mkdocstrings options for an endpoint's function: its signature and the docstring's sections,
# without a second heading (the section's own heading names the friendly method).
DOCSTRING_OPTIONS = """    options:
      show_root_heading: false
      show_root_toc_entry: false
      separate_signature: true
      show_signature_annotations: true
      show_source: false
      heading_level: 3"""


def _target(dotted: str) -> object:
    module, _, name = dotted.rpartition(".")
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        owner, _, cls = module.rpartition(".")  # a method: module.Class.method
        return getattr(getattr(importlib.import_module(owner), cls), name)


def signature_text(operation: Operation) -> str:
    """The friendly method's signature(s) as written in the package's source: each overload, else the one."""
    function = _target(operation.friendly_target)
    forms = typing.get_overloads(function) or [function]
    return "\n\n".join(_one_signature(operation, form) for form in forms)


def _top_level_parts(parameters: str) -> list[str]:
    """`parameters` split at the commas outside brackets (`Mapping[str, str]` stays whole)."""
    parts, depth, start = [], 0, 0
    for index, character in enumerate(parameters):
        depth += {"[": 1, "(": 1, "]": -1, ")": -1}.get(character, 0)
        if character == "," and depth == 0:
            parts.append(parameters[start:index].strip())
            start = index + 1
    parts.append(parameters[start:].strip())
    return [part for part in parts if part]


def _one_signature(operation: Operation, function: object) -> str:
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
    except (OSError, TypeError, SyntaxError) as error:
        raise CatalogError(f"{operation.friendly_target}: cannot read its source for the signature: {error}") from error
    definition = next(node for node in tree.body if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef))
    arguments = definition.args
    # The bound first argument (the low-level client, or self) is not passed by the caller.
    arguments.posonlyargs, arguments.args = (
        (arguments.posonlyargs or arguments.args)[1:],
        (arguments.args if arguments.posonlyargs else arguments.args[1:]),
    )
    parameters = ast.unparse(arguments)
    returns = f" -> {ast.unparse(definition.returns)}" if definition.returns else ""
    if len(parameters) + len(operation.friendly) > 100:
        parameters = "\n    " + ",\n    ".join(_top_level_parts(parameters)) + ",\n"
    return f"{operation.friendly}({parameters}){returns}"


def group_page_path(group: Group) -> str:
    return f"{REFERENCE_DIR}/{group.slug}.md"


def _api_label(group: Group) -> str:
    return {"v2": "Web API v2 (Reseller)", "v3": "Web API v3"}.get(group.api, group.api)


def _wire_summary(operation: Operation) -> str:
    fixed = "".join(f" · {key}={value}" for key, value in operation.fixed_fields.items())
    return f"{operation.http_method} {operation.path}{fixed}"


def _summary_table(group: Group) -> list[str]:
    lines = ["| Python method | Wire request | Summary |", "|---|---|---|"]
    for operation in group.operations:
        wire = f"`{operation.http_method} {operation.path}`"
        if operation.fixed_fields:
            wire += " " + ", ".join(f"`{key}={value}`" for key, value in operation.fixed_fields.items())
        lines.append(f"| [`{operation.friendly}`](#{operation.name}) | {wire} | {operation.summary} |")
    return lines


def _also(operation: Operation) -> str:
    names = [f"`{name}(...)`" for name in operation.variants]
    asynchronous = f"`await {operation.friendly.replace('client.', 'async_client.', 1)}(...)`"
    parts = [f"`{operation.friendly}(...)`"] + names
    return (
        f"**Python names:** {', '.join(parts)}; on `AsyncSendGrid`: {asynchronous}; "
        f"module-level: `{operation.module_path}` (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`). "
        f"Operation id: `{operation.name}`."
    )


def _toc_label(operation: Operation, prefix: str) -> str:
    return operation.friendly.removeprefix(prefix) or operation.friendly


def _common_prefix(group: Group) -> str:
    """The dotted prefix all of a group's method names share (e.g. `client.reseller.customers.`)."""
    parts = [operation.friendly.split(".")[:-1] for operation in group.operations]
    shared = []
    for names in zip(*parts, strict=False):
        if len(set(names)) > 1:
            break
        shared.append(names[0])
    return ".".join(shared) + "." if shared else ""


def _operation_section(operation: Operation, toc_prefix: str) -> list[str]:
    example = example_for(operation)
    fixed = ""
    if operation.fixed_fields:
        fields = ", ".join(f"`{key}={value}`" for key, value in operation.fixed_fields.items())
        fixed = f" The v2 call is chosen by {fields}, which the method always sends."
    return [
        # The wire call is part of the heading, so the search ranks this section first for a query
        # by path, method or task (titles weigh most); the table of contents shows the name only.
        f'## `{operation.friendly}` <small class="sg-wire">{_wire_summary(operation)}</small> '
        f'{{ #{operation.name} .sg-operation data-toc-label="{_toc_label(operation, toc_prefix)}" }}',
        "",
        operation.summary,
        "",
        _also(operation),
        "",
        '```python title="Signature"',
        signature_text(operation),
        "```",
        "",
        f"**Wire request** (`{operation.http_method} {operation.path}`), as the example below sends it:{fixed}",
        "",
        '```http title="Wire request"',
        wire_request(operation, example),
        "```",
        "",
        "**Example**",
        "",
        '```python title="Example"',
        example_source(example),
        "```",
        "",
        f"::: {operation.friendly_target}",
        DOCSTRING_OPTIONS,
        "",
    ]


def group_page(group: Group) -> str:
    lines = [
        f"# {group.title}",
        "",
        f"{group.description}",
        "",
        f"{_api_label(group)} · {len(group.operations)} methods · endpoint functions in "
        f"`sendgrid_reseller.api.{group.slug}`.",
        "",
        # Out of the search index: a search for a call should land on the method's own section.
        '<div class="sg-summary" data-search-exclude markdown>',
        "",
        *_summary_table(group),
        "",
        "</div>",
        "",
    ]
    prefix = _common_prefix(group)
    for operation in group.operations:
        lines += _operation_section(operation, prefix)
    return "\n".join(lines)


def reference_index(groups: list[Group]) -> str:
    lines = [
        "# API reference",
        "",
        "One page per group of operations, in the order of the spec. Each method shows its Python",
        "names, the exact request it sends, a runnable example and its signature, parameters, return",
        "type and errors, taken from the generated package's own docstrings.",
        "",
        "See also: [the clients](client.md), [errors](errors.md) and [webhook payloads](webhook-payloads.md).",
        "",
        "| Group | API | Methods | What it covers |",
        "|---|---|---|---|",
    ]
    for group in groups:
        page = group_page_path(group).removeprefix(f"{REFERENCE_DIR}/")
        lines.append(f"| [{group.title}]({page}) | {group.api} | {len(group.operations)} | {group.description} |")
    return "\n".join(lines) + "\n"


MODELS_PAGE = f"{REFERENCE_DIR}/models.md"
MODEL_OPTIONS = """    options:
      heading_level: 2
      show_root_heading: true
      show_root_full_path: false
      show_bases: false
      members: false
      merge_init_into_class: false"""


def models_page() -> str:
    """Every model class of `sendgrid_reseller.models`, its docstring listing its fields."""
    models = importlib.import_module("sendgrid_reseller.models")
    lines = [
        "# Models",
        "",
        "The request bodies and answers of every operation, from `sendgrid_reseller.models`. A field marked",
        "`Unset` may be left out; every model keeps fields it does not describe in `additional_properties`.",
        "",
    ]
    for name in sorted(models.__all__):
        model = getattr(models, name)
        if inspect.isclass(model):
            lines += [f"::: {model.__module__}.{model.__qualname__}", MODEL_OPTIONS, ""]
    return "\n".join(lines)


def nav_entries(groups: list[Group]) -> list[dict[str, list[dict[str, str]]]]:
    """The groups for the site's navigation, v2 and v3 apart."""
    sections: dict[str, list[dict[str, str]]] = {}
    for group in groups:
        sections.setdefault(_api_label(group), []).append({group.title: group_page_path(group)})
    return [{label: entries} for label, entries in sections.items()] + [{"Models": MODELS_PAGE}]
