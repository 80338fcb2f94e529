"""Parse Settings (v2 reseller): the documented example of each call.

The get and create examples send method=parse twice; a form carries it once, as here.
"""

from tests.client.cassettes import v2_call

DOCS = "https://sendgrid.com/docs/API_Reference/Web_API/Reseller_API/parse_settings.html"
MANAGE = "/apiv2/reseller.manage.json"

CASSETTES = [
    (
        "parse_settings/get_customer_parse_settings",
        DOCS + " (Get Current Settings; the example's duplicate method=parse is sent once)",
        [
            v2_call(
                MANAGE,
                "method=parse&task=get&user=eexampexample@example.com",
                '{"parse":[{"hostname":"www.example.com","url":"www.mydomain.com/parse.php","spam_check":1}]}',
            )
        ],
    ),
    (
        "parse_settings/create_customer_parse_setting",
        DOCS + " (Create New Entry; the example's duplicate method=parse is sent once)",
        [
            v2_call(
                MANAGE,
                "hostname=www.example.com&url=www.mydomain.com/parse.php&spam_check=1&method=parse&task=set"
                "&user=eexampexample@example.com",
            )
        ],
    ),
    (
        "parse_settings/update_customer_parse_setting",
        DOCS + " (Edit Entry)",
        [
            v2_call(
                MANAGE,
                "hostname=www.example.com&url=www.mydomain.com/parse.php&spam_check=1&method=parse&task=update"
                "&user=eexampexample@example.com",
            )
        ],
    ),
    (
        "parse_settings/delete_customer_parse_setting",
        DOCS + " (Delete Entry)",
        [v2_call(MANAGE, "hostname=www.example.com&task=delete&method=parse&user=eexampexample@example.com")],
    ),
]
