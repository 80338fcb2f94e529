"""Settings for the whole suite.

Hypothesis's default 200 ms deadline per example measures the machine, not the code: on 2 busy
cores a correct example can take longer, so no test here has a per-example deadline (speed
lives in `make bench`). Profiles registered elsewhere (tests/reliability) keep their own.

`make test` runs the suite on two pytest-xdist workers, a test file on one worker (`--dist
loadfile`). A session fixture is set up once per worker unless it shares itself (tests/docs's
built site does, through a lock file in the run's common temporary folder).
"""

from hypothesis import settings

settings.register_profile("suite", deadline=None)
settings.load_profile("suite")
