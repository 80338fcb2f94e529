"""A consumer's fresh venv that installs sendgrid-reseller from one index only.

The runtime dependencies (httpx, attrs, python-dateutil) come from the toolchain venv through a
.pth file, so pip resolves them as installed and downloads nothing but our package, from our
index: the tests stay offline, and the pip report proves where the package came from.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

TIMEOUT = 60


def install_from(index_url: str, version: str, home: Path) -> subprocess.CompletedProcess[str]:
    """Create a venv at `home` and pip-install `sendgrid-reseller==version` with `index_url` as the only index."""
    venv.create(home, with_pip=False)
    python = home / "bin" / "python"
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    (Path(site) / "toolchain-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    pip = [sys.executable, "-m", "pip", "--python", str(python), "--disable-pip-version-check", "--no-cache-dir"]
    report = home / "install-report.json"
    command = [*pip, "install", "--index-url", index_url, "--report", str(report), f"sendgrid-reseller=={version}"]
    # No pip configuration at all (this machine's adds find-links and extra indexes): our index is the only source.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")} | {"PIP_CONFIG_FILE": os.devnull}
    return subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, env=env, check=False)
