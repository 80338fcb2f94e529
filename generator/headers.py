"""Stage 7: one header line on every generated file: its source, "do not edit", how to regenerate."""

from __future__ import annotations

from pathlib import Path

from generator.paths import IMPORT_PACKAGE, REGENERATE_COMMAND


def header_for(relative: str, spec_name: str, package: str = IMPORT_PACKAGE) -> str | None:
    runtime_dir, testing_dir = f"{package}/_runtime/", f"{package}/testing/"
    if relative.startswith(runtime_dir):
        source = "overlays/runtime/" + relative[len(runtime_dir) :]
        text = f"Copied from {source} by the generator. Do not edit; change the overlay and run `{REGENERATE_COMMAND}`."
    elif relative.startswith(testing_dir) and relative.endswith(".py"):
        source = "sandbox/" + relative[len(testing_dir) :]
        text = f"Copied from {source} by the generator. Do not edit; change the sandbox and run `{REGENERATE_COMMAND}`."
    elif relative == "LICENSE":
        return None
    else:
        text = f"Generated from {spec_name} by sendgrid-reseller's generator. Do not edit; run `{REGENERATE_COMMAND}`."
    if relative.endswith((".py", ".toml", ".typed")):
        return f"# {text}\n"
    if relative.endswith(".md"):
        return f"<!-- {text} -->\n"
    return None


def add_headers(distribution_dir: Path, spec_name: str, package: str = IMPORT_PACKAGE) -> None:
    for path in sorted(distribution_dir.rglob("*")):
        if not path.is_file():
            continue
        relative = path.relative_to(distribution_dir).as_posix()
        header = header_for(relative, spec_name, package)
        if header is None:
            continue
        text = path.read_text(encoding="utf-8")
        path.write_text(header + text, encoding="utf-8")


def strip_header(text: str) -> str:
    """The file's content without its generator header (for comparing runtime copies)."""
    first, _, rest = text.partition("\n")
    return rest if first.startswith(("# Copied from", "# Generated from", "<!-- Generated from")) else text
