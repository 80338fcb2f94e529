# Copied from overlays/runtime/credentials.py by the generator. Do not edit; change the overlay and run `make generate`.
"""Which credential goes to which API version, decided once when the client is built.

One obvious way per case:
  - `api_key="SG..."`: a SendGrid API key. v3 calls send it as `Authorization: Bearer`; v2 calls
    send `api_user=apikey` and `api_key=<key>` form fields (or Bearer with `v2_auth="bearer"`).
  - `api_user=..., password=...`: the reseller's v2 username and password, sent as the v2 form
    fields `api_user` / `api_key`. v2 only: SendGrid retired passwords for v3.
  - `api_user=..., password=..., api_key="SG..."`: both; v2 calls use the password, v3 the key.
  - `api_user=..., api_key=...` (no password): SendGrid's v2 field names, sent as given to v2 only
    (unless `api_user="apikey"`, which is the API-key case above).
A call to an API version the client has no credentials for raises `ConfigurationError` before
anything is sent. With no credential argument at all, `SENDGRID_API_KEY` is read.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Literal

import httpx

from .auth import BearerAuth, V2FormCredentials
from .errors import ConfigurationError
from .policy import V2_API_KEY_USER

API_KEY_ENV = "SENDGRID_API_KEY"


@dataclass(frozen=True)
class ApiCredentials:
    """The auth flow of each API version; `None` where the client has no credentials for it."""

    v2: httpx.Auth | None
    v3: httpx.Auth | None

    def for_api(self, api: Literal["v2", "v3"], operation_name: str) -> httpx.Auth:
        auth = self.v2 if api == "v2" else self.v3
        if auth is None:
            raise ConfigurationError(_MISSING[api].format(operation=operation_name))
        return auth


_MISSING = {
    "v2": "{operation} is a v2 call and this client has no v2 credentials: pass api_key= (an API key) "
    "or api_user= with password=",
    "v3": "{operation} is a v3 call and this client has v2 credentials only (api_user with a password or "
    "v2 api_key are never sent to v3): pass api_key='SG...' as well",
}


def resolve_api_credentials(
    *,
    api_key: str | None,
    api_user: str | None,
    password: str | None,
    v2_auth: Literal["form", "bearer"],
) -> ApiCredentials:
    """The credentials each API version gets; see the module docstring for the rules."""
    if v2_auth not in ("form", "bearer"):
        raise ConfigurationError(f"v2_auth must be 'form' or 'bearer', not {v2_auth!r}")
    if api_key is None and api_user is None and password is None:
        api_key = os.environ.get(API_KEY_ENV) or None
        if api_key is None:
            raise ConfigurationError(
                f"no credentials: pass api_key= (or api_user= with password=), or set {API_KEY_ENV}"
            )
    if password is not None and api_user is None:
        raise ConfigurationError("password needs api_user (the reseller's v2 username)")
    if api_user is not None and api_key is None and password is None:
        raise ConfigurationError("api_user needs password= (or api_key=)")
    if api_user is not None and password is None and api_user != V2_API_KEY_USER:
        # SendGrid's v2 field names: the api_key may be a password, so it never goes to v3.
        assert api_key is not None
        if v2_auth == "bearer":
            raise ConfigurationError('v2_auth="bearer" needs an API key: pass api_key= without api_user=')
        return ApiCredentials(v2=V2FormCredentials(api_user, api_key), v3=None)
    v3 = BearerAuth(api_key) if api_key is not None else None
    if password is not None:
        assert api_user is not None
        if v2_auth == "bearer":
            raise ConfigurationError('v2_auth="bearer" sends the API key to v2; it cannot be used with a password')
        return ApiCredentials(v2=V2FormCredentials(api_user, password), v3=v3)
    assert api_key is not None
    v2: httpx.Auth = v3 if v2_auth == "bearer" and v3 is not None else V2FormCredentials.for_api_key(api_key)
    return ApiCredentials(v2=v2, v3=v3)
