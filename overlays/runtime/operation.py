"""What the runtime knows about one API operation: generated once per endpoint module as `OPERATION`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from .body_paging import BodyPaging

# The request extension carrying the Operation, for custom transports (per-endpoint behaviour).
OPERATION_EXTENSION = "sendgrid_reseller.operation"


@dataclass(frozen=True, slots=True)
class Operation:
    """One documented call.

    Attributes:
        name: the operation id, used in log lines and errors.
        api: "v2" (reseller form API: auth in the form body, errors may come with a 2XX) or "v3".
        method: the HTTP verb, upper case.
        path: the path template as documented (e.g. "/v3/subusers/{subuser_name}").
        idempotent: repeating the request cannot change the outcome, so 5XX answers and timeouts
            after sending may be retried.
        paginated: a limit/offset list that answers with a Link header.
        pagination: how a list that is not `paginated` finds its next page in the answer (the
            spec's `x-pagination`, as data: body_paging.BodyPaging); None for other calls.
        redirect: only a 3XX answer is documented: it is the call's result (its Location is the
            value), not an error.
        fixed_fields: the v2 call's discriminators (`method`, `task`, ...): always sent, after and
            regardless of anything the caller gives; a caller who tries to set one is refused.
        fixed_in: where they go: "data" (the form body) or "params" (the query string, GET calls).
    """

    name: str
    api: Literal["v2", "v3"]
    method: str
    path: str
    idempotent: bool
    paginated: bool = False
    pagination: BodyPaging | None = None
    redirect: bool = False
    fixed_fields: Mapping[str, str] = field(default_factory=dict, compare=False)
    fixed_in: Literal["data", "params"] = "data"
    # SendGrid counts rate limits per endpoint (verb + path template), not per URL: computed once
    # here because it is looked up on every request.
    rate_limit_key: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "rate_limit_key", f"{self.method.upper()} {self.path}")
