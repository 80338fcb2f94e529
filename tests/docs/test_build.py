"""`make docs`: strict, reproducible, free of secrets; and the versioned archive `make publish` writes."""

from __future__ import annotations

import json
import tarfile
from pathlib import Path

import pytest
import yaml

from release.build import package_version
from release.docs_archive import archive_name, write_docs_archive
from tests.docs.site_tools import REPOSITORY, BackgroundBuild, build_site

PACKAGE = REPOSITORY / "generated" / "sendgrid-reseller"
EXAMPLE_SECRET = "SG.docs-example-key"  # the key the reference examples are recorded with (docs/hooks/examples.py)


def _tree(root: Path) -> dict[str, bytes]:
    return {path.relative_to(root).as_posix(): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


@pytest.mark.slow
def test_rebuilding_gives_the_same_bytes(built_site: Path, second_build: BackgroundBuild) -> None:
    status, errors = second_build.result()
    assert status == 0, errors[-3000:]
    first, second = _tree(built_site), _tree(second_build.target)
    assert first.keys() == second.keys(), sorted(first.keys() ^ second.keys())
    assert [name for name in first if first[name] != second[name]] == []


def test_the_site_has_no_web_fonts_or_remote_assets(built_site: Path) -> None:
    for page in built_site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "fonts.googleapis.com" not in text and "fonts.gstatic.com" not in text, page


def test_no_credential_reaches_the_site(built_site: Path) -> None:
    leaks = [path for path in built_site.rglob("*") if path.is_file() and EXAMPLE_SECRET.encode() in path.read_bytes()]
    assert leaks == []


def test_every_operation_has_a_reference_entry(built_site: Path) -> None:
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {document["location"] for document in index["docs"]}
    api_md = (PACKAGE / "API.md").read_text(encoding="utf-8")
    operations = {line.split("`")[1] for line in api_md.splitlines() if line.startswith("| `")}
    missing = sorted(name for name in operations if not any(location.endswith(f"#{name}") for location in locations))
    assert operations and missing == []


def _small_site(tmp_path: Path, page: str) -> Path:
    """The project's mkdocs.yml settings (strict, validation, plugins) around one page, without the reference."""
    config = yaml.safe_load((REPOSITORY / "mkdocs.yml").read_text(encoding="utf-8"))
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text(page, encoding="utf-8")
    config.update(docs_dir=str(docs), site_dir=str(tmp_path / "site"), nav=["index.md"], hooks=[])
    config.pop("exclude_docs", None)
    handlers = config["plugins"][1]["mkdocstrings"]["handlers"]["python"]
    handlers["paths"] = [str(PACKAGE)]
    path = tmp_path / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "page, complaint",
    [
        ("# Home\n\nSee [the guide](guide/missing.md).\n", "guide/missing.md"),
        ("# Home\n\nSee [SendGrid][sendgrid_reseller.NoSuchClient].\n", "sendgrid_reseller.NoSuchClient"),
        ("# Home\n\n[Down there](#no-such-heading)\n", "no-such-heading"),
    ],
    ids=["missing-page", "broken-cross-reference", "missing-anchor"],
)
def test_a_broken_link_fails_the_build(tmp_path: Path, page: str, complaint: str) -> None:
    result = build_site(tmp_path / "out", config=_small_site(tmp_path, page))
    assert result.returncode != 0, "the strict build accepted a broken link"
    assert complaint in result.stderr + result.stdout


def test_a_valid_small_site_builds(tmp_path: Path) -> None:
    # The control for the three above: the same small site builds when its link is sound.
    page = "# Home\n\n## Usage\n\nSee [usage](#usage).\n"
    result = build_site(tmp_path / "out", config=_small_site(tmp_path, page))
    assert result.returncode == 0, result.stderr[-3000:]


def test_the_docs_archive_is_versioned_and_reproducible(built_site: Path, tmp_path: Path) -> None:
    version, epoch = package_version(PACKAGE)
    first = write_docs_archive(built_site, PACKAGE, tmp_path / "one")
    second = write_docs_archive(built_site, PACKAGE, tmp_path / "two")
    assert first.name == f"sendgrid_reseller-{version}-docs.tar.gz"
    assert first.read_bytes() == second.read_bytes()
    with tarfile.open(first) as archive:
        members = archive.getmembers()
        names = [member.name for member in members]
        assert f"{archive_name(version)}/index.html" in names
        assert {member.mtime for member in members} == {epoch}
        assert all(name.split("/", 1)[0] == archive_name(version) for name in names)
        extracted = archive.extractfile(f"{archive_name(version)}/index.html")
        assert extracted is not None and extracted.read() == (built_site / "index.html").read_bytes()


def test_the_docs_archive_needs_a_built_site(tmp_path: Path) -> None:
    from release.errors import ReleaseError

    with pytest.raises(ReleaseError, match="make docs"):
        write_docs_archive(tmp_path / "empty", PACKAGE, tmp_path / "dist")
