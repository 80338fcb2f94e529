# Copied from sandbox/_templates.py by the generator. Do not edit; change the sandbox and run `make generate`.
"""Transactional templates and their versions in the sandbox (one active version per template),
with the template list's token paging: `_metadata.next` is the next page's URL.
"""

from __future__ import annotations

import re
import time
from typing import Any

from ._collections import Record
from ._reply import Reply, dumps, v3_error
from ._resources import (
    FIXED_EPOCH,
    Counter,
    Routes,
    body_of,
    deleted,
    everything,
    next_url,
    query_int,
    sandbox_uuid,
    store,
)
from ._v3 import V3Request, _first

GENERATIONS = {"legacy": {"legacy"}, "dynamic": {"dynamic"}, "legacy,dynamic": {"legacy", "dynamic"}}
VERSION_FIELDS = (
    "active", "name", "subject", "html_content", "plain_content", "generate_plain_content", "editor", "test_data",
)  # fmt: skip
_TAG = re.compile(r"<[^>]+>")
_PAGE_TOKEN = re.compile(r"^page-(\d+)$")


def _stamp(number: int) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(FIXED_EPOCH + number))


class TemplateArea:
    def __init__(self, link_base: str) -> None:
        self._link_base = link_base
        self._templates = store("id")
        self._versions = store("id")
        self._numbers = Counter()

    def routes(self) -> Routes:
        return {
            ("POST", "/v3/templates"): ("create_template", 201, self._create),
            ("GET", "/v3/templates"): ("list_templates", 200, self._list),
            ("POST", "/v3/templates/{}"): ("duplicate_template", 201, self._duplicate),
            ("GET", "/v3/templates/{}"): ("get_template", 200, self._get),
            ("PATCH", "/v3/templates/{}"): ("update_template", 200, self._rename),
            ("DELETE", "/v3/templates/{}"): ("delete_template", 204, self._delete),
            ("POST", "/v3/templates/{}/versions"): ("create_template_version", 201, self._create_version),
            ("GET", "/v3/templates/{}/versions/{}"): ("get_template_version", 200, self._get_version),
            ("PATCH", "/v3/templates/{}/versions/{}"): ("update_template_version", 200, self._update_version),
            ("DELETE", "/v3/templates/{}/versions/{}"): ("delete_template_version", 204, self._delete_version),
            ("POST", "/v3/templates/{}/versions/{}/activate"): ("activate_template_version", 200, self._activate),
        }

    def _answer(self, template: Record) -> Record:
        versions = [v for v in everything(self._versions) if v["template_id"] == template["id"]]
        return {**template, "versions": versions}

    def _found(self, template_id: str, status: int) -> Reply:
        template = self._templates.get(template_id)
        return v3_error(404, "template not found") if template is None else Reply(status, dumps(self._answer(template)))

    def _new_template(self, name: str, generation: str) -> Record:
        number = self._numbers.take()
        template = {"id": sandbox_uuid(2, number), "name": name, "generation": generation, "updated_at": _stamp(number)}
        self._templates.add(template)
        return template

    def _create(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        body = body_of(request, {"name": str})
        if isinstance(body, Reply):
            return body
        generation = body.get("generation", "legacy")
        if generation not in ("legacy", "dynamic"):
            return v3_error(400, "generation is legacy or dynamic", "generation")
        return Reply(status, dumps(self._answer(self._new_template(body["name"], generation))))

    def _list(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        if _first(request.query, "page_size") is None:
            return v3_error(400, "page_size is required", "page_size")
        size = query_int(request, "page_size", 0, 1, 200)
        if isinstance(size, Reply):
            return size
        generations = _first(request.query, "generations") or "legacy"
        if generations not in GENERATIONS:
            return v3_error(400, "generations is legacy, dynamic or legacy,dynamic", "generations")
        token = _first(request.query, "page_token")
        matched = _PAGE_TOKEN.match(token) if token is not None else None
        if token is not None and matched is None:
            return v3_error(400, "page_token is not a token this list gave", "page_token")
        start = int(matched.group(1)) if matched else 0
        chosen = [self._answer(t) for t in everything(self._templates) if t["generation"] in GENERATIONS[generations]]

        def url(at: int | None) -> str:
            paging = [("page_token", f"page-{at}")] if at else []
            return next_url(
                self._link_base, "/v3/templates", [("generations", generations), ("page_size", size), *paging]
            )

        metadata: dict[str, Any] = {"self": url(start), "count": len(chosen)}
        if start > 0:
            metadata["prev"] = url(max(0, start - size))
        if start + size < len(chosen):
            metadata["next"] = url(start + size)
        return Reply(status, dumps({"result": chosen[start : start + size], "_metadata": metadata}))

    def _duplicate(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        body = body_of(request)
        if isinstance(body, Reply):
            return body
        original = self._templates.get(params[0])
        if original is None:
            return v3_error(404, "template not found")
        copy = self._new_template(str(body.get("name") or f"{original['name']} Copy"), original["generation"])
        for version in everything(self._versions):
            if version["template_id"] == original["id"]:
                self._add_version(copy["id"], {k: version[k] for k in VERSION_FIELDS if k in version})
        return Reply(status, dumps(self._answer(copy)))

    def _get(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        return self._found(params[0], status)

    def _rename(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        body = body_of(request, {"name": str})
        if isinstance(body, Reply):
            return body
        self._templates.update(params[0], {"name": body["name"], "updated_at": _stamp(self._numbers.take())})
        return self._found(params[0], status)

    def _delete(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        for version in everything(self._versions):
            if version["template_id"] == params[0]:
                self._versions.delete(version["id"])
        return deleted(self._templates.delete(params[0]), "template", status)

    # Versions.

    @staticmethod
    def _content(body: dict[str, Any]) -> dict[str, Any] | Reply:
        content = {k: body[k] for k in VERSION_FIELDS if k in body}
        if content.get("active", 0) not in (0, 1):
            return v3_error(400, "active is 0 or 1", "active")
        if content.get("editor", "code") not in ("code", "design"):
            return v3_error(400, "editor is code or design", "editor")
        if content.get("generate_plain_content", True) and "html_content" in content and "plain_content" not in content:
            content["plain_content"] = _TAG.sub("", str(content["html_content"]))
        return content

    def _add_version(self, template_id: str, content: dict[str, Any]) -> Record:
        number = self._numbers.take()
        version_id = sandbox_uuid(3, number)
        version: Record = {"id": version_id, "template_id": template_id, "active": 0, "editor": "code"}
        version.update({"generate_plain_content": True, "updated_at": _stamp(number), **content})
        self._versions.add(version)
        if version["active"] == 1:
            self._make_only_active(template_id, version_id)
        return version

    def _make_only_active(self, template_id: str, version_id: str) -> None:
        for other in everything(self._versions):
            if other["template_id"] == template_id:
                self._versions.update(other["id"], {"active": int(other["id"] == version_id)})

    def _version(self, params: tuple[str, ...]) -> Record | None:
        version = self._versions.get(params[1])
        return version if version is not None and version["template_id"] == params[0] else None

    def _create_version(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        body = body_of(request, {"name": str, "subject": str})
        if isinstance(body, Reply):
            return body
        if self._templates.get(params[0]) is None:
            return v3_error(404, "template not found")
        content = self._content(body)
        if isinstance(content, Reply):
            return content
        return Reply(status, dumps(self._add_version(params[0], content)))

    def _get_version(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        version = self._version(params)
        return v3_error(404, "version not found") if version is None else Reply(status, dumps(version))

    def _update_version(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        body = body_of(request)
        if isinstance(body, Reply):
            return body
        content = self._content(body)
        if isinstance(content, Reply):
            return content
        if self._version(params) is None:
            return v3_error(404, "version not found")
        self._versions.update(params[1], {**content, "updated_at": _stamp(self._numbers.take())})
        if content.get("active") == 1:
            self._make_only_active(params[0], params[1])
        return self._get_version(request, params, status)

    def _delete_version(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        return deleted(self._version(params) is not None and self._versions.delete(params[1]), "version", status)

    def _activate(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        if self._version(params) is None:
            return v3_error(404, "version not found")
        self._make_only_active(params[0], params[1])
        return self._get_version(request, params, status)
