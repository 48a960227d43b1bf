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


# ---- the shape of the package (ARCHITECTURE.md) -----------------------------------------------------------------
# Core's rooms, lowest first: a room may import only from rooms below it (and itself). ARCHITECTURE.md draws this.
ROOMS = (
    ("base",),
    ("storage",),
    ("settings", "journal", "support"),
    ("recovery",),
    ("goals",),
    ("calendar",),
    ("meetings", "sync", "reminders", "protection"),
    ("export",),
    ("app",),
)
LIMIT_LINES = 500


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Each module of the package and the modules of the package it imports: at run time, inside functions and
    for type checking alike (a type-only import still ties two modules together for a reader)."""
    paths = {module_name(path): path for path in modules(PACKAGE)}
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        found: set[str] = set()
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + [base]).strip(".")
                targets = [base] + [f"{base}.{alias.name}" for alias in node.names]
            else:
                continue
            found.update(target for target in targets if target in paths and target != name)
        graph[name] = found
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected parts of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            part = []
            while True:
                other = stack.pop()
                on_stack.discard(other)
                part.append(other)
                if other == node:
                    break
            if len(part) > 1:
                found.append(sorted(part))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


# Circles and long modules still being taken apart (empty now; a new one is listed only with a reason).
CIRCLES_LEFT: list[list[str]] = []
LONG_MODULES_LEFT: dict[str, int] = {}


def test_no_import_circle_anywhere_in_the_package():
    found = cycles(import_graph())
    assert [part for part in found if part not in CIRCLES_LEFT] == []
    assert all(part in found for part in CIRCLES_LEFT), "a circle is gone: take it off CIRCLES_LEFT"


def test_the_cycle_finder_finds_a_circle():
    """The check above is only as good as this: a circle through a type-only import is one."""
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_every_core_module_lives_in_a_room_and_imports_only_rooms_below():
    loose = [path.name for path in (PACKAGE / "core").glob("*.py") if path.name != "__init__.py"]
    assert loose == [], f"core modules outside a room: {loose}"
    layer = {room: level for level, rooms in enumerate(ROOMS) for room in rooms}
    folders = {path.name for path in (PACKAGE / "core").iterdir() if path.is_dir() and path.name != "__pycache__"}
    assert folders == set(layer), f"rooms on disk {sorted(folders)}, declared {sorted(layer)}"
    for name, imports in import_graph().items():
        if not name.startswith("recoverybox.core."):
            continue
        room = name.split(".")[2]
        for other in imports:
            if other.startswith("recoverybox.core.") and other.count(".") >= 2:
                used = other.split(".")[2]
                assert used == room or layer[used] < layer[room], f"{name} (room {room}) imports {other}"
            assert (
                other.startswith("recoverybox.core")
                or other == "recoverybox.resources"
                or not other.startswith("recoverybox.ui")
            ), f"{name} imports {other}"


def test_no_module_is_over_500_lines():
    long = {
        str(path.relative_to(PACKAGE)): n
        for path in modules(PACKAGE)
        if (n := len(path.read_text().splitlines())) > LIMIT_LINES
    }
    new = {name: n for name, n in long.items() if n > LONG_MODULES_LEFT.get(name, LIMIT_LINES)}
    assert new == {}, f"split these (or keep them from growing): {new}"
    done = sorted(set(LONG_MODULES_LEFT) - set(long))
    assert done == [], f"split already: take {done} off LONG_MODULES_LEFT"


def test_the_main_window_is_about_the_window():
    """The data session owns the data (issue 33): the window stays under 300 lines, and no module but the
    session keeps the data key (a copy of the key is one more place it can leak from)."""
    assert len((PACKAGE / "ui" / "main_window.py").read_text().splitlines()) < 300
    keepers = []
    for path in modules(PACKAGE / "ui"):
        for node in ast.walk(ast.parse(path.read_text())):
            targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
            if isinstance(node, ast.Assign | ast.AnnAssign) and any(
                isinstance(t, ast.Attribute) and t.attr == "key" for t in targets
            ):
                keepers.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert keepers and all(k.startswith("ui/session/data_session.py:") for k in keepers), keepers


# ---- every write through perform ------------------------------------------------------------------------------
# What the views call the services by: the attribute (``services.goals``) or the name they keep one under.
SERVICES = {
    "calendar": "recoverybox.core.calendar.events:CalendarService",
    "occurrences": "recoverybox.core.calendar.occurrence_edits:OccurrenceEditor",
    "goals": "recoverybox.core.goals.service:GoalService",
    "journal": "recoverybox.core.journal.entries:JournalService",
    "contacts": "recoverybox.core.support.contacts:ContactService",
    "sobriety": "recoverybox.core.recovery.sobriety:SobrietyService",
    "recovery": "recoverybox.core.recovery.daily:RecoveryService",
    "settings": "recoverybox.core.settings.service:SettingsService",
    "ics": "recoverybox.core.calendar.ics:IcsService",
    "meeting_lists": "recoverybox.core.meetings.kept:MeetingListService",
    "sync": "recoverybox.core.sync.service:SyncService",
    "sync_service": "recoverybox.core.sync.service:SyncService",
    "services": "recoverybox.core.app.services:Services",
}
# Methods that write without being a person's change to the data: the reminder log's own bookkeeping.
NOT_A_CHANGE = {"ReminderPlanner": {"snooze", "dismiss", "pop_due"}}


def service_class(spec: str) -> type:
    import importlib

    module, name = spec.split(":")
    return getattr(importlib.import_module(module), name)


def returned_type(function: object) -> object:
    """A function's return annotation, evaluated in its module (names imported only for type checking: None)."""
    import sys

    annotation = getattr(function, "__annotations__", {}).get("return")
    if isinstance(annotation, str):
        try:
            return eval(annotation, vars(sys.modules[function.__module__]))  # noqa: S307 (our own source)
        except NameError:
            return None
    return annotation


