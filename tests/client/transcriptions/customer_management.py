"""Customer Management (v2 reseller): the documented example of each call, with a 429 and a v2 error."""

from tests.client.cassettes import interaction

DOCS = "https://sendgrid.com/docs/API_Reference/Web_API/Reseller_API/customer_management.html"
MANAGE = "https://api.sendgrid.com/apiv2/reseller.manage.json"
FORM = "application/x-www-form-urlencoded"
CREDENTIALS = "api_user=<API_USER>&api_key=<API_KEY>"
SUCCESS = '{"message":"success"}'


def v2(
    uri: str,
    fields: str,
    response: str = SUCCESS,
    status: int = 200,
    response_headers: dict[str, str] | None = None,
) -> dict[str, object]:
    return interaction(
        method="POST",
        uri=uri,
        body=f"{CREDENTIALS}&{fields}",
        content_type=FORM,
        response=response,
        status=status,
        response_headers=response_headers,
    )


CASSETTES = [
    (
        "customer_management/create_customer",
        DOCS + " (Create a Customer; the documented example omits the required package field, added here)",
        [
            v2(
                "https://api.sendgrid.com/apiv2/reseller.add.json",
                "username=neweexampexample@example.com&website=example.com&password=<PASSWORD>"
                "&confirm_password=<CONFIRM_PASSWORD>&first_name=fname&last_name=lname&address=555_anystreet"
                "&city=any_city&state=CA&zip=91234&email=neweexampexample@example.com&country=US&phone=555-555"
                "&free_user=true&company=company&whitelabel=sendgrid.me&package=Silver+Package",
            )
        ],
    ),
    (
        "customer_management/delete_customer",
        DOCS + " (Delete a Customer)",
        [v2("https://api.sendgrid.com/apiv2/reseller.delete.json", "user=eexampexample@example.com")],
    ),
    (
        "customer_management/list_customers",
        DOCS + " (Retrieve Customers)",
        [
            v2(
                MANAGE,
                "method=profile&task=get",
                '[{"id":"123","username":"username","email":"example1@example.com","active":"true","first_name":"john",'
                '"last_name":"doe","address":"555 any street","city":"any city","state":"CA","zip":"91234","country":"US",'
                '"phone":"555-555-5555","website":"example.com"},{"id":"124","username":"username",'
                '"email":"example2@example.com","active":"false","first_name":"jane","last_name":"doe",'
                '"address":"555 any street","city":"any city","state":"CA","zip":"91234","country":"US",'
                '"phone":"555-555-5555","website":"example.com"}]',
            )
        ],
    ),
    (
        "customer_management/enable_customer",
        DOCS + " (Enable a Customer)",
        [v2(MANAGE, "method=enable&user=eexampexample@example.com")],
    ),
    (
        "customer_management/disable_customer",
        DOCS + " (Disable a Customer)",
        [v2(MANAGE, "method=disable&user=eexampexample@example.com")],
    ),
    (
        "customer_management/enable_customer_website_access",
        DOCS + " (Enable Website Access To A Customer)",
        [v2(MANAGE, "method=website_enable&user=eexampexample@example.com")],
    ),
    (
        "customer_management/disable_customer_website_access",
        DOCS + " (Disable Website Access To A Customer)",
        [v2(MANAGE, "method=website_disable&user=eexampexample@example.com")],
    ),
    (
        "customer_management/update_customer_profile",
        DOCS + " (Update Customer Profile)",
        [
            v2(
                MANAGE,
                "method=profile&task=set&user=eexampexample@example.com&first_name=newFirstName&last_name=newLastName",
            )
        ],
    ),
    (
        "customer_management/update_customer_password",
        DOCS + " (Update Customer Password; the example's mismatching passwords are kept)",
        [
            v2(
                MANAGE,
                "method=password&user=eexampexample@example.com&password=<PASSWORD>&confirm_password=<CONFIRM_PASSWORD>",
            )
        ],
    ),
    (
        "customer_management/update_customer_username",
        DOCS + " (Update Customer Username)",
        [
            v2(
                MANAGE,
                "method=profile&task=setUsername&user=eexampexample@example.com&username=neweexampexample@example.com",
            )
        ],
    ),
    (
        "customer_management/update_customer_email",
        DOCS + " (Update Customer Email Address; method=profile as in the example)",
        [v2(MANAGE, "method=profile&task=setEmail&user=eexampexample@example.com&email=neweexampexample@example.com")],
    ),
    (
        "customer_management/delete_customer.error",
        "https://sendgrid.com/docs/API_Reference/Web_API/using_the_web_api.html (generic v2 error body)",
        [
            v2(
                "https://api.sendgrid.com/apiv2/reseller.delete.json",
                "user=eexampexample@example.com",
                '{"message":"error","errors":["...error messages..."]}',
                status=400,
            )
        ],
    ),
    (
        "customer_management/list_customers.429",
        "https://sendgrid.com/docs/API_Reference/Web_API/using_the_web_api.html (documented 429, body kept invalid)",
        [
            v2(
                MANAGE,
                "method=profile&task=get",
                '{"errors":[{"field":null,"message":"too many requests"},]}',
                status=429,
                response_headers={
                    "X-RateLimit-Limit": "150",
                    "X-RateLimit-Remaining": "0",
                    "X-RateLimit-Reset": "1392815263",
                },
            )
        ],
    ),
    (
        "customer_management/list_customers.429-then-200",
        "https://sendgrid.com/docs/API_Reference/Web_API/using_the_web_api.html (documented 429, then the "
        "documented Retrieve Customers answer on the retry)",
        [
            v2(
                MANAGE,
                "method=profile&task=get",
                '{"errors":[{"field":null,"message":"too many requests"},]}',
                status=429,
                response_headers={
                    "X-RateLimit-Limit": "150",
                    "X-RateLimit-Remaining": "0",
                    "X-RateLimit-Reset": "1392815263",
                },
            ),
            v2(
                MANAGE,
                "method=profile&task=get",
                '[{"id":"123","username":"username","email":"example1@example.com","active":"true"}]',
                response_headers={
                    "X-RateLimit-Limit": "150",
                    "X-RateLimit-Remaining": "149",
                    "X-RateLimit-Reset": "1392815323",
                },
            ),
        ],
    ),
]
