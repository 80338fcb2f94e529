"""`python -m generator foreign`: one line per document, refusals with file, pointer and cause."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest

from generator import cli
from generator.foreign import _package_names
from generator.paths import DEFAULT_NAMES, PackageNames


def test_invalid_documents_are_refused_with_file_pointer_and_cause(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "wrong_type.yaml").write_text(
        "openapi: 3.1.0\ninfo: {title: Wrong, version: '1'}\npaths: {}\n"
        "components:\n  schemas:\n    Thing: {type: object, properties: {id: {type: integr}}}\n"
    )
    (folder / "not_openapi.json").write_text('{"swagger": "2.0"}')
    (folder / "notes.txt").write_text("not a document: skipped")
    report = io.StringIO()
    with contextlib.redirect_stdout(report):
        code = cli.main(["foreign", str(folder), "--out", str(tmp_path / "out"), "--jobs", "1"])
    lines = report.getvalue().splitlines()
    assert code == 1
    assert lines[0].startswith("not_openapi.json ") and "refused: " in lines[0]
    assert "not_openapi.json: not an OpenAPI document" in lines[0]
    assert lines[1].startswith("wrong_type.yaml ")
    assert "refused: " in lines[1] and "wrong_type.yaml#/components/schemas/Thing/properties/id/type: " in lines[1]
    assert "'integr' is not valid" in lines[1]
    assert lines[-1].startswith("total: 2 document(s), declared 0, generated 0, adaptations 0,")
    assert lines[-1].endswith("0 ok, 2 refused, 0 failed")
    assert not (tmp_path / "out" / "wrong").exists()


def test_package_names_come_from_titles_and_stay_distinct(tmp_path: Path) -> None:
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / name).write_text(
            "openapi: 3.1.0\ninfo: {title: Twilio SendGrid Mail API, version: '1'}\npaths: {}\n"
        )
    (tmp_path / "c.yaml").write_text("openapi: 3.1.0\ninfo: {title: '***', version: '1'}\npaths: {}\n")
    first, second, third = _package_names(sorted(tmp_path.glob("*.yaml")), None)
    assert first == PackageNames("twilio-sendgrid-mail-api", "twilio_sendgrid_mail_api")
    assert second == PackageNames("twilio-sendgrid-mail-api-b", "twilio_sendgrid_mail_api_b")
    assert third == PackageNames("c", "c")  # a title without letters: the file's name


def test_package_name_is_for_one_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.yaml").write_text("openapi: 3.1.0\ninfo: {title: A, version: '1'}\npaths: {}\n")
    (tmp_path / "b.yaml").write_text("openapi: 3.1.0\ninfo: {title: B, version: '1'}\npaths: {}\n")
    assert cli.main(["foreign", str(tmp_path), "--package-name", "acme"]) == 1
    assert "--package-name names one package" in capsys.readouterr().err


def test_generate_names_our_spec_and_its_released_copies_sendgrid_reseller(tmp_path: Path) -> None:
    (tmp_path / "openapi.yaml").write_text("openapi: 3.1.0\ninfo: {title: Acme Orders, version: '1'}\npaths: {}\n")
    assert cli.package_names(tmp_path / "openapi.yaml", None) == PackageNames("acme-orders", "acme_orders")
    assert cli.package_names(tmp_path / "openapi.yaml", "Shop") == PackageNames("shop", "shop")
    (tmp_path / "api-snapshot.json").write_text("{}")  # released with `make bump`: our package
    assert cli.package_names(tmp_path / "openapi.yaml", None) == DEFAULT_NAMES
    assert cli.package_names(Path("spec/openapi.yaml"), None) == DEFAULT_NAMES
