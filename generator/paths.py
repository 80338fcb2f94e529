"""Where things live in the repository, and the names the generated package carries."""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = REPO_ROOT / "spec" / "openapi.yaml"
DEFAULT_OUT = REPO_ROOT / "generated"


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
# The released public API beside the spec (written by `make bump`; its presence marks our spec).
SNAPSHOT_NAME = "api-snapshot.json"


@dataclass(frozen=True)
class PackageNames:
    """What a generated package is called: on the index (`sendgrid-reseller`) and in `import`."""

    distribution: str
    package: str

    @classmethod
    def from_name(cls, name: str) -> PackageNames:
        """`--package-name` or a document title -> names: `Twilio SendGrid Alerts API` ->
        `twilio-sendgrid-alerts-api` / `twilio_sendgrid_alerts_api`."""
        words = re.findall(r"[a-z0-9]+", name.lower())
        if not words:
            raise ValueError(f"cannot make a package name from {name!r}: it has no letters or digits")
        if words[0][0].isdigit() or keyword.iskeyword("_".join(words)):
            words.insert(0, "api")
        return cls("-".join(words), "_".join(words))


DEFAULT_NAMES = PackageNames(DISTRIBUTION, IMPORT_PACKAGE)
