"""A synthetic OpenAPI 3.1 document of N operations, for the generation-scale metric.

Every operation is alike (a group of 25 per tag, a path parameter, a query parameter, a JSON
body on writes, a response model of its own with nested and enum fields), so the document's size
grows linearly in N and the time and memory of generating it should too.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

GROUP_SIZE = 25


def _model(index: int) -> dict[str, Any]:
    return {
        "type": "object",
        "title": f"Item{index}",
        "description": f"Item kind {index}.",
        "required": ["id", "name"],
        "properties": {
            "id": {"type": "integer"},
            "name": {"type": "string", "description": "A name."},
            "status": {"type": "string", "enum": ["active", "inactive"], "title": f"Item{index}Status"},
            "tags": {"type": "array", "items": {"type": "string"}},
            "owner": {"$ref": "#/components/schemas/Owner"},
        },
    }


def _operation(index: int) -> tuple[str, dict[str, Any]]:
    group = f"group{index // GROUP_SIZE}"
    path = f"/v3/{group}/items{index}/{{item_id}}"
    response = {
        "200": {
            "description": "The item.",
            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/Item{index}"}}},
        }
    }
    parameters = [
        {"name": "item_id", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "verbose", "in": "query", "required": False, "schema": {"type": "boolean"}},
    ]
    operation: dict[str, Any] = {
        "operationId": f"{'update' if index % 2 else 'get'}_item_{index}",
        "summary": f"Operation {index}.",
        "description": f"Operation {index} of the synthetic API.",
        "tags": [group],
        "x-sendgrid-client-path": f"{group}.{'update' if index % 2 else 'get'}_item_{index}",
        "parameters": parameters,
        "responses": response,
    }
    if index % 2:
        operation["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/Item{index}"}}},
        }
    return path, {("post" if index % 2 else "get"): operation}


def synthetic_document(operations: int) -> dict[str, Any]:
    paths = dict(_operation(index) for index in range(operations))
    schemas: dict[str, Any] = {
        "Owner": {
            "type": "object",
            "title": "Owner",
            "properties": {"username": {"type": "string"}, "email": {"type": "string"}},
        }
    }
    schemas.update({f"Item{index}": _model(index) for index in range(operations)})
    return {
        "openapi": "3.1.0",
        "info": {"title": "Synthetic API", "version": "1.0.0"},
        "servers": [{"url": "https://api.example.test"}],
        "paths": paths,
        "components": {"schemas": schemas},
    }


def write(operations: int, path: Path) -> Path:
    path.write_text(json.dumps(synthetic_document(operations), indent=1), encoding="utf-8")
    return path


if __name__ == "__main__":
    write(int(sys.argv[1]), Path(sys.argv[2]))
