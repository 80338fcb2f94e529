"""A consumer installs `sendgrid-reseller[testing]` from our index and its own pytest suite,
which uses the plugin's fixtures (loaded through the pytest11 entry point, no -p), passes.

Reuses test_publish's `published` index and `fresh_venv` (sendgrid-reseller from our index only,
dependencies borrowed from the toolchain venv, so nothing is downloaded).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.e2e.test_publish import TIMEOUT, Published, fresh_venv, published

__all__ = ["fresh_venv", "published"]  # test_publish's fixtures, used here

CONSUMER_CODE = '''
"""The consumer's own code: provisions a shop as a subuser and blocks its bounced addresses."""

from sendgrid_reseller import SendGrid
from sendgrid_reseller.models import CreateSubuserRequest


def provision(client: SendGrid, shop: str) -> bool:
    if shop in {s.username for s in client.subusers.list_items()}:
        return False
    request = CreateSubuserRequest(username=shop, email=f"{shop}@example.com", password="Ch4nge-me!", ips=[])
    client.subusers.create(body=request)
    return True
'''

CONSUMER_TESTS = """
from pathlib import Path
import sys

import pytest

import sendgrid_reseller.testing
from sendgrid_reseller.errors import ServerError
from sendgrid_reseller.testing import Fault
from shops import provision


def test_the_plugin_comes_from_the_installed_package():
    assert Path(sendgrid_reseller.testing.__file__).is_relative_to(Path(sys.prefix))


def test_provision_creates_once(sendgrid_sandbox, sendgrid_client):
    assert provision(sendgrid_client, "shop1") is True
    assert provision(sendgrid_client, "shop1") is False
    assert [r.operation for r in sendgrid_sandbox.requests()] == ["list_subusers", "create_subuser", "list_subusers"]


def test_seeded_state_is_seen(sendgrid_sandbox, sendgrid_client):
    sendgrid_sandbox.seed.subuser("shop2")
    assert provision(sendgrid_client, "shop2") is False


def test_a_failing_sendgrid(sendgrid_sandbox, sendgrid_client):
    sendgrid_sandbox.script("/v3/subusers", [Fault.status(500)] * 10)
    with pytest.raises(ServerError):
        provision(sendgrid_client, "shop3")
"""

CONSUMER_CONFTEST = """
import pytest


@pytest.fixture(params=["socket", "in-process"])
def sendgrid_sandbox_mode(request):
    return request.param
"""


@pytest.fixture(scope="module")
def with_extra(published: Published, fresh_venv: Path) -> Path:
    """`pip install "sendgrid-reseller[testing]==<version>"` from our index, the only index."""
    python = fresh_venv / "bin" / "python"
    report = fresh_venv / "extra-report.json"
    pip = [sys.executable, "-m", "pip", "--python", str(python), "--disable-pip-version-check", "--no-cache-dir"]
    install = [*pip, "install", "--index-url", published.url, "--report", str(report)]
    install.append(f"sendgrid-reseller[testing]=={published.version}")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")} | {"PIP_CONFIG_FILE": os.devnull}
    result = subprocess.run(install, capture_output=True, text=True, timeout=TIMEOUT, env=env, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return fresh_venv


def test_the_extra_resolves_from_our_index(with_extra: Path) -> None:
    report = json.loads((with_extra / "extra-report.json").read_text())
    requested = [item for item in report["install"] if item.get("requested")]
    assert all(item["metadata"]["name"] == "sendgrid-reseller" for item in requested)
    assert not [item for item in report["install"] if item["metadata"]["name"] != "sendgrid-reseller"]


def test_a_consumer_suite_passes_with_the_plugins_fixtures(with_extra: Path, tmp_path: Path) -> None:
    project = tmp_path / "consumer"
    (project / "tests").mkdir(parents=True)
    (project / "shops.py").write_text(textwrap.dedent(CONSUMER_CODE))
    (project / "tests" / "conftest.py").write_text(textwrap.dedent(CONSUMER_CONFTEST))
    (project / "tests" / "test_shops.py").write_text(textwrap.dedent(CONSUMER_TESTS))
    (project / "pytest.ini").write_text("[pytest]\ntestpaths = tests\npythonpath = .\naddopts = -p no:cacheprovider\n")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTEST_ADDOPTS", "PYTEST_PLUGINS")}
    result = subprocess.run(
        [with_extra / "bin" / "python", "-m", "pytest", "-q", "-rA"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT * 2,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "7 passed" in result.stdout, result.stdout[-2000:]  # 3 tests x 2 modes + the origin check
