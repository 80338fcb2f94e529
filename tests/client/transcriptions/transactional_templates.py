"""v3 transactional templates and versions: SendGrid's documented examples."""

from tests.client.transcriptions._v3 import call

REF = "https://www.twilio.com/docs/sendgrid/api-reference/transactional-templates"
VERSIONS = REF + "-versions"
TEMPLATE = "733ba07f-ead1-41fc-933a-3976baa23716"
VERSION_TEMPLATE = "ddb96bbc-9b92-425e-8979-99464621b543"
VERSION = "8aefe0ee-f12b-4575-b5b7-c97e21cb36f3"
CONTENT = {
    "active": 1,
    "name": "example_version_name",
    "html_content": "<%body%>",
    "plain_content": "<%body%>",
    "subject": "<%subject%>",
    "editor": "code",
}
VERSION_ANSWER = {
    "id": VERSION,
    "template_id": VERSION_TEMPLATE,
    **CONTENT,
    "generate_plain_content": True,
    "updated_at": "2019-03-13 18:56:33",
}
VERSION_PATH = f"/v3/templates/{VERSION_TEMPLATE}/versions/{VERSION}"

CASSETTES = [
    (
        "transactional_templates/create_template",
        REF + "/create-a-transactional-template",
        [
            call(
                "POST",
                "/v3/templates",
                body={"name": "example_name", "generation": "dynamic"},
                status=201,
                response={
                    "id": TEMPLATE,
                    "name": "example_name",
                    "generation": "dynamic",
                    "updated_at": "2021-04-28 13:12:46",
                    "versions": [],
                },
            )
        ],
    ),
    (
        "transactional_templates/list_templates",
        REF + "/retrieve-paged-transactional-templates",
        [
            call(
                "GET",
                "/v3/templates",
                query="generations=legacy&page_size=18",
                response={
                    "result": [
                        {
                            "id": "fae7c985-eb92-4b47-9987-28ec29dbc698",
                            "name": "example_name",
                            "generation": "legacy",
                            "updated_at": "2020-11-12 12:00:09",
                            "versions": [],
                        }
                    ],
                    "_metadata": {"self": "https://api.sendgrid.com/v3/templates", "count": 1},
                },
            )
        ],
    ),
    (
        "transactional_templates/duplicate_template",
        REF + "/duplicate-a-transactional-template",
        [
            call(
                "POST",
                f"/v3/templates/{TEMPLATE}",
                body={"name": "example_name"},
                status=201,
                response={
                    "id": TEMPLATE,
                    "name": "example_name",
                    "generation": "dynamic",
                    "updated_at": "2020-12-12 58:26:65",
                    "versions": [],
                },
            )
        ],
    ),
    (
        "transactional_templates/get_template",
        REF + "/retrieve-a-single-transactional-template",
        [
            call(
                "GET",
                "/v3/templates/40da60e6-66f3-4223-9406-ba58b7f55a62",
                response={
                    "id": "40da60e6-66f3-4223-9406-ba58b7f55a62",
                    "name": "Duis in dolor",
                    "generation": "legacy",
                    "updated_at": "2020-12-12 58:26:65",
                    "versions": [],
                },
            )
        ],
    ),
    (
        "transactional_templates/update_template",
        REF + "/edit-a-transactional-template",
        [
            call(
                "PATCH",
                f"/v3/templates/{TEMPLATE}",
                body={"name": "new_example_name"},
                response={
                    "id": TEMPLATE,
                    "name": "new_example_name",
                    "generation": "legacy",
                    "updated_at": "2021-04-28 13:12:46",
                    "versions": [],
                },
            )
        ],
    ),
    (
        "transactional_templates/delete_template",
        REF + "/delete-a-template",
        [call("DELETE", f"/v3/templates/{TEMPLATE}", status=204)],
    ),
    (
        "transactional_templates/create_template_version",
        VERSIONS + "/create-a-new-transactional-template-version",
        [
            call(
                "POST",
                f"/v3/templates/{VERSION_TEMPLATE}/versions",
                body=CONTENT,
                status=201,
                response=VERSION_ANSWER,
            )
        ],
    ),
    (
        "transactional_templates/get_template_version",
        VERSIONS + "/retrieve-a-specific-transactional-template-version",
        [call("GET", VERSION_PATH, response=VERSION_ANSWER)],
    ),
    (
        "transactional_templates/update_template_version",
        VERSIONS + "/edit-a-transactional-template-version",
        [call("PATCH", VERSION_PATH, body=CONTENT, response=VERSION_ANSWER)],
    ),
    (
        "transactional_templates/delete_template_version",
        VERSIONS + "/delete-a-transactional-template-version",
        [call("DELETE", VERSION_PATH, status=204)],
    ),
    (
        "transactional_templates/activate_template_version",
        VERSIONS + "/activate-a-transactional-template-version",
        [call("POST", VERSION_PATH + "/activate", response=VERSION_ANSWER)],
    ),
]
