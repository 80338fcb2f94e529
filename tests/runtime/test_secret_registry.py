"""The secret registry's release: a collected owner's secrets are dropped without ever waiting for
the registry's lock in a finalizer.

Seen in `make test`: a worker hung for good in Client.__init__ -> register_secrets -> _rebuild,
where an allocation ran the collector, which finalized an earlier client and called _unregister,
which waited for the lock its own thread held. Each scenario runs in a subprocess with a timeout,
so a regression fails here instead of hanging the suite (and the lock of this process).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import sendgrid_reseller

PACKAGE_PARENT = Path(sendgrid_reseller.__file__).resolve().parent.parent

PRELUDE = """
import gc, threading
from sendgrid_reseller._runtime import redact

class Owner:
    pass

def collectable_owner():
    owner = Owner()
    owner.cycle = owner  # freed by the cyclic collector only, at a moment nobody chooses
    return owner

FIRST, SECOND = "SG.first-secret-aaaaaaaaaaaa", "SG.second-secret-bbbbbbbbbbb"
"""


def _run(scenario: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(PACKAGE_PARENT)}
    try:
        result = subprocess.run(
            [sys.executable, "-c", PRELUDE + textwrap.dedent(scenario)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    except subprocess.TimeoutExpired as hung:
        raise AssertionError("the secret registry deadlocked (a finalizer waited for its own thread's lock)") from hung
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_a_release_during_a_registration_in_the_same_thread_does_not_deadlock() -> None:
    out = _run(
        """
        first = collectable_owner()
        redact.register_secrets(first, [FIRST])
        del first
        original = redact._rebuild
        def rebuild_after_a_collection():
            gc.collect()  # what any allocation inside the locked rebuild may do
            original()
        redact._rebuild = rebuild_after_a_collection
        second = Owner()
        redact.register_secrets(second, [SECOND])
        redact._rebuild = original
        assert FIRST not in redact._registered, "the collected owner's secret is still registered"
        assert redact.redact_text(FIRST) == FIRST
        assert redact.redact_text(SECOND) == redact.REDACTED
        print("ok")
        """
    )
    assert out.strip() == "ok"


def test_a_release_while_another_thread_holds_the_lock_is_applied_after() -> None:
    out = _run(
        """
        first = collectable_owner()
        redact.register_secrets(first, [FIRST])
        del first
        redact._lock.acquire()  # another thread is in the middle of a registration
        gc.collect()  # the finalizer runs now and must not wait
        assert FIRST in redact._registered
        redact._lock.release()
        second = Owner()
        redact.register_secrets(second, [SECOND])  # the next holder settles the release
        assert FIRST not in redact._registered
        assert redact.redact_text(SECOND) == redact.REDACTED
        print("ok")
        """
    )
    assert out.strip() == "ok"


def test_a_release_with_the_lock_free_is_applied_at_once() -> None:
    out = _run(
        """
        first = collectable_owner()
        redact.register_secrets(first, [FIRST])
        assert redact.redact_text(FIRST) == redact.REDACTED
        del first
        gc.collect()
        assert FIRST not in redact._registered and not redact._released
        assert redact.redact_text(FIRST) == FIRST
        print("ok")
        """
    )
    assert out.strip() == "ok"
