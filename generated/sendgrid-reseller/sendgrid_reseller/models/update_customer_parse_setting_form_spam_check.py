# Generated from spec/openapi.yaml by sendgrid-reseller's generator. Do not edit; run `make generate`.
from typing import Literal

UpdateCustomerParseSettingFormSpamCheck = Literal[0, 1]

UPDATE_CUSTOMER_PARSE_SETTING_FORM_SPAM_CHECK_VALUES: set[UpdateCustomerParseSettingFormSpamCheck] = {
    0,
    1,
}


def check_update_customer_parse_setting_form_spam_check(value: int) -> UpdateCustomerParseSettingFormSpamCheck:
    if value in UPDATE_CUSTOMER_PARSE_SETTING_FORM_SPAM_CHECK_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CUSTOMER_PARSE_SETTING_FORM_SPAM_CHECK_VALUES!r}"
    )
