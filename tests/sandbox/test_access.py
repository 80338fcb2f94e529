"""API keys, alerts, the IP allow list and the user's settings in the sandbox."""

from __future__ import annotations

import httpx
import pytest
from sendgrid_reseller import SendGrid
from sendgrid_reseller.errors import BadRequestError, NotFoundError
from sendgrid_reseller.models import (
    AlertCreate,
    AlertUpdate,
    AllowedIpEntry,
    AllowedIpIds,
    AllowedIpsAdd,
    ApiKeyCreate,
    ApiKeyName,
    EnforcedTlsSettings,
    UserEmail,
    UserPasswordChange,
    UserProfile,
    UserUsername,
)

from tests.present import present
from tests.sandbox.conftest import V3_AUTH


def test_api_key_round_trip_shows_the_secret_once(sg: SendGrid) -> None:
    created = sg.api_keys.create(body=ApiKeyCreate(name="customer-1", scopes=["mail.send"]))
    assert created.api_key.startswith(f"SG.{created.api_key_id}.")
    listed = sg.api_keys.list().result  # ids and names only
    assert [k.to_dict() for k in listed] == [{"api_key_id": created.api_key_id, "name": "customer-1"}]
    assert sg.api_keys.rename(created.api_key_id, body=ApiKeyName(name="renamed")).name == "renamed"
    rescoped = sg.api_keys.update(created.api_key_id, body=ApiKeyCreate(name="renamed", scopes=["alerts.read"]))
    assert rescoped.scopes == ["alerts.read"]
    assert "api_key" not in sg.api_keys.get(created.api_key_id).result[0].to_dict()
    sg.api_keys.delete(created.api_key_id)
    with pytest.raises(NotFoundError):
        sg.api_keys.get(created.api_key_id)


def test_alert_round_trip(sg: SendGrid) -> None:
    usage = sg.alerts.create(body=AlertCreate(type_="usage_limit", email_to="ops@example.com", percentage=90))
    stats = sg.alerts.create(
        body=AlertCreate(type_="stats_notification", email_to="ops@example.com", frequency="weekly")
    )
    assert [(a.id, a.type_) for a in sg.alerts.list()] == [(usage.id, "usage_limit"), (stats.id, "stats_notification")]
    changed = sg.alerts.update(stats.id, body=AlertUpdate(frequency="monthly"))
    assert changed.frequency == "monthly" and present(changed.updated_at) > present(stats.updated_at)
    assert sg.alerts.get(usage.id).percentage == 90
    sg.alerts.delete(usage.id)
    with pytest.raises(NotFoundError):
        sg.alerts.get(usage.id)
    with pytest.raises(BadRequestError, match="percentage"):
        sg.alerts.create(body=AlertCreate(type_="usage_limit", email_to="ops@example.com"))


def test_allow_list_round_trip(sg: SendGrid) -> None:
    entries = [AllowedIpEntry(ip="192.0.2.1"), AllowedIpEntry(ip="198.51.100.0/24"), AllowedIpEntry(ip="203.0.113.9")]
    added = sg.ip_access.allow_list.add(body=AllowedIpsAdd(ips=entries)).result
    assert [r.ip for r in added] == ["192.0.2.1/32", "198.51.100.0/24", "203.0.113.9/32"]
    assert [r.ip for r in sg.ip_access.allow_list.get(added[1].id).result] == ["198.51.100.0/24"]
    sg.ip_access.allow_list.remove(added[0].id)
    sg.ip_access.allow_list.remove_many(body=AllowedIpIds(ids=[added[2].id]))
    assert [r.id for r in sg.ip_access.allow_list.list().result] == [added[1].id]
    with pytest.raises(NotFoundError):
        sg.ip_access.allow_list.remove_many(body=AllowedIpIds(ids=[added[0].id]))
    assert sg.ip_access.activity.list(limit=5).result[0].ip  # the documented sample


def test_user_settings_are_kept(sg: SendGrid) -> None:
    assert sg.user.email.update(body=UserEmail(email="new@example.com")).email == "new@example.com"
    assert sg.user.email.get().email == "new@example.com"
    sg.user.username.update(body=UserUsername(username="renamed"))
    assert sg.user.username.get().username == "renamed"
    sg.user.profile.update(body=UserProfile(city="Orange", company="Example"))
    assert (sg.user.profile.get().city, sg.user.profile.get().company) == ("Orange", "Example")
    sg.user.enforced_tls.update(body=EnforcedTlsSettings(require_tls=True, version=1.2))
    tls = sg.user.enforced_tls.get()
    assert (tls.require_tls, tls.require_valid_cert, tls.version) == (True, False, 1.2)
    assert sg.user.account.get().type_ in ("free", "paid") and sg.user.credits.get().total >= 0
    assert "mail.send" in sg.scopes.list().scopes  # the documented sample


def test_password_change_checks_the_old_one(sg: SendGrid, client: httpx.Client) -> None:
    sg.user.password.update(body=UserPasswordChange(new_password="first-Secret1", old_password="anything"))
    with pytest.raises(BadRequestError, match="old_password"):
        sg.user.password.update(body=UserPasswordChange(new_password="second-Secret2", old_password="wrong-one"))
    sg.user.password.update(body=UserPasswordChange(new_password="second-Secret2", old_password="first-Secret1"))
    weak = client.put(
        "/v3/user/password", headers=V3_AUTH, json={"new_password": "x", "old_password": "second-Secret2"}
    )
    assert weak.status_code == 400 and weak.json()["errors"][0]["field"] == "new_password"
    bad_tls = client.patch("/v3/user/settings/enforced_tls", headers=V3_AUTH, json={"version": 1.0})
    assert bad_tls.status_code == 400
