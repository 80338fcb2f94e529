"""Stage 5: assemble the distribution around openapi-python-client's output.

Adds what the stock tool cannot write: the hand-written runtime, the friendly client
(`SendGrid` / `AsyncSendGrid`, grouped by each operation's `x-sendgrid-client-path`), the
version module, the package metadata, README, CHANGELOG and the API map.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from generator import testing_extra
from generator.api_map import operation_models
from generator.catalog import OperationInfo
from generator.errors import GeneratorError
from generator.paths import DISTRIBUTION, IMPORT_PACKAGE, PACKAGE_TEMPLATES, RUNTIME

# The generated package's runtime dependencies (ranges: consumers resolve them; our own
# environment pins exact versions in requirements/).
DEPENDENCIES = [
    "attrs>=23.1",
    "httpx>=0.28,<0.29",
    "pydantic>=2.6",
    "python-dateutil>=2.8",
]
# Extras: `pip install sendgrid-reseller[redis]` for the Redis-backed rate-limit store.
OPTIONAL_DEPENDENCIES = {
    "redis": ["redis>=5"],
    "testing": testing_extra.REQUIREMENTS,  # sendgrid_reseller.testing: the sandbox and its pytest plugin
}


@dataclass
class GroupNode:
    doc: str
    groups: dict[str, GroupNode] = field(default_factory=dict)
    operations: dict[str, OperationInfo] = field(default_factory=dict)


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


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(PACKAGE_TEMPLATES),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["pascal"] = _pascal
    return env


def assemble(
    package_source: Path,
    distribution_dir: Path,
    catalog: list[OperationInfo],
    info: dict[str, Any],
    changelog: Path | None = None,
) -> None:
    """Build `distribution_dir` (the future generated/sendgrid-reseller) from opc's package."""
    version = str(info.get("version", "0.0.0"))
    package_dir = distribution_dir / IMPORT_PACKAGE
    shutil.copytree(package_source, package_dir)
    shutil.copytree(RUNTIME, package_dir / "_runtime", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    (package_dir / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
    env = _environment()
    context = {
        "distribution": DISTRIBUTION,
        "package": IMPORT_PACKAGE,
        "version": version,
        "dependencies": DEPENDENCIES,
        "optional_dependencies": OPTIONAL_DEPENDENCIES,
        "catalog": catalog,
        "tree": group_tree(catalog),
        "title": info.get("title", ""),
        "models": operation_models(package_source, catalog),
        "has_changelog": changelog is not None,
    }
    (package_dir / "_version.py").write_text(env.get_template("version.py.jinja").render(context), encoding="utf-8")
    (package_dir / "_facade.py").write_text(env.get_template("facade.py.jinja").render(context), encoding="utf-8")
    groups_dir = package_dir / "_groups"
    groups_dir.mkdir()
    (groups_dir / "__init__.py").write_text(
        '"""Group classes of the friendly clients, one module per top-level group."""\n'
    )
    group_template = env.get_template("group_module.py.jinja")
    for name, node in context["tree"].groups.items():
        module = group_template.render({**context, "name": name, "node": node})
        (groups_dir / f"{name}.py").write_text(module, encoding="utf-8")
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
