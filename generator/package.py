"""Stage 5: assemble the distribution around openapi-python-client's output.

Adds what the stock tool cannot write: the hand-written runtime, the friendly client
(`SendGrid` / `AsyncSendGrid`, grouped by each operation's `x-sendgrid-client-path`), the
version module, the package metadata, README, CHANGELOG and the API map.
"""

from __future__ import annotations

import functools
import hashlib
import shutil
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from generator import testing_extra
from generator.api_map import (
    _BUILTIN_TYPES,
    FRIENDLY_FUNCTIONS,
    FriendlyMethods,
    OperationModels,
    _models_of,
    friendly_methods,
    model_fields,
    operation_models,
)
from generator.cache import StageCache
from generator.catalog import OperationInfo
from generator.errors import GeneratorError
from generator.package_templates import package_templates
from generator.paths import DEFAULT_NAMES, PACKAGE_TEMPLATES, RUNTIME, PackageNames

# The generated package's runtime dependencies (ranges: consumers resolve them; our own
# environment pins exact versions in requirements/).
DEPENDENCIES = [
    "attrs>=23.1",
    "httpx>=0.28,<0.29",
    "msgspec>=0.18,<1",  # reads JSON bodies (_runtime/response.py read_json)
    "pydantic>=2.6",
    "python-dateutil>=2.8",
]
# Extras: `pip install sendgrid-reseller[redis]` for the Redis-backed rate-limit store; with hiredis,
# the C reply parser redis-py picks up by itself (issue 17: 25-45 µs less per call on loopback).
OPTIONAL_DEPENDENCIES = {
    "redis": ["redis[hiredis]>=5"],
    # `webhooks`: Event Webhook signature verification (_runtime/webhook_signature.py).
    "webhooks": ["cryptography>=42"],
}


@dataclass
class GroupNode:
    doc: str
    groups: dict[str, GroupNode] = field(default_factory=dict)
    operations: dict[str, OperationInfo] = field(default_factory=dict)
    # The method definitions of the group class, per flavour ("" sync, "Async"), as source text.
    methods: dict[str, list[str]] = field(default_factory=dict)


def _pascal(value: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in value.replace(".", "_").split("_") if part)


def group_tree(catalog: list[OperationInfo]) -> GroupNode:
    root = GroupNode(doc="")
    for info in catalog:
        parts = info.client_path.split(".") if info.client_path else []
        if len(parts) < 2 or not all(p.isidentifier() for p in parts):
            raise GeneratorError(
                f"operation {info.operation_id!r}: x-sendgrid-client-path must be dotted identifiers "
                f"with a group and a method (e.g. 'subusers.list'), got {info.client_path!r}"
            )
        node = root
        for depth, part in enumerate(parts[:-1]):
            node = node.groups.setdefault(
                part, GroupNode(doc=f"Operations under `client.{'.'.join(parts[: depth + 1])}`.")
            )
        if parts[-1] in node.operations or parts[-1] in node.groups:
            raise GeneratorError(f"operation {info.operation_id!r}: client path {info.client_path!r} is already taken")
        node.operations[parts[-1]] = info
    return root


def group_modules(node: GroupNode, prefix: str = "") -> Iterator[tuple[str, GroupNode]]:
    """Every group below `node` with its module name: its client path joined by underscores."""
    for name, child in node.groups.items():
        path = f"{prefix}_{name}" if prefix else name
        yield path, child
        yield from group_modules(child, path)


def _text_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _friendly_methods(
    cache: StageCache | None, module_path: Path, module_name: str, name: str, is_async: bool, shadowed: set[str]
) -> FriendlyMethods:
    """friendly_methods, or (with a cache) its result for the same module text and arguments."""
    if cache is None:
        return friendly_methods(module_path, module_name, name, is_async, shadowed)
    parts = [_text_hash(module_path), module_name, name, is_async, sorted(shadowed)]

    def compute() -> dict[str, list[Any]]:
        found = friendly_methods(module_path, module_name, name, is_async, shadowed)
        return {key: sorted(value) if isinstance(value, set) else value for key, value in asdict(found).items()}

    stored = cache.memo_json("friendly-methods", parts, compute)
    return FriendlyMethods(
        stored["source"],
        {(module, imported) for module, imported in stored["type_imports"]},
        {(module, imported) for module, imported in stored["runtime_imports"]},
    )


def _models_record(module: Path) -> dict[str, Any]:
    return asdict(_models_of(module))


def _operation_models(
    package_source: Path, catalog: list[OperationInfo], cache: StageCache | None
) -> dict[str, OperationModels]:
    """Request and response model names per operationId (with a cache: per module text)."""
    if cache is None:
        return operation_models(package_source, catalog)
    found = {}
    for info in catalog:
        module = package_source / "api" / info.tag_module / f"{info.module}.py"
        stored = cache.memo_json("operation-models", [_text_hash(module)], functools.partial(_models_record, module))
        found[info.operation_id] = OperationModels(**{**stored, "parameters": tuple(stored["parameters"])})
    return found


