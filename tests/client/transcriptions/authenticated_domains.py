"""v3 domain authentication: SendGrid's documented example of each call (tsg_domain_authentication_v3)."""

from typing import Any

from tests.client.transcriptions._v3 import call

REF = "https://docs.sendgrid.com/api-reference/domain-authentication"


def _cname(valid: bool, host: str, data: str, kind: str = "cname") -> dict[str, Any]:
    return {"valid": valid, "type": kind, "host": host, "data": data}


AUTOMATIC = {  # GET /v3/whitelabel/domains/{id}
    "id": 45373692,
    "user_id": 66036447,
    "subdomain": "sub",
    "domain": "example.com",
    "username": "jdoe",
    "ips": ["127.0.0.1"],
    "custom_spf": False,
    "default": True,
    "legacy": False,
    "automatic_security": True,
    "valid": True,
    "dns": {
        "mail_cname": _cname(True, "mail.example.com", "u7.wl.sendgrid.net"),
        "dkim1": _cname(True, "s1._domainkey.example.com", "s1._domainkey.u7.wl.sendgrid.net"),
        "dkim2": _cname(True, "s2._domainkey.example.com", "s2._domainkey.u7.wl.sendgrid.net"),
    },
}
MANUAL = {  # the manual-security shape of the association and IP calls
    "id": 1,
    "domain": "example.com",
    "subdomain": "mail",
    "username": "jdoe",
    "user_id": 7,
    "ips": [],
    "custom_spf": True,
    "default": False,
    "legacy": False,
    "automatic_security": False,
    "valid": False,
    "dns": {
        "mail_server": _cname(False, "mail.example.com", "sendgrid.net", "mx"),
        "subdomain_spf": _cname(False, "mail.example.com", "v=spf1 ip4:192.168.1.1 ip4:192.168.0.1 -all", "txt"),
        "domain_spf": _cname(False, "example.com", "v=spf1 include:mail.example.com -all", "txt"),
        "dkim": _cname(False, "s1._domainkey.example.com", "k=rsa; t=s; p=publicKey", "txt"),
    },
}
LISTED = [
    {
        "id": 1,
        "user_id": 7,
        "subdomain": "mail",
        "domain": "example.com",
        "username": "jane@example.com",
        "ips": ["192.168.1.1", "192.168.1.2"],
        "custom_spf": True,
        "default": True,
        "legacy": False,
        "automatic_security": True,
        "valid": True,
        "dns": AUTOMATIC["dns"],
    },
    {
        "id": 2,
        "user_id": 8,
        "subdomain": "new",
        "domain": "example2.com",
        "username": "john@example2.com",
        "ips": [],
        "custom_spf": False,
        "default": True,
        "legacy": False,
        "automatic_security": True,
        "valid": False,
        "dns": {
            "mail_cname": _cname(False, "news.example2.com", "sendgrid.net", "mx"),
            "dkim1": _cname(False, "example2.com", "k=rsa; t=s; p=publicKey", "txt"),
            "dkim2": _cname(False, "example2.com", "k=rsa; t=s p=publicKey", "txt"),
        },
    },
]
CREATED = {
    "id": 302183,
    "user_id": 1446226,
    "subdomain": "example",
    "domain": "example.com",
    "username": "mbernier",
    "ips": [],
    "custom_spf": False,
    "default": True,
    "legacy": False,
    "automatic_security": True,
    "valid": False,
    "dns": {
        "mail_cname": _cname(False, "example.example.com", "u1446226.wl.sendgrid.net"),
        "dkim1": _cname(False, "s1._domainkey.example.com", "s1.domainkey.u1446226.wl.sendgrid.net"),
        "dkim2": _cname(False, "s2._domainkey.example.com", "s2.domainkey.u1446226.wl.sendgrid.net"),
    },
}

