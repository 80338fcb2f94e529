"""Every ```python block of the hand-written pages runs, as written, against the sandbox.

The blocks read their credentials from the environment as a reader's code would; here the
environment holds the sandbox's credentials, and every client is pointed at the sandbox.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

import pytest
from sendgrid_reseller._runtime.client import Client

from sandbox import SandboxServer
from tests.docs.site_tools import REPOSITORY

DOCS = REPOSITORY / "docs"
PYTHON_BLOCK = re.compile(r"^```python[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
SANDBOX_ENVIRONMENT = {
    "SENDGRID_API_KEY": "SG.sandbox-api-key",
    "SENDGRID_API_USER": "sandbox_reseller",
    "SENDGRID_PASSWORD": "sandbox-password",
}


def _blocks() -> list[Any]:
    found = []
    for page in sorted(DOCS.rglob("*.md")):
        for number, match in enumerate(PYTHON_BLOCK.finditer(page.read_text(encoding="utf-8")), start=1):
            name = f"{page.relative_to(DOCS).as_posix()}#{number}"
            found.append(pytest.param(match.group(1), id=name))
    return found


BLOCKS = _blocks()


def test_the_guide_has_examples_on_every_page() -> None:
    pages = {param.id.split("#")[0] for param in BLOCKS}
    assert {path.relative_to(DOCS).as_posix() for path in (DOCS / "guide").glob("*.md")} <= pages


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(subusers=320, bounces=20, customers=3) as server:
        yield server


@pytest.fixture
def at_the_sandbox(sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in SANDBOX_ENVIRONMENT.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("SENDGRID_RATE_LIMIT_STORE", raising=False)
    original = Client.__init__

    @functools.wraps(original)
    def pointed_at_sandbox(self: Client, **options: Any) -> None:
        original(self, **{**options, "base_url": sandbox.base_url, "allow_insecure_http": True})

    monkeypatch.setattr(Client, "__init__", pointed_at_sandbox)


@pytest.mark.parametrize("source", BLOCKS)
@pytest.mark.usefixtures("at_the_sandbox")
def test_example_runs_against_the_sandbox(source: str, capsys: pytest.CaptureFixture[str]) -> None:
    exec(compile(source, "<docs example>", "exec"), {"__name__": "__docs_example__"})
    printed = capsys.readouterr().out
    assert printed.strip(), "the example printed nothing: it shows no result to the reader"
    assert "SG.sandbox-api-key" not in printed and "sandbox-password" not in printed