def says_what_changed(annotation: object) -> bool:
    """A ``Changes``, or a result that carries one (``ImportSummary``, ``LoadResult``, ``SyncResult``, …)."""
    import typing

    from recoverybox.core.base.changes import Changes

    if annotation is Changes or Changes in typing.get_args(annotation):
        return True
    hints = getattr(annotation, "changes", None)
    if isinstance(hints, property):
        return typing.get_type_hints(hints.fget).get("return") is Changes
    fields = getattr(annotation, "__dataclass_fields__", {})
    return "changes" in fields and typing.get_type_hints(annotation).get("changes") is Changes


def write_methods(cls: type) -> set[str]:
    """The public methods of a core service that write: they say what they changed (the test below holds every
    method that opens a transaction to that)."""
    import inspect

    names = set()
    for name, function in inspect.getmembers(cls, inspect.isfunction):
        if not name.startswith("_") and says_what_changed(returned_type(function)):
            names.add(name)
    return names


def test_every_core_write_says_what_it_changed():
    """A public method of a core class that opens a transaction returns ``Changes`` (or a result carrying it)."""
    import inspect

    checked = 0
    for path in modules(PACKAGE / "core"):
        tree = ast.parse(path.read_text())
        for cls in [node for node in tree.body if isinstance(node, ast.ClassDef)]:
            for function in [node for node in cls.body if isinstance(node, ast.FunctionDef)]:
                writes = any(
                    isinstance(node, ast.Attribute) and node.attr == "transaction" for node in ast.walk(function)
                )
                if not writes or function.name.startswith("_") or function.name in NOT_A_CHANGE.get(cls.name, ()):
                    continue
                module = __import__(module_name(path), fromlist=[cls.name])
                method = getattr(getattr(module, cls.name), function.name)
                returned = returned_type(inspect.unwrap(method))
                assert says_what_changed(returned), f"{cls.name}.{function.name} returns {returned}, not Changes"
                checked += 1
    assert checked >= 35


def test_every_write_in_the_ui_goes_through_perform():
    """A call of a core write method in the ui sits inside ``perform(...)``: in its lambda, or in a function
    defined beside it and handed to it by name."""
    writes = {attribute: write_methods(service_class(spec)) for attribute, spec in SERVICES.items()}
    assert writes["goals"] >= {"create", "check_in", "tick", "delete"} and "load_export" in writes["services"]
    found = []
    for path in [*modules(UI), PACKAGE / "app.py"]:
        tree = ast.parse(path.read_text())
        inside: set[int] = set()
        handed: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "perform":
                inside.update(id(sub) for sub in ast.walk(node))
                handed.update(arg.id for arg in node.args if isinstance(arg, ast.Name))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name in handed:
                inside.update(id(sub) for sub in ast.walk(node))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            owner = node.func.value
            if isinstance(owner, ast.Call):
                owner = owner.func
            held_as = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", None)
            if node.func.attr in writes.get(held_as, ()) and id(node) not in inside:
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {ast.unparse(node.func)}")
    assert found == [], "writes outside perform:\n" + "\n".join(found)


def test_the_core_tests_mirror_the_rooms():
    """tests/core/<room>/ beside recoverybox/core/<room>/: a newcomer finds a room's tests where the room is."""
    tests = Path(__file__).resolve().parent / "core"
    loose = sorted(path.name for path in tests.glob("test_*.py"))
    assert loose == [], f"core tests outside a room: {loose}"
    rooms = {room for level in ROOMS for room in level}
    folders = {path.name for path in tests.iterdir() if path.is_dir() and (path / "__init__.py").exists()}
    assert folders <= rooms, f"test folders with no room: {sorted(folders - rooms)}"
    # Rooms whose tests need more than the room: a real CalDAV server, whole data folders, several services.
    elsewhere = {
        "export": "data_safety/test_export_import.py",
        "sync": "sync/test_sync_server.py",
    }
    for room in sorted(rooms):
        if not any((tests / room).glob("test_*.py")):
            assert room in elsewhere and (tests.parent / elsewhere[room]).exists(), f"no tests for the {room} room"


# Constructors still to be cut into parts (issue 33): none may grow, and each leaves the list once it is done.
LONG_INITS_LEFT: dict[str, int] = {}


def test_no_widget_is_built_in_one_constructor_over_80_lines():
    long = {}
    for path in modules(UI):
        for cls in [node for node in ast.walk(ast.parse(path.read_text())) if isinstance(node, ast.ClassDef)]:
            for function in cls.body:
                if isinstance(function, ast.FunctionDef) and function.name == "__init__":
                    lines = function.end_lineno - function.lineno + 1
                    if lines > 80:
                        long[f"{path.relative_to(PACKAGE)}:{cls.name}"] = lines
    grown = {name: n for name, n in long.items() if n > LONG_INITS_LEFT.get(name, 80)}
    assert grown == {}, f"cut these constructors into parts: {grown}"
    done = sorted(set(LONG_INITS_LEFT) - set(long))
    assert done == [], f"cut already: take {done} off LONG_INITS_LEFT"
