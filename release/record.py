"""After a verified upload: record what was published as the baseline of the next version check.

`spec/api-snapshot.json` then holds the wire and the Python API of the release just published,
so `make check` and `make bump` measure the next changes against it.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path


def record_published(spec: Path, package: Path) -> str:
    # Imported by name: release/ is type-checked on its own, the generator is not (yet).
    pipeline, versioning = import_module("generator.pipeline"), import_module("generator.versioning")
    document = pipeline.load_and_validate(spec).document
    versioning.record_release(spec, document, versioning.read_python_api(package))
    snapshot = spec.parent / versioning.SNAPSHOT_NAME
    return f"recorded the published API in {snapshot}: commit it (the next version check starts there)"
