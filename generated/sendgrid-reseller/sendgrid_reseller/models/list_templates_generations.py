# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

ListTemplatesGenerations = Literal["dynamic", "legacy", "legacy,dynamic"]

LIST_TEMPLATES_GENERATIONS_VALUES: set[ListTemplatesGenerations] = {
    "dynamic",
    "legacy",
    "legacy,dynamic",
}


def check_list_templates_generations(value: str) -> ListTemplatesGenerations:
    if value in LIST_TEMPLATES_GENERATIONS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TEMPLATES_GENERATIONS_VALUES!r}")
