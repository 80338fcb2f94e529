# Copied from overlays/runtime/group.py by the generator. Do not edit; change the overlay and run `make generate`.
"""The friendly client's building block: a group of operations bound to one low-level client.

Generated group classes (`_groups/<name>.py`) subclass `Group`; each method is a real `def` (or
`async def`) with the endpoint function's signature and docstring, and imports its endpoint module
on first call, so `import sendgrid_reseller` stays cheap however large the API grows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .client import Client


class Group:
    """Operations of one area of the API, bound to a `Client`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"
