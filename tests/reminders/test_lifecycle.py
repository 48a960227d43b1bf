"""The scheduler belongs to one open database: stopped before it closes, restarted on restored data."""

from datetime import timedelta

from PySide6.QtWidgets import QMessageBox

from recoverybox import paths
from recoverybox.core.app.opening import open_database
from recoverybox.core.app.services import Services
from recoverybox.core.calendar.events import EventInput
from tests.reminders.test_scheduler import events_only


def one_off(services, title, start):
    start_local = start.astimezone(services.zone).replace(tzinfo=None)
    return services.calendar.get_event(
        services.calendar.create_event(
            EventInput(title, start_local, start_local + timedelta(hours=1), services.zone.key, reminder_offsets=[0])
        ).id
    )


def test_restoring_a_backup_moves_reminders_to_the_restored_data(qtbot, tmp_path, clock, scheduler_time, modal):
    from recoverybox.ui.main_window import MainWindow

    app_paths = paths.resolve(tmp_path / "data")
    services = Services(open_database(app_paths.db_file), clock)
    services.settings.set_many({"first_run_done": True, "timezone": "Europe/London"})
    events_only(services)
    one_off(services, "In the backup", clock.now() + timedelta(minutes=30))
    window = MainWindow(app_paths, services=services)
    qtbot.addWidget(window)
    window.show()
    backup = window.session.backup_service().backup_now(services.today(), label="before-the-change")
    one_off(services, "Only in the old data", clock.now() + timedelta(minutes=20))
    window.session.reminders.scheduler.sync()
    old = window.session.reminders.scheduler
    assert sorted(r.title for r in old.armed.values()) == ["In the backup", "Only in the old data"]

    modal.then(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    with qtbot.waitSignal(window.data.restore_from(str(backup)).succeeded):
        pass
    new = window.session.reminders.scheduler
    assert new is not old and not old.running and new.running
    assert [r.title for r in new.armed.values()] == ["In the backup"]

    arrived = []
    old.reminders_ready.connect(lambda reminders, _missed: arrived.append(("old", reminders)))
    clock.advance(minutes=25)  # the old data's reminder would be due now
    with qtbot.assertNotEmitted(new.reminders_ready, wait=50):
        old.check_now()
        new.check_now()
    clock.advance(minutes=10)
    with qtbot.waitSignal(new.reminders_ready) as ready:
        new.check_now()
    assert [r.title for r in ready.args[0]] == ["In the backup"]
    assert arrived == []
    window.quit_app()
    window.services.close()
