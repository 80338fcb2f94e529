"""Filter / Apps (v2 reseller): the documented example of each call."""

from tests.client.cassettes import v2_call

DOCS = "https://sendgrid.com/docs/API_Reference/Web_API/Reseller_API/apps.html"
MANAGE = "/apiv2/reseller.manage.json"

CASSETTES = [
    (
        "filter_apps/list_customer_apps",
        DOCS + " (List)",
        [
            v2_call(
                MANAGE,
                "task=getavailable&method=apps&user=eexampexample@example.com",
                '[{"name":"gravatar","title":"Gravatar","description":"Appends your gravatar to each HTML email.",'
                '"activated":false},{"name":"clicktrack","title":"Click Tracking",'
                '"description":"Overwrites every link to track every click in emails.","activated":false}]',
            )
        ],
    ),
    (
        "filter_apps/activate_customer_app",
        DOCS + " (Activate App)",
        [v2_call(MANAGE, "name=newrelic&method=apps&task=activate&user=eexampexample@example.com")],
    ),
    (
        "filter_apps/deactivate_customer_app",
        DOCS + " (Deactivate App)",
        [v2_call(MANAGE, "name=newrelic&method=apps&task=deactivate&user=eexampexample@example.com")],
    ),
    (
        "filter_apps/setup_customer_app",
        DOCS + " (Customize App)",
        [
            v2_call(
                MANAGE,
                "name=newrelic&method=apps&task=setup&user=eexampexample@example.com&licence_key=1234567&enable_subusers=true",
            )
        ],
    ),
    (
        "filter_apps/get_customer_app_settings",
        DOCS + " (Get Current Settings)",
        [
            v2_call(
                MANAGE,
                "name=newrelic&task=getsettings&user=eexampexample@example.com&method=apps",
                '{"settings":{"field_name":"field_value"}}',
            )
        ],
    ),
]
