# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

BounceClassification = Literal[
    "Content",
    "Frequency or Volume Too High",
    "Invalid Address",
    "Mailbox Unavailable",
    "Reputation",
    "Technical Failure",
    "Unclassified",
]

BOUNCE_CLASSIFICATION_VALUES: set[BounceClassification] = {
    "Content",
    "Frequency or Volume Too High",
    "Invalid Address",
    "Mailbox Unavailable",
    "Reputation",
    "Technical Failure",
    "Unclassified",
}


def check_bounce_classification(value: str) -> BounceClassification:
    if value in BOUNCE_CLASSIFICATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOUNCE_CLASSIFICATION_VALUES!r}")
