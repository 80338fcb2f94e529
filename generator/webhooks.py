"""Stage 5b: webhook payload models (the spec's `webhooks` section) via datamodel-code-generator."""

from __future__ import annotations

from pathlib import Path

from generator.errors import GeneratorError
from generator.load import LoadedSpec


def generate_webhook_models(spec: LoadedSpec, distribution_dir: Path) -> None:
    """Nothing to do until the spec describes webhooks."""
    if not spec.document.get("webhooks"):
        return
    raise GeneratorError("the spec has a webhooks section, which this generator version cannot turn into models yet")
