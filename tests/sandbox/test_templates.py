"""Transactional templates in the sandbox: templates, versions, one active version, token paging."""

from __future__ import annotations

from typing import Literal

import httpx
import pytest
from sendgrid_reseller import SendGrid
from sendgrid_reseller.errors import NotFoundError
from sendgrid_reseller.models import TemplateCreate, TemplateName, TemplateVersionSettings

from tests.present import present
from tests.sandbox.conftest import V3_AUTH


def _version(name: str, active: Literal[0, 1] = 0) -> TemplateVersionSettings:
    return TemplateVersionSettings(name=name, subject="Hi {{name}}", html_content="<p>Hello</p>", active=active)


def test_template_and_versions_round_trip(sg: SendGrid) -> None:
    template = sg.templates.create(body=TemplateCreate(name="welcome", generation="dynamic"))
    first = sg.templates.versions.create(template.id, body=_version("v1", active=1))
    second = sg.templates.versions.create(template.id, body=_version("v2"))
    first_id, second_id = present(first.id), present(second.id)
    assert first.plain_content == "Hello"  # generated from the HTML
    assert sg.templates.versions.activate(template.id, second_id).active == 1
    assert [(v.name, v.active) for v in present(sg.templates.get(template.id).versions)] == [("v1", 0), ("v2", 1)]
    changed = sg.templates.versions.update(template.id, first_id, body=_version("v1b", active=1))
    assert changed.name == "v1b" and sg.templates.versions.get(template.id, second_id).active == 0
    assert sg.templates.update(template.id, body=TemplateName(name="hello")).name == "hello"
    copy = sg.templates.duplicate(template.id, body=TemplateName(name="hello copy"))
    assert [v.name for v in present(copy.versions)] == ["v1b", "v2"] and copy.id != template.id
    sg.templates.versions.delete(template.id, second_id)
    with pytest.raises(NotFoundError):
        sg.templates.versions.get(template.id, second_id)
    sg.templates.delete(template.id)
    with pytest.raises(NotFoundError):
        sg.templates.get(template.id)
    assert [v.name for v in present(sg.templates.get(copy.id).versions)] == ["v1b", "v2"]


def test_template_list_pages_by_next_url(sg: SendGrid, client: httpx.Client) -> None:
    made = [sg.templates.create(body=TemplateCreate(name=f"t{i}", generation="dynamic")).id for i in range(5)]
    sg.templates.create(body=TemplateCreate(name="legacy one"))
    first = sg.templates.list(generations="dynamic", page_size=2)
    assert [t.id for t in first.items] == made[:2]
    assert [len(page.items) for page in first.pages()] == [2, 2, 1]  # along _metadata.next
    assert [t.id for t in first] == made
    assert present(sg.templates.list_detailed(generations="dynamic", page_size=2).parsed.field_metadata).count == 5
    assert [t.name for t in sg.templates.list(page_size=10)] == ["legacy one"]
    assert len(list(sg.templates.list(generations="legacy,dynamic", page_size=10))) == 6
    assert client.get("/v3/templates", headers=V3_AUTH).status_code == 400  # page_size is required
