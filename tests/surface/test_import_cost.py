"""What `import sendgrid_reseller` and building a client load: only what they use (issue 17).

The package root imports its public names on first use (PEP 562), a client on the in-memory store
never imports the Redis store, and httpcore's deadline wrappers come with the first connection.
Each check runs in a fresh interpreter, so nothing another test imported can hide a regression.
No timing here: the startup benchmark (bench/metrics/startup.py) measures the cost.
"""

from __future__ import annotations

import json
import os
import pydoc
import subprocess
import sys
from pathlib import Path

import pytest
import sendgrid_reseller

PACKAGE_PARENT = Path(sendgrid_reseller.__file__).resolve().parent.parent

# Modules nobody needs to import the package, and what each brings.
NOT_ON_IMPORT = (
    "httpx",  # the HTTP stack, with the first client or error class
    "httpcore",  # connections, with the first request
    "sendgrid_reseller._facade",
    "sendgrid_reseller._runtime.client",
    "sendgrid_reseller._runtime.errors",
    "sendgrid_reseller._runtime.page",  # page objects, with the first list call
    "sendgrid_reseller._runtime.webhook_signature",  # Event Webhook checks (and cryptography)
    "sendgrid_reseller._runtime.redis_store",
    "sendgrid_reseller.models",  # every request and answer model
    "sendgrid_reseller.webhooks",
    "sendgrid_reseller.api",
)
# Modules a client on the default in-memory store does not need before its first call.
NOT_ON_CONSTRUCTION = (
    "httpcore",
    "sendgrid_reseller._runtime.deadline_transport",
    "sendgrid_reseller._runtime.redis_store",
    "sendgrid_reseller._runtime.redis_scripts",
    "sendgrid_reseller._runtime.redis_fallback",
    "sendgrid_reseller._runtime.redis_connection",
    "sendgrid_reseller._runtime.page",
    "sendgrid_reseller._runtime.webhook_signature",
    "sendgrid_reseller.models",
    "sendgrid_reseller.webhooks",
    "sendgrid_reseller.api",
)


def modules_loaded_by(code: str) -> set[str]:
    """sys.modules after running `code` in a fresh interpreter that sees the generated package."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SENDGRID_")}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(PACKAGE_PARENT), env.get("PYTHONPATH", "")) if p)
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    loaded: list[str] = json.loads(result.stdout.strip().splitlines()[-1])
    return set(loaded)


def test_importing_the_package_loads_none_of_its_heavy_modules() -> None:
    loaded = modules_loaded_by("import sendgrid_reseller")
    assert sorted(set(NOT_ON_IMPORT) & loaded) == []


def test_naming_the_client_does_not_load_models_pages_or_webhooks() -> None:
    loaded = modules_loaded_by("from sendgrid_reseller import SendGrid, SendGridError")
    assert "sendgrid_reseller._facade" in loaded
    unexpected = {"sendgrid_reseller.models", "sendgrid_reseller.webhooks", "sendgrid_reseller._runtime.page"}
    assert sorted(unexpected & loaded) == []


@pytest.mark.parametrize("client", ["SendGrid", "AsyncSendGrid"])
def test_building_a_client_loads_neither_the_redis_store_nor_httpcore(client: str) -> None:
    loaded = modules_loaded_by(f"import sendgrid_reseller\nsendgrid_reseller.{client}(api_key='SG.import-cost')")
    assert "sendgrid_reseller._runtime.client" in loaded
    assert sorted(set(NOT_ON_CONSTRUCTION) & loaded) == []


def test_a_redis_url_still_builds_the_redis_store() -> None:
    # Only the choice moved out of redis_store.py: the URL still selects it (redis itself is not
    # needed to build it; nothing connects before the first call).
    from sendgrid_reseller._runtime.redis_store import RedisRateLimitStore
    from sendgrid_reseller._runtime.store_setting import resolve_rate_limit_store

    store = resolve_rate_limit_store("redis://127.0.0.1:1/0", api_key="SG.import-cost", api_user=None)
    assert isinstance(store, RedisRateLimitStore)
    store.close()


@pytest.mark.parametrize("name", sendgrid_reseller.__all__)
def test_every_public_name_is_importable_from_the_package(name: str) -> None:
    namespace: dict[str, object] = {}
    exec(f"from sendgrid_reseller import {name}", namespace)  # noqa: S102 - the import statement itself
    value = namespace[name]
    assert getattr(sendgrid_reseller, name) is value


def test_star_import_binds_every_public_name() -> None:
    namespace: dict[str, object] = {}
    exec("from sendgrid_reseller import *", namespace)  # noqa: S102
    assert sorted(set(sendgrid_reseller.__all__) - set(namespace)) == []


def test_dir_lists_every_public_name_before_it_is_used() -> None:
    code = "import sendgrid_reseller, json\nprint(json.dumps(dir(sendgrid_reseller)))"
    env = {**os.environ, "PYTHONPATH": str(PACKAGE_PARENT)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60, check=True
    )
    listed = json.loads(result.stdout)
    assert sorted(set(sendgrid_reseller.__all__) - set(listed)) == []
    assert listed == sorted(listed)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'NoSuchThing'"):
        _ = sendgrid_reseller.NoSuchThing
    assert not hasattr(sendgrid_reseller, "models_that_do_not_exist")


def test_help_still_documents_the_public_classes() -> None:
    text = pydoc.plain(pydoc.render_doc(sendgrid_reseller))
    for name in ("SendGrid", "AsyncSendGrid", "Client", "SendGridError", "SyncPage", "EventWebhookVerifier"):
        assert f"class {name}" in text, name
