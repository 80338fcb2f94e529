"""The Jinja environment that renders overlays/package: the generated package's own files."""

from __future__ import annotations

import jinja2

from generator.paths import PACKAGE_TEMPLATES


def package_templates() -> jinja2.Environment:
    """Strict (an unknown name is an error), whitespace as the templates are written."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(PACKAGE_TEMPLATES),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
