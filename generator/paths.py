"""Where things live in the repository, and the names the generated package carries."""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = REPO_ROOT / "spec" / "openapi.yaml"
DEFAULT_OUT = REPO_ROOT / "generated"
CHANGELOG = REPO_ROOT / "CHANGELOG.md"


def changelog_for(root_spec: Path) -> Path:
    """The CHANGELOG.md beside the spec folder (spec/openapi.yaml -> CHANGELOG.md at the repo root)."""
    return root_spec.resolve().parent.parent / "CHANGELOG.md"


OVERLAYS = REPO_ROOT / "overlays"
TEMPLATES = OVERLAYS / "templates"
RUNTIME = OVERLAYS / "runtime"
PACKAGE_TEMPLATES = OVERLAYS / "package"
OPC_CONFIG = REPO_ROOT / "generator" / "opc-config.yaml"

DISTRIBUTION = "sendgrid-reseller"
IMPORT_PACKAGE = "sendgrid_reseller"
REGENERATE_COMMAND = "make generate"
