# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""`client.user` of `SendGrid`: the `UserGroup` class, imported on first use.

Each method calls its endpoint function (`sendgrid_reseller.api.<tag>.<operation>`), importing that
module on first call; signatures and docstrings are the endpoint functions' own.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.group import Group

if TYPE_CHECKING:
    from .user_account import UserAccountGroup
    from .user_credits import UserCreditsGroup
    from .user_email import UserEmailGroup
    from .user_enforced_tls import UserEnforcedTlsGroup
    from .user_password import UserPasswordGroup
    from .user_profile import UserProfileGroup
    from .user_username import UserUsernameGroup

    pass


class UserGroup(Group):
    """Operations under `client.user`."""

    @cached_property
    def account(self) -> UserAccountGroup:
        from .user_account import UserAccountGroup

        return UserAccountGroup(self._client)

    @cached_property
    def credits(self) -> UserCreditsGroup:
        from .user_credits import UserCreditsGroup

        return UserCreditsGroup(self._client)

    @cached_property
    def email(self) -> UserEmailGroup:
        from .user_email import UserEmailGroup

        return UserEmailGroup(self._client)

    @cached_property
    def password(self) -> UserPasswordGroup:
        from .user_password import UserPasswordGroup

        return UserPasswordGroup(self._client)

    @cached_property
    def profile(self) -> UserProfileGroup:
        from .user_profile import UserProfileGroup

        return UserProfileGroup(self._client)

    @cached_property
    def username(self) -> UserUsernameGroup:
        from .user_username import UserUsernameGroup

        return UserUsernameGroup(self._client)

    @cached_property
    def enforced_tls(self) -> UserEnforcedTlsGroup:
        from .user_enforced_tls import UserEnforcedTlsGroup

        return UserEnforcedTlsGroup(self._client)
