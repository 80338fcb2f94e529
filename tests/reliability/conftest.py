"""The reliability suite: every test runs with all loggers at DEBUG and fails if a test secret shows
up in any log record; hypothesis profiles "reliability" (default, `make test`) and "fuzz" (`make fuzz`)."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from release.build import build, package_version
from tests.release.support import generated_package
from tests.runtime.support import assert_no_secret

FUZZ_EXAMPLES = 10_000
DEFAULT_EXAMPLES = 200


def _register_profile(name: str, max_examples: int) -> None:
    settings.register_profile(
        name, max_examples=max_examples, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
    )


_register_profile("fuzz", FUZZ_EXAMPLES)
_register_profile("reliability", DEFAULT_EXAMPLES)
# `make fuzz` sets HYPOTHESIS_PROFILE=fuzz; `--hypothesis-profile=fuzz` works as well.
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "reliability")


@pytest.fixture(autouse=True)
def no_secret_in_logs(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.DEBUG)
    yield
    for record in [*caplog.get_records("setup"), *caplog.get_records("call")]:
        assert_no_secret(record.getMessage())
        if record.exc_text:
            assert_no_secret(record.exc_text)


@dataclass(frozen=True)
class Built:
    package: Path  # a private copy of generated/sendgrid-reseller
    dist: Path
    wheel: Path
    sdist: Path
    version: str


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """Wheel + sdist built by release/build.py from a copy of generated/ (shared: ~3 s)."""
    work = tmp_path_factory.mktemp("build")
    package = generated_package(work / "generated")
    wheel, sdist = build(package, work / "dist")
    return Built(package, work / "dist", wheel, sdist, package_version(package)[0])
