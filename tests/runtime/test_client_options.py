"""`SendGrid(...)` / `AsyncSendGrid(...)` accept exactly `Client`'s keywords, checked by mypy."""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
from pathlib import Path
from typing import get_type_hints

import sendgrid_reseller
from sendgrid_reseller._runtime.client import Client
from sendgrid_reseller._runtime.client_options import ClientOptions


def test_client_options_list_every_client_keyword() -> None:
    keywords = {name for name in inspect.signature(Client.__init__).parameters if name != "self"}
    assert set(get_type_hints(ClientOptions)) == keywords


def test_mypy_rejects_an_unknown_or_mistyped_option(tmp_path: Path, mypy_cache: Path) -> None:
    snippet = tmp_path / "consumer.py"
    snippet.write_text(
        "from sendgrid_reseller import SendGrid\n"
        "SendGrid(api_key='SG.x', timeout=5.0)\n"
        "SendGrid(api_kee='SG.x')\n"
        "SendGrid(timeout='slow')\n"
    )
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(mypy_cache), str(snippet)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "MYPYPATH": str(Path(sendgrid_reseller.__file__).parent.parent)},
    )
    assert checked.returncode == 1, checked.stdout
    errors = [line for line in checked.stdout.splitlines() if ": error:" in line]
    assert [line.split(":")[1] for line in errors] == ["3", "4"], checked.stdout
