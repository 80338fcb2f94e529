"""v3 link branding (/v3/whitelabel/links): SendGrid's documented example of each call."""

from tests.client.transcriptions._v3 import call

REF = "https://www.twilio.com/docs/sendgrid/api-reference/link-branding"


def link(link_id: int, domain: str, subdomain: str, *, default: bool = False, valid: bool = True) -> dict[str, object]:
    user_id = 7 if link_id == 1 else 8
    return {
        "id": link_id,
        "domain": domain,
        "subdomain": subdomain,
        "username": "john@example.com",
        "user_id": user_id,
        "default": default,
        "valid": valid,
        "legacy": False,
        "dns": {
            "domain_cname": {"valid": True, "type": "cname", "host": f"{subdomain}.{domain}", "data": "sendgrid.net"},
            "owner_cname": {"valid": valid, "type": "cname", "host": f"{user_id}.{domain}", "data": "sendgrid.net"},
        },
    }


MAIL = link(1, "example.com", "mail")

CASSETTES = [
    (
        "link_branding/create_branded_link",
        REF + "/create-a-branded-link",
        [
            call(
                "POST",
                "/v3/whitelabel/links",
                status=201,
                body={"domain": "example.com", "subdomain": "mail", "default": True},
                response=MAIL,
            )
        ],
    ),
    (
        "link_branding/list_branded_links",
        REF + "/retrieve-all-branded-links",
        [
            call(
                "GET",
                "/v3/whitelabel/links",
                query="limit=10",
                response=[link(1, "example.com", "mail", default=True), link(2, "example2.com", "news", valid=False)],
            )
        ],
    ),
    (
        "link_branding/get_branded_link",
        REF + "/retrieve-a-branded-link",
        [call("GET", "/v3/whitelabel/links/1", response=MAIL)],
    ),
    (
        "link_branding/update_branded_link",
        REF + "/update-a-branded-link",
        [
            call(
                "PATCH",
                "/v3/whitelabel/links/1",
                body={"default": True},
                response=link(1, "example.com", "mail", default=True),
            )
        ],
    ),
    (
        "link_branding/delete_branded_link",
        REF + "/delete-a-branded-link",
        [call("DELETE", "/v3/whitelabel/links/1", status=204)],
    ),
    (
        "link_branding/validate_branded_link",
        REF + "/validate-a-branded-link",
        [
            call(
                "POST",
                "/v3/whitelabel/links/1/validate",
                response={
                    "id": 1,
                    "valid": True,
                    "validation_results": {
                        "domain_cname": {
                            "valid": False,
                            "reason": 'Expected CNAME to match "sendgrid.net." but found "example.com.".',
                        },
                        "owner_cname": {"valid": True, "reason": None},
                    },
                },
            )
        ],
    ),
    (
        "link_branding/associate_branded_link_with_subuser",
        REF + "/associate-a-branded-link-with-a-subuser",
        [call("POST", "/v3/whitelabel/links/1/subuser", body={"username": "jane@example.com"}, response=MAIL)],
    ),
    (
        "link_branding/get_default_branded_link",
        REF + "/retrieve-the-default-branded-link",
        [call("GET", "/v3/whitelabel/links/default", query="domain=example.com", response=MAIL)],
    ),
    (
        "link_branding/get_subuser_branded_link",
        REF + "/retrieve-a-subusers-branded-link",
        [call("GET", "/v3/whitelabel/links/subuser", query="username=jane%40example.com", response=MAIL)],
    ),
    (
        "link_branding/disassociate_branded_link_from_subuser",
        REF + "/disassociate-a-branded-link-from-a-subuser",
        [call("DELETE", "/v3/whitelabel/links/subuser", query="username=jane%40example.com", status=204)],
    ),
]
