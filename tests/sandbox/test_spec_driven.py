"""Dispatch is generic: a spec with calls the sandbox has no code for still routes and answers."""

from __future__ import annotations

import textwrap
from pathlib import Path

import httpx

from sandbox import SandboxServer, load_routes
from tests.sandbox.conftest import V2_CREDENTIALS, V3_AUTH

SPEC = """
openapi: 3.1.0
info: {title: fixture, version: 0.0.1}
paths:
  /apiv2/reseller.manage.json#get_stats:
    post:
      operationId: get_stats
      tags: [Stats]
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              required: [method, user]
              properties:
                method: {type: string, const: stats}
                user: {type: string}
      responses:
        '200':
          description: ok
          content:
            application/json:
              example: [{date: '2024-01-01', delivered: 3}]
  /apiv2/reseller.manage.json#get_stats_aggregate:
    post:
      operationId: get_stats_aggregate
      tags: [Stats]
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              required: [method, aggregate, user]
              properties:
                method: {type: string, const: stats}
                aggregate: {type: string, const: '1'}
                user: {type: string}
      responses:
        '200':
          description: ok
          content: {application/json: {schema: {type: object, properties: {delivered: {type: integer}}}}}
  /apiv2/reseller.manage.json#get_category_stats:
    post:
      operationId: get_category_stats
      tags: [Stats]
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              required: [method, user, category]
              properties:
                method: {type: string, const: stats}
                user: {type: string}
                category: {type: string}
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: array, items: {type: object}}}}}
  /apiv2/reseller.manage.json#list_timezones:
    get:
      operationId: list_timezones
      tags: [Timezone]
      parameters:
        - {name: method, in: query, required: true, schema: {type: string, const: timezone}}
        - {name: task, in: query, required: true, schema: {type: string, const: list}}
      responses:
        '200': {description: ok, content: {application/json: {example: [{timezone: UTC}]}}}
  /v3/designs/{design_id}:
    get:
      operationId: get_design
      tags: [Designs]
      parameters: [{name: design_id, in: path, required: true, schema: {type: string}}]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  id: {type: string, format: uuid}
                  versions: {type: array, items: {type: object, properties: {active: {type: integer}}}}
    delete:
      operationId: delete_design
      tags: [Designs]
      parameters: [{name: design_id, in: path, required: true, schema: {type: string}}]
      responses:
        '204': {description: deleted}
  /v3/designs:
    get:
      operationId: list_designs
      tags: [Designs]
      parameters:
        - {name: limit, in: query, schema: {type: integer}}
        - {name: offset, in: query, schema: {type: integer}}
      responses:
        '200':
          description: ok
          headers: {Link: {schema: {type: string}}}
          content: {application/json: {example: [{email: a@example.com}, {email: b@example.com}]}}
"""


def fixture_spec(tmp_path: Path) -> Path:
    path = tmp_path / "openapi.yaml"
    path.write_text(textwrap.dedent(SPEC))
    return path


def test_presence_based_v2_dispatch_picks_the_most_specific_call(tmp_path: Path) -> None:
    spec = fixture_spec(tmp_path)
    routes = load_routes(spec)
    order = [r.operation_id for r in routes.v2_by_path["/apiv2/reseller.manage.json"]]
    # More fixed fields first; on a tie, more required fields (category) before fewer.
    assert order.index("get_stats_aggregate") < order.index("get_category_stats") < order.index("get_stats")
    with SandboxServer(spec_path=spec, subusers=0) as server, httpx.Client(base_url=server.base_url) as http:
        manage = "/apiv2/reseller.manage.json"
        plain = http.post(manage, data={**V2_CREDENTIALS, "method": "stats", "user": "u"})
        assert plain.json() == [{"date": "2024-01-01", "delivered": 3}]
        aggregate = http.post(manage, data={**V2_CREDENTIALS, "method": "stats", "aggregate": "1", "user": "u"})
        assert aggregate.json() == {"delivered": 1}
        category = http.post(manage, data={**V2_CREDENTIALS, "method": "stats", "category": "c", "user": "u"})
        assert category.json() == [{}]
        missing = http.post(manage, data={**V2_CREDENTIALS, "method": "stats"})
        assert missing.status_code == 400 and missing.json()["errors"] == ["Missing required parameter: user"]
        timezones = http.get(manage, params={**V2_CREDENTIALS, "method": "timezone", "task": "list"})
        assert timezones.json() == [{"timezone": "UTC"}]
        assert server.stats().by_operation == {
            "get_stats": 1,
            "get_stats_aggregate": 1,
            "get_category_stats": 1,
            "list_timezones": 1,
        }


def test_v3_operations_without_state_answer_their_documented_shape(tmp_path: Path) -> None:
    with (
        SandboxServer(spec_path=fixture_spec(tmp_path), subusers=3) as server,
        httpx.Client(base_url=server.base_url) as http,
    ):
        # (templates are stateful since the accounts & access areas: designs stand for a stateless call)
        design = http.get("/v3/designs/abc-123", headers=V3_AUTH)
        assert design.status_code == 200 and set(design.json()) == {"id", "versions"}
        assert http.delete("/v3/designs/abc-123", headers=V3_AUTH).status_code == 204
        designs = http.get("/v3/designs", headers=V3_AUTH)
        assert len(designs.json()) == 2 and designs.links["first"]["title"] == "1"
        assert http.get("/v3/designs", params={"limit": 501}, headers=V3_AUTH).status_code == 400
        # Built-in collections exist even when the spec does not describe them.
        assert len(http.get("/v3/subusers", headers=V3_AUTH).json()) == 3
        assert server.stats().by_operation["get_design"] == 1


UNANSWERABLE = """
openapi: 3.1.0
info: {title: fixture, version: 0.0.1}
paths:
  /v3/messages/download:
    get:
      operationId: download_messages
      responses:
        '200': {description: a CSV file, content: {text/csv: {schema: {type: string}}}}
  /apiv2/reseller.export.json:
    post:
      operationId: export_customers
      responses:
        '202': {description: accepted, content: {application/zip: {schema: {type: string}}}}
"""


def test_an_operation_the_sandbox_cannot_answer_is_a_501_naming_it(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(textwrap.dedent(UNANSWERABLE))
    with SandboxServer(spec_path=spec, subusers=0) as server, httpx.Client(base_url=server.base_url) as http:
        v3 = http.get("/v3/messages/download", headers=V3_AUTH)
        assert v3.status_code == 501
        assert v3.json()["errors"][0]["message"] == (
            "the sandbox does not implement operation download_messages (GET /v3/messages/download)"
        )
        v2 = http.post("/apiv2/reseller.export.json", data=V2_CREDENTIALS)
        assert v2.status_code == 501 and "export_customers" in v2.json()["errors"][0]
        assert server.stats().by_operation == {"download_messages": 1, "export_customers": 1}
