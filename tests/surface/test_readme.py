"""The README's "Using the client" examples and the generated README's example run, against the sandbox.

Each ```python block is executed as written, with one substitution: `SendGrid` / `AsyncSendGrid`
point at a local sandbox and swap the placeholder credentials for the sandbox's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
import sendgrid_reseller

from generator.paths import REPO_ROOT
from sandbox import SandboxServer

_BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


def _section(text: str, heading: str) -> str:
    start = text.index(heading)
    end = text.find("\n## ", start + len(heading))
    return text[start : end if end != -1 else len(text)]


def examples() -> list[tuple[str, str]]:
    readme = _section((REPO_ROOT / "README.md").read_text(encoding="utf-8"), "## Using the client")
    generated = (REPO_ROOT / "generated" / "sendgrid-reseller" / "README.md").read_text(encoding="utf-8")
    found = [(f"README.md #{n}", code) for n, code in enumerate(_BLOCK.findall(readme), start=1)]
    found += [(f"generated README.md #{n}", code) for n, code in enumerate(_BLOCK.findall(generated), start=1)]
    return found


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    with SandboxServer(subusers=250, customers=120) as running:
        yield running


def _pointed_at(server: SandboxServer, client_class: type[Any]) -> type[Any]:
    config = server.config

    class Sandboxed(client_class):  # type: ignore[misc]  # a subclass of whichever client class is given
        def __init__(self, **options: Any) -> None:
            if options.get("api_key"):
                options["api_key"] = config.api_key
            if options.get("api_user"):
                options["api_user"] = config.v2_user
            if options.get("password"):
                options["password"] = config.v2_password
            options.update(base_url=server.base_url, allow_insecure_http=True, httpx_args={"trust_env": False})
            super().__init__(**options)

    return Sandboxed


def test_there_are_examples_to_run() -> None:
    names = [name for name, _ in examples()]
    assert sum(name.startswith("README") for name in names) >= 5 and any(n.startswith("generated") for n in names)


@pytest.mark.parametrize(("name", "code"), examples(), ids=[name for name, _ in examples()])
def test_example_runs(
    name: str, code: str, server: SandboxServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    server.reset()
    monkeypatch.setattr(sendgrid_reseller, "SendGrid", _pointed_at(server, sendgrid_reseller.SendGrid))
    monkeypatch.setattr(sendgrid_reseller, "AsyncSendGrid", _pointed_at(server, sendgrid_reseller.AsyncSendGrid))
    exec(compile(code, name, "exec"), {"__name__": "__readme__"})
    assert server.stats().total > 0 or "def handle_event_webhook" in code
    printed = capsys.readouterr().out
    if "print(" in code:  # what the example promises to show, it shows
        assert printed.strip(), f"{name} printed nothing"
    if "NotFoundError" in code:
        assert printed.startswith("delete_subuser: SendGrid found no such resource (404 Not Found for DELETE ")
    if "client.subusers.list(limit=100)" in code:
        assert printed.count("\n") >= server.config.subusers, "iterating the page walked every page"
