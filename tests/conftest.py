"""Settings for the whole suite.

Hypothesis's default 200 ms deadline per example measures the machine, not the code: on 2 busy
cores a correct example can take longer, so no test here has a per-example deadline (speed
lives in `make bench`). Profiles registered elsewhere (tests/reliability) keep their own.

`make test` runs the suite on two pytest-xdist workers, a test file on one worker (`--dist
loadfile`). A session fixture is set up once per worker unless it shares itself (tests/docs's
built site does, through a lock file in the run's common temporary folder).
"""

from pathlib import Path

import pytest
from hypothesis import settings

from tests.run_folder import run_shared_folder

settings.register_profile("suite", deadline=None)
settings.load_profile("suite")


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One mypy cache for the run's consumer-code checks: the generated package is analysed once
    (about 25 s cold), later checks reuse it. mypy replaces cache files atomically, and checks the
    cache against each source's hash, so two workers may share it."""
    return run_shared_folder(tmp_path_factory, "mypy-cache")
