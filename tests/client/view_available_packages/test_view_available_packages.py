"""View Available Packages: the documented call's exact wire request (credentials only) and decoded response."""

from __future__ import annotations

from sendgrid_reseller import SendGrid
from sendgrid_reseller.types import UNSET

from tests.client.cassettes import replay


def test_list_reseller_packages(v2: SendGrid) -> None:
    with replay("view_available_packages/list_reseller_packages"):
        packages = v2.reseller.packages.list()
    assert [p.name for p in packages] == ["Basic Package", "Silver Package"]
    assert [p.price for p in packages] == [9.95, 79.95]
    assert packages[0].credits_ == 10000
    assert [p.has_ip for p in packages] == [False, True]
    assert packages[0].distributor_price == 50
    assert packages[1].distributor_price is UNSET
