# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

TemplateEditor = Literal["code", "design"]

TEMPLATE_EDITOR_VALUES: set[TemplateEditor] = {
    "code",
    "design",
}


def check_template_editor(value: str) -> TemplateEditor:
    if value in TEMPLATE_EDITOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEMPLATE_EDITOR_VALUES!r}")
