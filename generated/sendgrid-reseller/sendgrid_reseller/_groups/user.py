# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
"""The `client.user` operations: sync and async group classes, imported on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.group import Group, GroupMethod


class UserAccountGroup(Group):
    """Operations under `client.user.account`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.user_account import get_user_account as _get_user_account

        get = GroupMethod(_get_user_account.sync)
        get_detailed = GroupMethod(_get_user_account.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.user_account.get_user_account", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.user_account.get_user_account", "sync_detailed")


class UserCreditsGroup(Group):
    """Operations under `client.user.credits`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.user_account import get_user_credits as _get_user_credits

        get = GroupMethod(_get_user_credits.sync)
        get_detailed = GroupMethod(_get_user_credits.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.user_account.get_user_credits", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.user_account.get_user_credits", "sync_detailed")


class UserEmailGroup(Group):
    """Operations under `client.user.email`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.user_account import get_user_email as _get_user_email

        get = GroupMethod(_get_user_email.sync)
        get_detailed = GroupMethod(_get_user_email.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.user_account.get_user_email", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.user_account.get_user_email", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.user_account import update_user_email as _update_user_email

        update = GroupMethod(_update_user_email.sync)
        update_detailed = GroupMethod(_update_user_email.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.user_account.update_user_email", "sync")
        update_detailed = GroupMethod.lazy("sendgrid_reseller.api.user_account.update_user_email", "sync_detailed")


class UserPasswordGroup(Group):
    """Operations under `client.user.password`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.user_account import update_user_password as _update_user_password

        update = GroupMethod(_update_user_password.sync)
        update_detailed = GroupMethod(_update_user_password.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.user_account.update_user_password", "sync")
        update_detailed = GroupMethod.lazy("sendgrid_reseller.api.user_account.update_user_password", "sync_detailed")


class UserProfileGroup(Group):
    """Operations under `client.user.profile`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.user_account import get_user_profile as _get_user_profile

        get = GroupMethod(_get_user_profile.sync)
        get_detailed = GroupMethod(_get_user_profile.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.user_account.get_user_profile", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.user_account.get_user_profile", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.user_account import update_user_profile as _update_user_profile

        update = GroupMethod(_update_user_profile.sync)
        update_detailed = GroupMethod(_update_user_profile.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.user_account.update_user_profile", "sync")
        update_detailed = GroupMethod.lazy("sendgrid_reseller.api.user_account.update_user_profile", "sync_detailed")


class UserUsernameGroup(Group):
    """Operations under `client.user.username`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.user_account import get_user_username as _get_user_username

        get = GroupMethod(_get_user_username.sync)
        get_detailed = GroupMethod(_get_user_username.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.user_account.get_user_username", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.user_account.get_user_username", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.user_account import update_user_username as _update_user_username

        update = GroupMethod(_update_user_username.sync)
        update_detailed = GroupMethod(_update_user_username.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.user_account.update_user_username", "sync")
        update_detailed = GroupMethod.lazy("sendgrid_reseller.api.user_account.update_user_username", "sync_detailed")


class UserEnforcedTlsGroup(Group):
    """Operations under `client.user.enforced_tls`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.user_account import get_enforced_tls as _get_enforced_tls

        get = GroupMethod(_get_enforced_tls.sync)
        get_detailed = GroupMethod(_get_enforced_tls.sync_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.user_account.get_enforced_tls", "sync")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.user_account.get_enforced_tls", "sync_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.user_account import update_enforced_tls as _update_enforced_tls

        update = GroupMethod(_update_enforced_tls.sync)
        update_detailed = GroupMethod(_update_enforced_tls.sync_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.user_account.update_enforced_tls", "sync")
        update_detailed = GroupMethod.lazy("sendgrid_reseller.api.user_account.update_enforced_tls", "sync_detailed")


class UserGroup(Group):
    """Operations under `client.user`."""

    @cached_property
    def account(self) -> UserAccountGroup:
        return UserAccountGroup(self._client)

    @cached_property
    def credits(self) -> UserCreditsGroup:
        return UserCreditsGroup(self._client)

    @cached_property
    def email(self) -> UserEmailGroup:
        return UserEmailGroup(self._client)

    @cached_property
    def password(self) -> UserPasswordGroup:
        return UserPasswordGroup(self._client)

    @cached_property
    def profile(self) -> UserProfileGroup:
        return UserProfileGroup(self._client)

    @cached_property
    def username(self) -> UserUsernameGroup:
        return UserUsernameGroup(self._client)

    @cached_property
    def enforced_tls(self) -> UserEnforcedTlsGroup:
        return UserEnforcedTlsGroup(self._client)


class AsyncUserAccountGroup(Group):
    """Operations under `client.user.account`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.user_account import get_user_account as _get_user_account

        get = GroupMethod(_get_user_account.asyncio)
        get_detailed = GroupMethod(_get_user_account.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.user_account.get_user_account", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.user_account.get_user_account", "asyncio_detailed")


class AsyncUserCreditsGroup(Group):
    """Operations under `client.user.credits`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.user_account import get_user_credits as _get_user_credits

        get = GroupMethod(_get_user_credits.asyncio)
        get_detailed = GroupMethod(_get_user_credits.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.user_account.get_user_credits", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.user_account.get_user_credits", "asyncio_detailed")


class AsyncUserEmailGroup(Group):
    """Operations under `client.user.email`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.user_account import get_user_email as _get_user_email

        get = GroupMethod(_get_user_email.asyncio)
        get_detailed = GroupMethod(_get_user_email.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.user_account.get_user_email", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.user_account.get_user_email", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.user_account import update_user_email as _update_user_email

        update = GroupMethod(_update_user_email.asyncio)
        update_detailed = GroupMethod(_update_user_email.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.user_account.update_user_email", "asyncio")
        update_detailed = GroupMethod.lazy("sendgrid_reseller.api.user_account.update_user_email", "asyncio_detailed")


class AsyncUserPasswordGroup(Group):
    """Operations under `client.user.password`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.user_account import update_user_password as _update_user_password

        update = GroupMethod(_update_user_password.asyncio)
        update_detailed = GroupMethod(_update_user_password.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.user_account.update_user_password", "asyncio")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.user_account.update_user_password", "asyncio_detailed"
        )


class AsyncUserProfileGroup(Group):
    """Operations under `client.user.profile`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.user_account import get_user_profile as _get_user_profile

        get = GroupMethod(_get_user_profile.asyncio)
        get_detailed = GroupMethod(_get_user_profile.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.user_account.get_user_profile", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.user_account.get_user_profile", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.user_account import update_user_profile as _update_user_profile

        update = GroupMethod(_update_user_profile.asyncio)
        update_detailed = GroupMethod(_update_user_profile.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.user_account.update_user_profile", "asyncio")
        update_detailed = GroupMethod.lazy("sendgrid_reseller.api.user_account.update_user_profile", "asyncio_detailed")


class AsyncUserUsernameGroup(Group):
    """Operations under `client.user.username`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.user_account import get_user_username as _get_user_username

        get = GroupMethod(_get_user_username.asyncio)
        get_detailed = GroupMethod(_get_user_username.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.user_account.get_user_username", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.user_account.get_user_username", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.user_account import update_user_username as _update_user_username

        update = GroupMethod(_update_user_username.asyncio)
        update_detailed = GroupMethod(_update_user_username.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.user_account.update_user_username", "asyncio")
        update_detailed = GroupMethod.lazy(
            "sendgrid_reseller.api.user_account.update_user_username", "asyncio_detailed"
        )


class AsyncUserEnforcedTlsGroup(Group):
    """Operations under `client.user.enforced_tls`."""

    if TYPE_CHECKING:
        from sendgrid_reseller.api.user_account import get_enforced_tls as _get_enforced_tls

        get = GroupMethod(_get_enforced_tls.asyncio)
        get_detailed = GroupMethod(_get_enforced_tls.asyncio_detailed)
    else:
        get = GroupMethod.lazy("sendgrid_reseller.api.user_account.get_enforced_tls", "asyncio")
        get_detailed = GroupMethod.lazy("sendgrid_reseller.api.user_account.get_enforced_tls", "asyncio_detailed")

    if TYPE_CHECKING:
        from sendgrid_reseller.api.user_account import update_enforced_tls as _update_enforced_tls

        update = GroupMethod(_update_enforced_tls.asyncio)
        update_detailed = GroupMethod(_update_enforced_tls.asyncio_detailed)
    else:
        update = GroupMethod.lazy("sendgrid_reseller.api.user_account.update_enforced_tls", "asyncio")
        update_detailed = GroupMethod.lazy("sendgrid_reseller.api.user_account.update_enforced_tls", "asyncio_detailed")


class AsyncUserGroup(Group):
    """Operations under `client.user`."""

    @cached_property
    def account(self) -> AsyncUserAccountGroup:
        return AsyncUserAccountGroup(self._client)

    @cached_property
    def credits(self) -> AsyncUserCreditsGroup:
        return AsyncUserCreditsGroup(self._client)

    @cached_property
    def email(self) -> AsyncUserEmailGroup:
        return AsyncUserEmailGroup(self._client)

    @cached_property
    def password(self) -> AsyncUserPasswordGroup:
        return AsyncUserPasswordGroup(self._client)

    @cached_property
    def profile(self) -> AsyncUserProfileGroup:
        return AsyncUserProfileGroup(self._client)

    @cached_property
    def username(self) -> AsyncUserUsernameGroup:
        return AsyncUserUsernameGroup(self._client)

    @cached_property
    def enforced_tls(self) -> AsyncUserEnforcedTlsGroup:
        return AsyncUserEnforcedTlsGroup(self._client)
