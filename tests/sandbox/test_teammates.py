"""Teammates in the sandbox: invitations, permissions, SSO teammates, subuser access paging."""

from __future__ import annotations

import pytest
from sendgrid_reseller import SendGrid
from sendgrid_reseller.errors import BadRequestError, NotFoundError
from sendgrid_reseller.models import (
    SsoSubuserAccessRequest,
    SsoTeammateCreate,
    SsoTeammateUpdate,
    TeammateInvite,
    TeammatePermissions,
)

from tests.present import present

OWNER = "sandbox_owner"


def test_invitation_round_trip(sg: SendGrid) -> None:
    invited = sg.teammates.invite(body=TeammateInvite(email="new@example.com", scopes=["mail.send"], is_admin=False))
    token = present(invited.token)
    assert [(p.token, p.email) for p in sg.teammates.pending.list().result] == [(token, "new@example.com")]
    resent = sg.teammates.pending.resend(token)
    assert present(resent.expiration_date) > present(invited.expiration_date)
    with pytest.raises(BadRequestError, match="exists"):
        sg.teammates.invite(body=TeammateInvite(email="new@example.com", scopes=[], is_admin=True))
    sg.teammates.pending.delete(token)
    assert sg.teammates.pending.list().result == []
    with pytest.raises(NotFoundError):
        sg.teammates.pending.resend(token)


def test_sso_teammate_is_a_teammate_until_deleted(sg: SendGrid) -> None:
    created = sg.sso.teammates.create(
        body=SsoTeammateCreate(email="jane@example.com", first_name="Jane", last_name="Doe", scopes=["mail.send"])
    )
    assert created.is_sso is True and created.user_type == "teammate"
    assert [t.username for t in sg.teammates.list(limit=10, offset=0).items] == [OWNER, "jane@example.com"]
    assert [t.username for t in sg.teammates.list(limit=1, offset=1).items] == ["jane@example.com"]
    assert [t.username for t in sg.teammates.list(limit=1)] == [OWNER, "jane@example.com"]  # walked by offset
    changed = sg.teammates.update("jane@example.com", body=TeammatePermissions(scopes=[], is_admin=True))
    assert (changed.is_admin, changed.user_type) == (True, "admin")
    assert sg.teammates.get("jane@example.com").is_admin is True
    sg.teammates.delete("jane@example.com")
    with pytest.raises(NotFoundError):
        sg.teammates.get("jane@example.com")
    with pytest.raises(BadRequestError, match="owner"):
        sg.teammates.delete(OWNER)


def test_restricted_subuser_access_is_what_was_granted(sg: SendGrid) -> None:
    sg.sso.teammates.create(body=SsoTeammateCreate(email="r@example.com", first_name="R", last_name="S"))
    grants = [
        SsoSubuserAccessRequest(id=1_000_000 + n, permission_type="restricted", scopes=["mail.send"]) for n in (7, 3)
    ]
    updated = sg.sso.teammates.update(
        "r@example.com",
        body=SsoTeammateUpdate(
            first_name="R", last_name="S", has_restricted_subuser_access=True, subuser_access=grants
        ),
    )
    assert [a.username for a in present(updated.subuser_access)] == ["subuser000007", "subuser000003"]
    access = sg.teammates.subuser_access.list("r@example.com", limit=1)
    assert [a.id for a in access.items] == [1_000_003] and access.has_next_page()
    assert [a.username for a in access] == ["subuser000003", "subuser000007"]
    rest = sg.teammates.subuser_access.list("r@example.com", limit=1, after_subuser_id=1_000_003)
    assert [a.username for a in rest.items] == ["subuser000007"] and not rest.has_next_page()


def test_unrestricted_access_walks_every_subuser_by_next_params(sg: SendGrid) -> None:
    first = sg.teammates.subuser_access.list(OWNER, limit=500)
    assert [len(page.items) for page in first.pages()] == [500] * 10
    assert [a.id for a in first] == list(range(1_000_000, 1_005_000))
