# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

TemplateGeneration = Literal["dynamic", "legacy"]

TEMPLATE_GENERATION_VALUES: set[TemplateGeneration] = {
    "dynamic",
    "legacy",
}


def check_template_generation(value: str) -> TemplateGeneration:
    if value in TEMPLATE_GENERATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEMPLATE_GENERATION_VALUES!r}")
