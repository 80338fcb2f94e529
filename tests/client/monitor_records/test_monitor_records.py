"""Monitor Records: each documented call's exact wire request and decoded response."""

from __future__ import annotations

import pytest
from sendgrid_reseller import BadRequestError, SendGrid
from sendgrid_reseller.models import (
    AppendCustomerToMonitorRecordForm,
    CreateMonitorRecordForm,
    DeleteMonitorRecordForm,
    DetachCustomerFromMonitorRecordForm,
    EditMonitorRecordForm,
)

from tests.client.cassettes import replay

USER = "eexampexample@example.com"
CREATE = CreateMonitorRecordForm(name="myMonitor", email="example@example.com", frequency=1000)


def test_create_monitor_record(v2: SendGrid) -> None:
    with replay("monitor_records/create_monitor_record"):
        assert v2.reseller.monitors.create(body=CREATE).message == "success"


def test_create_monitor_record_error(v2: SendGrid) -> None:
    with replay("monitor_records/create_monitor_record.error"), pytest.raises(BadRequestError) as caught:
        v2.reseller.monitors.create(body=CREATE)
    assert caught.value.status_code == 400
    assert [detail.message for detail in caught.value.details] == ["...error messages..."]


def test_edit_monitor_record(v2: SendGrid) -> None:
    form = EditMonitorRecordForm(
        name="myMonitor", new_name="updatedMonitor", new_email="example@example.com", new_frequency=5
    )
    with replay("monitor_records/edit_monitor_record"):
        assert v2.reseller.monitors.edit(body=form).message == "success"


def test_delete_monitor_record(v2: SendGrid) -> None:
    with replay("monitor_records/delete_monitor_record"):
        assert v2.reseller.monitors.delete(body=DeleteMonitorRecordForm(name="recordToDelet")).message == "success"


def test_list_monitor_records(v2: SendGrid) -> None:
    with replay("monitor_records/list_monitor_records"):
        records = v2.reseller.monitors.list()
    assert [r.name for r in records] == ["sampleNameA", "sampleNameB"]
    assert [r.frequency for r in records] == ["1000", "10000"]
    assert records[0].users == []
    assert records[1].users == ["user1@example.com", "exampexample@example.comom"]


def test_append_customer_to_monitor_record(v2: SendGrid) -> None:
    form = AppendCustomerToMonitorRecordForm(user=USER, name="myMonitor")
    with replay("monitor_records/append_customer_to_monitor_record"):
        assert v2.reseller.monitors.append_customer(body=form).message == "success"


def test_detach_customer_from_monitor_record(v2: SendGrid) -> None:
    with replay("monitor_records/detach_customer_from_monitor_record"):
        result = v2.reseller.monitors.detach_customer(body=DetachCustomerFromMonitorRecordForm(user=USER))
    assert result.message == "success"
