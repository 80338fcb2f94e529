"""v3 teammates through the friendly client, sync and async."""

from __future__ import annotations

from sendgrid_reseller.models import TeammateInvite, TeammatePermissions

from tests.client.v3_cases import Case, area_tests

# The friendly client's name of each call (operationId -> client path): the one table to edit.
NAMES = {
    "invite_teammate": "teammates.invite",
    "list_teammates": "teammates.list",
    "get_teammate": "teammates.get",
    "update_teammate": "teammates.update",
    "delete_teammate": "teammates.delete",
    "list_teammate_subuser_access": "teammates.subuser_access.list",
    "list_pending_teammates": "teammates.pending.list",
    "delete_pending_teammate": "teammates.pending.delete",
    "resend_teammate_invite": "teammates.pending.resend",
}

PROFILE_SCOPES = ["user.profile.read", "user.profile.update"]
CASES = [
    Case(
        "teammates/invite_teammate",
        kwargs={"body": TeammateInvite(email="teammate1@example.com", scopes=PROFILE_SCOPES, is_admin=False)},
        check=lambda r: (r.token, r.email, r.scopes) == ("abcd123abc", "teammate1@example.com", PROFILE_SCOPES),
    ),
    Case(
        "teammates/list_teammates",
        kwargs={"limit": 10, "offset": 0},
        check=lambda r: (
            [(t.username, t.user_type, t.is_admin) for t in r]
            == [("teammate1", "owner", True), ("teammate2", "teammate", False), ("teammate3", "admin", True)]
            and r[0].company == "ACME Inc."
        ),
    ),
    Case(
        "teammates/list_teammate_subuser_access",
        ("teammate1",),
        {"after_subuser_id": 0, "limit": 1},
        check=lambda r: [(a.id, a.permission_type) for a in r] == [(12345, "restricted")],
    ),
    Case(
        "teammates/get_teammate",
        ("teammate1",),
        check=lambda r: (r.first_name, r.user_type, r.scopes) == ("Jane", "admin", PROFILE_SCOPES),
    ),
    Case(
        "teammates/update_teammate",
        ("teammate1",),
        {"body": TeammatePermissions(scopes=["user.profile.read", "user.profile.edit"], is_admin=False)},
        check=lambda r: r.scopes == ["user.profile.read", "user.profile.edit"] and r.is_admin is False,
    ),
    Case("teammates/delete_teammate", ("teammate1",)),
    Case(
        "teammates/list_pending_teammates",
        check=lambda r: (
            [(p.token, p.is_admin, p.expiration_date) for p in r.result]
            == [("abcd123abc", False, 1456424263), ("bcde234bcd", True, 1456424263)]
        ),
    ),
    Case("teammates/delete_pending_teammate", ("abcd123abc",)),
    Case(
        "teammates/resend_teammate_invite",
        ("abc123abc",),
        check=lambda r: (r.token, r.email) == ("abc123abc", "teammate1@example.com"),
    ),
]


test_names_are_the_spec_client_paths, test_sync, test_async = area_tests(NAMES, CASES)
