"""v3 transactional templates and versions through the friendly client, sync and async."""

from __future__ import annotations

from sendgrid_reseller.models import TemplateCreate, TemplateName, TemplateVersionSettings

from tests.client.v3_cases import Case, area_tests

# The friendly client's name of each call (operationId -> client path): the one table to edit.
NAMES = {
    "create_template": "templates.create",
    "list_templates": "templates.list",
    "duplicate_template": "templates.duplicate",
    "get_template": "templates.get",
    "update_template": "templates.update",
    "delete_template": "templates.delete",
    "create_template_version": "templates.versions.create",
    "get_template_version": "templates.versions.get",
    "update_template_version": "templates.versions.update",
    "delete_template_version": "templates.versions.delete",
    "activate_template_version": "templates.versions.activate",
}

TEMPLATE = "733ba07f-ead1-41fc-933a-3976baa23716"
VERSION_TEMPLATE = "ddb96bbc-9b92-425e-8979-99464621b543"
VERSION = "8aefe0ee-f12b-4575-b5b7-c97e21cb36f3"
CONTENT = TemplateVersionSettings(
    active=1,
    name="example_version_name",
    html_content="<%body%>",
    plain_content="<%body%>",
    subject="<%subject%>",
    editor="code",
)


def _is_version(answer: object) -> bool:
    return (getattr(answer, "id", None), getattr(answer, "active", None), getattr(answer, "subject", None)) == (
        VERSION,
        1,
        "<%subject%>",
    )


CASES = [
    Case(
        "transactional_templates/create_template",
        kwargs={"body": TemplateCreate(name="example_name", generation="dynamic")},
        check=lambda r: (r.id, r.generation, r.versions) == (TEMPLATE, "dynamic", []),
    ),
    Case(
        "transactional_templates/list_templates",
        kwargs={"generations": "legacy", "page_size": 18},
        check=lambda r: [t.name for t in r] == ["example_name"],
    ),
    Case(
        "transactional_templates/duplicate_template",
        (TEMPLATE,),
        {"body": TemplateName(name="example_name")},
        check=lambda r: r.updated_at == "2020-12-12 58:26:65",
    ),
    Case(
        "transactional_templates/get_template",
        ("40da60e6-66f3-4223-9406-ba58b7f55a62",),
        check=lambda r: r.name == "Duis in dolor",
    ),
    Case(
        "transactional_templates/update_template",
        (TEMPLATE,),
        {"body": TemplateName(name="new_example_name")},
        check=lambda r: r.name == "new_example_name",
    ),
    Case("transactional_templates/delete_template", (TEMPLATE,)),
    Case("transactional_templates/create_template_version", (VERSION_TEMPLATE,), {"body": CONTENT}, check=_is_version),
    Case("transactional_templates/get_template_version", (VERSION_TEMPLATE, VERSION), check=_is_version),
    Case(
        "transactional_templates/update_template_version",
        (VERSION_TEMPLATE, VERSION),
        {"body": CONTENT},
        check=_is_version,
    ),
    Case("transactional_templates/delete_template_version", (VERSION_TEMPLATE, VERSION)),
    Case("transactional_templates/activate_template_version", (VERSION_TEMPLATE, VERSION), check=_is_version),
]


test_names_are_the_spec_client_paths, test_sync, test_async = area_tests(NAMES, CASES)
