# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

CreateCustomerParseSettingFormSpamCheck = Literal[0, 1]

CREATE_CUSTOMER_PARSE_SETTING_FORM_SPAM_CHECK_VALUES: set[CreateCustomerParseSettingFormSpamCheck] = {
    0,
    1,
}


def check_create_customer_parse_setting_form_spam_check(value: int) -> CreateCustomerParseSettingFormSpamCheck:
    if value in CREATE_CUSTOMER_PARSE_SETTING_FORM_SPAM_CHECK_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CUSTOMER_PARSE_SETTING_FORM_SPAM_CHECK_VALUES!r}"
    )