CASSETTES = [
    (
        "authenticated_domains/email_domain_dns_records",
        REF + "/email-dns-records-to-a-co-worker",
        [
            call(
                "POST",
                "/v3/whitelabel/dns/email",
                status=204,
                body={
                    "link_id": 29719392,
                    "domain_id": 46873408,
                    "email": "my_colleague@example.com",
                    "message": "DNS Record for verification",
                },
            ),
        ],
    ),
    (
        "authenticated_domains/list_authenticated_domains",
        REF + "/list-all-authenticated-domains",
        [
            call("GET", "/v3/whitelabel/domains", query="limit=2&offset=0&exclude_subusers=true", response=LISTED),
        ],
    ),
    (
        "authenticated_domains/authenticate_domain",
        REF + "/authenticate-a-domain",
        [
            call(
                "POST",
                "/v3/whitelabel/domains",
                status=201,
                response=CREATED,
                body={
                    "domain": "example.com",
                    "subdomain": "news",
                    "username": "john@example.com",
                    "ips": ["192.168.1.1", "192.168.1.2"],
                    "custom_spf": True,
                    "default": True,
                    "automatic_security": False,
                },
            ),
        ],
    ),
    (
        "authenticated_domains/get_authenticated_domain",
        REF + "/retrieve-an-authenticated-domain",
        [
            call("GET", "/v3/whitelabel/domains/45373692", response=AUTOMATIC),
        ],
    ),
    (
        "authenticated_domains/update_authenticated_domain",
        REF + "/update-an-authenticated-domain (answer: the updated domain)",
        [
            call(
                "PATCH",
                "/v3/whitelabel/domains/45373692",
                body={"default": False, "custom_spf": True},
                response={**AUTOMATIC, "default": False, "custom_spf": True},
            ),
        ],
    ),
    (
        "authenticated_domains/delete_authenticated_domain",
        REF + "/delete-an-authenticated-domain",
        [
            call("DELETE", "/v3/whitelabel/domains/45373692", status=204),
        ],
    ),
    (
        "authenticated_domains/associate_domain_with_subuser",
        REF + "/associate-an-authenticated-domain-with-a-given-user",
        [
            call("POST", "/v3/whitelabel/domains/1/subuser", status=201, body={"username": "jdoe"}, response=MANUAL),
        ],
    ),
    (
        "authenticated_domains/disassociate_domain_from_subuser",
        REF + "/disassociate-an-authenticated-domain-from-a-subuser-multiple",
        [
            call("DELETE", "/v3/whitelabel/domains/1/subuser", query="username=jdoe", status=204),
        ],
    ),
    (
        "authenticated_domains/add_subuser_domain",
        REF + "/associate-an-authenticated-domain-with-a-subuser-multiple",
        [
            call(
                "POST", "/v3/whitelabel/domains/1/subuser:add", status=201, body={"username": "jdoe"}, response=MANUAL
            ),
        ],
    ),
    (
        "authenticated_domains/add_ip_to_domain",
        REF + "/add-an-ip-to-an-authenticated-domain",
        [
            call(
                "POST",
                "/v3/whitelabel/domains/1/ips",
                body={"ip": "192.168.0.1"},
                response={**MANUAL, "username": "john@example.com"},
            ),
        ],
    ),
    (
        "authenticated_domains/remove_ip_from_domain",
        REF + "/remove-an-ip-from-an-authenticated-domain",
        [
            call(
                "DELETE",
                "/v3/whitelabel/domains/1/ips/192.168.0.1",
                response={**MANUAL, "username": "mail@example.com"},
            ),
        ],
    ),
    (
        "authenticated_domains/validate_authenticated_domain",
        REF + "/validate-a-domain-authentication (validation_results spelled right)",
        [
            call(
                "POST",
                "/v3/whitelabel/domains/1/validate",
                response={
                    "id": 1,
                    "valid": True,
                    "validation_results": {
                        "mail_cname": {
                            "valid": False,
                            "reason": 'Expected your MX record to be "mx.sendgrid.net" but found "example.com".',
                        },
                        "dkim1": {"valid": True, "reason": None},
                        "dkim2": {"valid": True, "reason": None},
                        "spf": {"valid": True, "reason": None},
                    },
                },
            ),
        ],
    ),
    (
        "authenticated_domains/get_default_authenticated_domain",
        REF + "/get-the-default-authentication",
        [
            call("GET", "/v3/whitelabel/domains/default", query="domain=example.com", response=LISTED[:1]),
        ],
    ),
    (
        "authenticated_domains/get_subuser_domain",
        REF + "/list-the-authenticated-domain-associated-with-the-given-user",
        [
            call(
                "GET",
                "/v3/whitelabel/domains/subuser",
                query="username=jdoe",
                response={**MANUAL, "username": "mail@example.com"},
            ),
        ],
    ),
    (
        "authenticated_domains/disassociate_subuser_domain",
        REF + "/disassociate-a-authenticated-domain-from-a-given-user",
        [
            call("DELETE", "/v3/whitelabel/domains/subuser", query="username=jdoe", status=204),
        ],
    ),
    (
        "authenticated_domains/list_subuser_domains",
        REF + "/list-the-authenticated-domain-associated-with-a-subuser-multiple",
        [
            call(
                "GET",
                "/v3/whitelabel/domains/subuser/all",
                query="username=jdoe",
                response=[
                    {
                        **LISTED[0],
                        "username": "jdoe",
                        "custom_spf": True,
                        "default": False,
                        "automatic_security": False,
                        "valid": False,
                    }
                ],
            ),
        ],
    ),
]
