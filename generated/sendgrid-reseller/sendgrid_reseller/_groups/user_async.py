# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.user` of `AsyncSendGrid`: the `AsyncUserGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.group import Group

if TYPE_CHECKING:
    from .user_account_async import AsyncUserAccountGroup
    from .user_credits_async import AsyncUserCreditsGroup
    from .user_email_async import AsyncUserEmailGroup
    from .user_enforced_tls_async import AsyncUserEnforcedTlsGroup
    from .user_password_async import AsyncUserPasswordGroup
    from .user_profile_async import AsyncUserProfileGroup
    from .user_username_async import AsyncUserUsernameGroup

    pass


class AsyncUserGroup(Group):
    """Operations under `client.user`."""

    @cached_property
    def account(self) -> AsyncUserAccountGroup:
        from .user_account_async import AsyncUserAccountGroup

        return AsyncUserAccountGroup(self._client)

    @cached_property
    def credits(self) -> AsyncUserCreditsGroup:
        from .user_credits_async import AsyncUserCreditsGroup

        return AsyncUserCreditsGroup(self._client)

    @cached_property
    def email(self) -> AsyncUserEmailGroup:
        from .user_email_async import AsyncUserEmailGroup

        return AsyncUserEmailGroup(self._client)

    @cached_property
    def password(self) -> AsyncUserPasswordGroup:
        from .user_password_async import AsyncUserPasswordGroup

        return AsyncUserPasswordGroup(self._client)

    @cached_property
    def profile(self) -> AsyncUserProfileGroup:
        from .user_profile_async import AsyncUserProfileGroup

        return AsyncUserProfileGroup(self._client)

    @cached_property
    def username(self) -> AsyncUserUsernameGroup:
        from .user_username_async import AsyncUserUsernameGroup

        return AsyncUserUsernameGroup(self._client)

    @cached_property
    def enforced_tls(self) -> AsyncUserEnforcedTlsGroup:
        from .user_enforced_tls_async import AsyncUserEnforcedTlsGroup

        return AsyncUserEnforcedTlsGroup(self._client)
