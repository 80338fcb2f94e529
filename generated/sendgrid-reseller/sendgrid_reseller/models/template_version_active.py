# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

TemplateVersionActive = Literal[0, 1]

TEMPLATE_VERSION_ACTIVE_VALUES: set[TemplateVersionActive] = {
    0,
    1,
}


def check_template_version_active(value: int) -> TemplateVersionActive:
    if value in TEMPLATE_VERSION_ACTIVE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEMPLATE_VERSION_ACTIVE_VALUES!r}")