def _model_fields(package_source: Path, cache: StageCache | None) -> dict[str, list[str]]:
    if cache is None:
        return model_fields(package_source)
    models = sorted((package_source / "models").glob("*.py"))
    parts = [[m.name, _text_hash(m)] for m in models]
    return dict(cache.memo_json("model-fields", parts, lambda: model_fields(package_source)))


def _methods(
    node: GroupNode,
    package_source: Path,
    package: str,
    shadowed: set[str],
    is_async: bool,
    cache: StageCache | None = None,
) -> tuple[list[str], set[tuple[str, str]], set[tuple[str, str]]]:
    """The method definitions of one group class (copied from the endpoint modules) and the imports
    their annotations need."""
    methods: list[str] = []
    type_imports: set[tuple[str, str]] = set()
    runtime_imports: set[tuple[str, str]] = set()
    for name, info in node.operations.items():
        module_name = f"{package}.api.{info.tag_module}.{info.module}"
        module_path = package_source / "api" / info.tag_module / f"{info.module}.py"
        found = _friendly_methods(cache, module_path, module_name, name, is_async, shadowed)
        methods.extend(found.source)
        type_imports |= found.type_imports
        runtime_imports |= found.runtime_imports
    return methods, type_imports - runtime_imports, runtime_imports


def _write_group_modules(
    env: jinja2.Environment,
    context: dict[str, Any],
    package_source: Path,
    groups_dir: Path,
    cache: StageCache | None = None,
) -> None:
    """One module per group and flavour: a call compiles only its own group's class (the
    environment may forbid bytecode caches), and a synchronous program never the async classes."""
    template = env.get_template("group_module.py.jinja")
    written: set[str] = set()
    for path, node in group_modules(context["tree"]):
        names = {name + suffix for name in node.operations for suffix in FRIENDLY_FUNCTIONS} | set(node.groups)
        shadowed = names & _BUILTIN_TYPES
        for flavour, is_async, suffix in (("", False, ""), ("Async", True, "_async")):
            module = f"{path}{suffix}"
            if module in written:
                raise GeneratorError(f"two client groups would share the module _groups/{module}.py: rename one")
            written.add(module)
            node.methods[flavour], type_imports, runtime_imports = _methods(
                node, package_source, context["package"], shadowed, is_async, cache
            )
            text = template.render(
                {
                    **context,
                    "path": path,
                    "node": node,
                    "flavour": flavour,
                    "suffix": suffix,
                    "type_imports": sorted(type_imports),
                    "runtime_imports": sorted(runtime_imports),
                    "shadowed": shadowed,
                }
            )
            (groups_dir / f"{module}.py").write_text(text, encoding="utf-8")


def _environment() -> jinja2.Environment:
    env = package_templates()
    env.filters["pascal"] = _pascal
    return env


def assemble(
    package_source: Path,
    distribution_dir: Path,
    catalog: list[OperationInfo],
    info: dict[str, Any],
    changelog: Path | None = None,
    names: PackageNames = DEFAULT_NAMES,
    cache: StageCache | None = None,
) -> None:
    """Build `distribution_dir` (the future generated/sendgrid-reseller) from opc's package; with
    a cache, what is read from each generated module is reused while its text is the same."""
    version = str(info.get("version", "0.0.0"))
    package_dir = distribution_dir / names.package
    shutil.copytree(package_source, package_dir)
    shutil.copytree(RUNTIME, package_dir / "_runtime", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    (package_dir / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
    env = _environment()
    context = {
        "distribution": names.distribution,
        "package": names.package,
        "version": version,
        "dependencies": DEPENDENCIES,
        "optional_dependencies": {**OPTIONAL_DEPENDENCIES, **testing_extra.extras(names)},
        "testing_plugin": testing_extra.plugin_module(names),
        "catalog": catalog,
        "tree": group_tree(catalog),
        "title": info.get("title", ""),
        "models": _operation_models(package_source, catalog, cache),
        "model_fields": _model_fields(package_source, cache),
        "has_changelog": changelog is not None,
    }
    (package_dir / "_version.py").write_text(env.get_template("version.py.jinja").render(context), encoding="utf-8")
    (package_dir / "_facade.py").write_text(env.get_template("facade.py.jinja").render(context), encoding="utf-8")
    groups_dir = package_dir / "_groups"
    groups_dir.mkdir()
    (groups_dir / "__init__.py").write_text(env.get_template("groups_init.py.jinja").render(context), encoding="utf-8")
    _write_group_modules(env, context, package_source, groups_dir, cache)
    (distribution_dir / "pyproject.toml").write_text(
        env.get_template("pyproject.toml.jinja").render(context), encoding="utf-8"
    )
    shutil.copyfile(PACKAGE_TEMPLATES / "LICENSE", distribution_dir / "LICENSE")
    if changelog is not None:
        shutil.copyfile(changelog, distribution_dir / "CHANGELOG.md")
    for name in ("README.md", "API.md"):
        template = PACKAGE_TEMPLATES / f"{name}.jinja"
        if template.exists():
            (distribution_dir / name).write_text(env.get_template(template.name).render(context), encoding="utf-8")
