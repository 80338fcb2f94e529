"""Issue 21 observation 4: API.md lists each method's parameters and each model's fields, so its
diff shows a new parameter or field (it used to show only its version line)."""

from __future__ import annotations

from pathlib import Path

from generator.api_map import model_fields, operation_models
from generator.catalog import OperationInfo
from generator.paths import DEFAULT_OUT, DISTRIBUTION


def _package(root: Path, *, region: bool) -> Path:
    (root / "api" / "things").mkdir(parents=True)
    (root / "models").mkdir()
    extra = ", include_region: bool | Unset = False" if region else ""
    (root / "api" / "things" / "list_things.py").write_text(
        f"def sync_detailed(client: Client, /, thing_id: str, *, limit: int | Unset = UNSET{extra},"
        " options: RequestOptions | None = None) -> Response[list[Thing]]: ...\n"
    )
    field = "    region: str | Unset = UNSET\n" if region else ""
    (root / "models" / "thing.py").write_text(
        f"Colour = Literal['red', 'blue']\n\n\nclass Thing:\n    name: str\n{field}"
        "    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)\n"
    )
    return root


def _info() -> OperationInfo:
    return OperationInfo("list_things", "Things", "get", "/v3/things", "/v3/things", "v3")


def test_parameters_and_fields_are_listed(tmp_path: Path) -> None:
    old, new = _package(tmp_path / "old", region=False), _package(tmp_path / "new", region=True)
    assert operation_models(old, [_info()])["list_things"].parameters == ("thing_id: str", "limit: int | Unset = UNSET")
    assert operation_models(new, [_info()])["list_things"].parameters[-1] == "include_region: bool | Unset = False"
    assert model_fields(old) == {"Colour": ["Literal['red', 'blue']"], "Thing": ["name: str"]}
    assert model_fields(new)["Thing"] == ["name: str", "region: str | Unset = UNSET"]


def test_the_generated_api_map_shows_parameters_and_fields() -> None:
    text = (DEFAULT_OUT / DISTRIBUTION / "API.md").read_text(encoding="utf-8")
    row = next(line for line in text.splitlines() if line.startswith("| `list_subusers` |"))
    assert "`limit: int \\| Unset = UNSET`" in row
    assert (
        "\n- `Subuser`: `disabled: bool`, `id: int`, `username: str`, `email: str`, `region: str | Unset = UNSET`\n"
        in text
    )
