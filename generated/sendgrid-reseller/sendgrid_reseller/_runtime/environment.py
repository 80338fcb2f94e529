# Copied from overlays/runtime/environment.py by the generator. Do not edit; change the overlay and run `make generate`.
"""Settings read from the environment when the client's arguments leave them out.

`SENDGRID_API_KEY` (credentials.py), `SENDGRID_BASE_URL`, `SENDGRID_LOG` (`info` or `debug`: the
client's log lines go to stderr; they never hold a secret, see redact.py) and
`SENDGRID_RATE_LIMIT_STORE` (redis_store.py).
"""

from __future__ import annotations

import logging
import os

from .errors import ConfigurationError
from .policy import DEFAULT_BASE_URL, LOGGER_NAME

BASE_URL_ENV = "SENDGRID_BASE_URL"
LOG_ENV = "SENDGRID_LOG"
_LOG_LEVELS = {"info": logging.INFO, "debug": logging.DEBUG}


def base_url_setting(base_url: str | None) -> str:
    """The argument, else `SENDGRID_BASE_URL`, else SendGrid's own URL."""
    if base_url is not None:
        return base_url
    return os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL


class _EnvironmentHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The stderr handler `SENDGRID_LOG` adds (a class of its own, so it is added once)."""


def configure_logging_from_environment() -> None:
    """Send the client's log lines to stderr at the level `SENDGRID_LOG` names (nothing when unset)."""
    setting = os.environ.get(LOG_ENV, "").strip().lower()
    if not setting:
        return
    level = _LOG_LEVELS.get(setting)
    if level is None:
        raise ConfigurationError(f"{LOG_ENV} must be 'info' or 'debug', not {setting!r}")
    logger = logging.getLogger(LOGGER_NAME)
    logger.setLevel(level)
    if not any(isinstance(handler, _EnvironmentHandler) for handler in logger.handlers):
        handler = _EnvironmentHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
