"""Long work runs off the GUI thread: progress reaches 100 %, Cancel writes nothing, errors come back."""

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from benchmarks.ics_corpus import big_calendar
from recoverybox.core.storage.models import Event
from recoverybox.ui.ops import operation as operations
from recoverybox.ui.ops.operation import Operation


@pytest.fixture
def services(clock, scheduler_time, tmp_path):
    """On a file, as the app runs: each thread gets its own connection. (The in-memory database other tests
    use is one connection shared by every thread, so the GUI thread's reads, such as the help-now window
    built a second after start, would run inside the worker's transaction.)"""
    from recoverybox.core.app.opening import open_database
    from recoverybox.core.app.services import Services

    (tmp_path / "ops").mkdir()
    svc = Services(open_database(tmp_path / "ops" / "recoverybox.sqlite3"), clock)
    svc.settings.set("timezone", "Europe/London")
    yield svc
    svc.close()


def count_events(services) -> int:
    from sqlalchemy import func, select

    with services.db.reading() as session:
        return session.scalar(select(func.count(Event.id)))


def test_an_import_reports_progress_to_100_percent_and_returns_on_the_gui_thread(qtbot, window, seeded, tmp_path):
    path = tmp_path / "many.ics"
    path.write_bytes(big_calendar(600))
    before = count_events(seeded)
    seen = []
    operation = window.data.import_ics(str(path))
    operation.progressed.connect(lambda done, total: seen.append((done, total, threading.current_thread())))
    with qtbot.waitSignal(operation.succeeded, timeout=60_000) as result:
        pass
    assert result.args[0].created == 600 and count_events(seeded) == before + 600
    assert seen and seen[-1][0] == seen[-1][1]  # 100 %
    fractions = [done / total for done, total, _thread in seen]
    assert fractions == sorted(fractions)  # reading, then writing: never backwards
    assert {thread for *_n, thread in seen} == {threading.main_thread()}  # slots run on the GUI thread
    assert operation.worker.thread_name != threading.main_thread().name  # the work did not


def test_cancel_during_an_import_writes_nothing(qtbot, window, seeded, tmp_path, monkeypatch):
    """The import is held at its first report after it began writing, the person presses Cancel, and it
    goes on: the next report stops it inside its transaction, which rolls back."""
    monkeypatch.setattr(operations, "SHOW_AFTER_MS", 0)
    path = tmp_path / "many.ics"
    path.write_bytes(big_calendar(1000))
    before = count_events(seeded)
    real_import = seeded.ics.import_file
    writing, go_on = threading.Event(), threading.Event()

    def held(file, report=None):
        def gate(done, total):
            if done > 0 and not writing.is_set():
                writing.set()
                go_on.wait(30)
            report(done, total)

        return real_import(file, gate)

    monkeypatch.setattr(seeded.ics, "import_file", held)
    operation = window.data.import_ics(str(path))
    qtbot.waitUntil(writing.is_set, timeout=60_000)
    qtbot.waitUntil(lambda: operation.dialog is not None and operation.dialog.isVisible())
    assert isinstance(operation.dialog, QProgressDialog)
    with qtbot.waitSignal(operation.cancelled, timeout=60_000):
        qtbot.mouseClick(operation.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
        go_on.set()
    assert count_events(seeded) == before  # the transaction rolled back
    assert "Cancelled" in window.statusBar().currentMessage()


def test_the_dialog_waits_300_ms_so_quick_work_never_flashes_one(qtbot, window):
    operation = Operation(window, "Quick", lambda report: (report(1, 1), 42)[1]).start()
    with qtbot.waitSignal(operation.succeeded) as result:
        pass
    assert result.args == [42] and operation.dialog is None


def test_an_error_in_the_work_comes_back_as_failed(qtbot, window):
    def work(report):
        raise ValueError("broken on purpose")

    operation = Operation(window, "Broken", work).start()
    with qtbot.waitSignal(operation.failed) as failure:
        pass
    assert isinstance(failure.args[0], ValueError)


def test_export_all_writes_json_and_csv_off_the_gui_thread(qtbot, window, seeded, tmp_path):
    seen = []
    operation = window.data.export_all(str(tmp_path / "out"))
    operation.progressed.connect(lambda done, total: seen.append(done / total))
    with qtbot.waitSignal(operation.succeeded, timeout=30_000):
        pass
    assert (tmp_path / "out" / "recoverybox-export.json").exists()
    assert (tmp_path / "out" / "csv" / "events.csv").exists()
    assert seen[-1] == pytest.approx(1.0)


def test_load_an_export_into_empty_data_from_the_file_menu(qtbot, tmp_path, clock, seeded):
    """File › Load an export: a JSON export of one data folder fills an empty one, off the GUI thread."""
    from recoverybox import paths
    from recoverybox.core.app.opening import open_database
    from recoverybox.core.app.services import Services
    from recoverybox.core.export.everything import write_json
    from recoverybox.ui.main_window import MainWindow

    export = write_json(seeded.db, tmp_path / "export")
    app_paths = paths.resolve(tmp_path / "empty")
    services = Services(open_database(app_paths.db_file), clock)
    window = MainWindow(app_paths, services=services, reminders=False)
    qtbot.addWidget(window)
    window.show()
    window.show_view("support")
    with qtbot.waitSignal(window.data.import_json(str(export)).succeeded, timeout=30_000):
        pass
    assert [c.name for c in services.contacts.list()] == [c.name for c in seeded.contacts.list()]
    assert window.view("support").table.rowCount() == len(seeded.contacts.list())  # the view on screen redrew
    assert "Loaded" in window.statusBar().currentMessage()
    services.close()


def test_the_plan_pdf_is_drawn_off_the_gui_thread(qtbot, window, tmp_path):
    window.show_view("support")
    support = window.view("support")
    with qtbot.waitSignal(support.export_plan_pdf(str(tmp_path / "plan.pdf")).succeeded, timeout=30_000):
        pass
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")
    assert "Saved to" in support.plan_status.text()


def test_the_cycle_collector_rests_while_operations_run_and_only_then(qtbot, window):
    """Its full collections froze the window during an import; it is back on once the last one is done."""
    import gc

    assert gc.isenabled()
    gate = threading.Event()
    first = Operation(window, "First", lambda report: gate.wait(30)).start()
    second = Operation(window, "Second", lambda report: 2).start()
    assert not gc.isenabled()
    with qtbot.waitSignal(second.done):
        pass
    assert not gc.isenabled()  # the first is still running
    with qtbot.waitSignal(first.done):
        gate.set()
    assert gc.isenabled()

    def broken(report):
        raise ValueError("broken on purpose")

    with qtbot.waitSignal(Operation(window, "Broken", broken).start().done):
        pass
    assert gc.isenabled()  # after a failure too
    gc.disable()  # someone else's choice is left alone
    try:
        with qtbot.waitSignal(Operation(window, "Third", lambda report: 3).start().done):
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
