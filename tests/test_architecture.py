"""The layering the design asks for, checked on the source: core never imports Qt; the UI reaches data only
through ``Services`` (never the database itself), calls no private member of another object, and its
folders show what each module is."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "recoverybox"
UI = PACKAGE / "ui"


def modules(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*.py") if "__pycache__" not in path.parts)


def imported(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_never_imports_qt():
    for path in modules(PACKAGE / "core"):
        qt = {name for name in imported(path) if name.split(".")[0] in ("PySide6", "shiboken6", "apscheduler")}
        assert not qt, f"{path.relative_to(PACKAGE)} imports {qt}"


def test_the_ui_reaches_data_only_through_services():
    opening = {"Database", "open_database", "open_memory", "make_engine"}  # its error types may be caught
    for path in modules(UI):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module == "recoverybox.core.storage.db":
                used = opening & {alias.name for alias in node.names}
                assert not used, f"{path.relative_to(PACKAGE)}:{node.lineno} opens the database itself: {used}"
            if isinstance(node, ast.Attribute) and node.attr == "db":
                raise AssertionError(f"{path.relative_to(PACKAGE)}:{node.lineno} reaches for the database")


def test_no_private_member_of_another_object_is_used_in_the_ui():
    for path in [*modules(UI), PACKAGE / "app.py"]:
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Attribute) or not node.attr.startswith("_") or node.attr.startswith("__"):
                continue
            owner = node.value
            ours = isinstance(owner, ast.Name) and owner.id in ("self", "cls")
            parent = isinstance(owner, ast.Call) and isinstance(owner.func, ast.Name) and owner.func.id == "super"
            assert ours or parent, f"{path.relative_to(PACKAGE)}:{node.lineno} uses {ast.unparse(node)}"


def test_the_ui_folders_show_the_architecture():
    views = {path.stem for path in modules(UI / "views")}
    assert {"today_view", "week_view", "goals_view", "progress_view", "journal_view", "support_view"} <= views
    for path in modules(UI):
        if path.stem.endswith("_view") and path.stem != "view_base":
            assert path.parent.name == "views", f"{path.relative_to(PACKAGE)} is a view outside ui/views"
        if path.stem.endswith("_dialog"):
            assert path.parent.name == "dialogs", f"{path.relative_to(PACKAGE)} is a dialog outside ui/dialogs"
        if path.stem.endswith("_pdf"):
            assert path.parent.name == "printing", f"{path.relative_to(PACKAGE)} prints outside ui/printing"
    loose = {path.stem for path in UI.glob("*.py")}
    assert len(loose) <= 16, f"ui/ holds {len(loose)} loose modules again: {sorted(loose)}"
