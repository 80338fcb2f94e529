"""MkDocs hook: adds the generated API reference pages (see pages.py) and their navigation.

The reference is read from the generated package in this repository (not an installed copy),
so the site always documents the code next to it.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

HOOKS_DIR = Path(__file__).resolve().parent
REPOSITORY = HOOKS_DIR.parent.parent
PACKAGE_DIR = REPOSITORY / "generated" / "sendgrid-reseller"
SPEC = REPOSITORY / "spec" / "openapi.yaml"


def _importable() -> None:
    # MkDocs restores sys.path after loading a hook, so the package's directory is added per build.
    for entry in (str(HOOKS_DIR), str(PACKAGE_DIR)):
        if entry not in sys.path:
            sys.path.insert(0, entry)


_importable()
from api_catalog import load_groups  # noqa: E402
from mkdocs.structure.files import File, Files  # noqa: E402
from pages import MODELS_PAGE, REFERENCE_DIR, group_page, group_page_path, models_page, nav_entries, reference_index  # noqa: E402

_groups: list[Any] = []
REFERENCE_NAV_TITLE = "API reference"


def on_config(config: Any) -> Any:
    _importable()
    # Every date in the site (sitemap, its gzip header) is the package's, so rebuilding the same
    # inputs gives the same bytes on any day.
    manifest = json.loads((PACKAGE_DIR / "generation-manifest.json").read_text(encoding="utf-8"))
    os.environ["SOURCE_DATE_EPOCH"] = str(manifest["source_date_epoch"])
    _groups[:] = load_groups(SPEC)
    for entry in config["nav"] or []:
        if isinstance(entry, dict) and REFERENCE_NAV_TITLE in entry:
            entry[REFERENCE_NAV_TITLE] = [
                {"Overview": f"{REFERENCE_DIR}/index.md"},
                *entry[REFERENCE_NAV_TITLE],
                *nav_entries(_groups),
            ]
    return config


def on_files(files: Files, config: Any) -> Files:
    files.append(File.generated(config, f"{REFERENCE_DIR}/index.md", content=reference_index(_groups)))
    files.append(File.generated(config, MODELS_PAGE, content=models_page()))
    for group in _groups:
        files.append(File.generated(config, group_page_path(group), content=group_page(group)))
    return files
