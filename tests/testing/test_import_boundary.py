"""The client never imports its testing extra (nor pytest): `import sendgrid_reseller` stays as
fast and as light as without the extra; and the extra ships the sandbox and the spec it reads."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from generator.testing_extra import NOT_SHIPPED

REPO = Path(__file__).resolve().parents[2]
PACKAGE_ROOT = REPO / "generated" / "sendgrid-reseller"
TESTING = PACKAGE_ROOT / "sendgrid_reseller" / "testing"


def _modules_after(code: str) -> list[str]:
    script = code + "\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))\n"
    env = {**os.environ, "PYTHONPATH": str(PACKAGE_ROOT)}
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    return list(json.loads(result.stdout))


def test_importing_and_using_the_client_never_imports_the_testing_module() -> None:
    code = (
        "import sendgrid_reseller\n"
        "from sendgrid_reseller import AsyncSendGrid, SendGrid\n"
        "client = SendGrid(api_key='SG.x')\n"
        "client.subusers, client.reseller.customers\n"
    )
    loaded = _modules_after(code)
    assert [m for m in loaded if m.startswith("sendgrid_reseller.testing")] == []
    assert "pytest" not in loaded and "_pytest" not in loaded


def test_the_testing_module_is_the_sandbox_with_the_packages_own_spec() -> None:
    loaded = _modules_after(
        "from sendgrid_reseller.testing import Sandbox\n"
        "import sendgrid_reseller.testing._config as config\n"
        "assert config.DEFAULT_SPEC_PATH == config.BUNDLED_SPEC, config.DEFAULT_SPEC_PATH\n"
        "Sandbox(subusers=0)\n"
    )
    assert not [m for m in loaded if m.split(".")[0] in ("generator", "sandbox", "yaml")]
    bundle = json.loads((TESTING / "spec.json").read_text(encoding="utf-8"))
    version = bundle["files"][bundle["root"]]["info"]["version"]
    pyproject = (PACKAGE_ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'version = "{version}"' in pyproject  # built from the same spec as the client


def test_every_sandbox_module_is_shipped_but_the_fixed_credentials() -> None:
    shipped = {p.name for p in TESTING.glob("*.py")}
    assert shipped == {p.name for p in (REPO / "sandbox").glob("*.py")} - NOT_SHIPPED
    assert NOT_SHIPPED == {"_credentials.py"}


def test_each_shipped_module_is_the_sandbox_file_its_header_names() -> None:
    """A reader of the installed package is sent to the file to change, not to the spec."""
    for copy in sorted(TESTING.glob("*.py")):
        first, _, rest = copy.read_text(encoding="utf-8").partition("\n")
        assert first.startswith(f"# Copied from sandbox/{copy.name} by the generator."), f"{copy.name}: {first}"
        source = (REPO / "sandbox" / copy.name).read_text(encoding="utf-8")
        # The package's formatter may regroup imports (sendgrid_reseller is first-party there): blank lines aside, equal.
        assert _lines(rest) == _lines(source), f"{copy.name} differs from sandbox/{copy.name}"


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def test_the_installed_sandbox_makes_its_own_credentials() -> None:
    code = (
        "from sendgrid_reseller.testing import DEFAULT_API_KEY, DEFAULT_V2_PASSWORD\n"
        "print(DEFAULT_API_KEY, DEFAULT_V2_PASSWORD)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(PACKAGE_ROOT)}
    runs = [
        subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
        for _ in range(2)
    ]
    assert runs[0] != runs[1] and runs[0].startswith("SG.sandbox-") and "sandbox-password" not in runs[0]
