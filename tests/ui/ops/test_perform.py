"""Every write through ``perform``: a problem said once, in words; what changed announced to every view, which
decides itself whether to redraw."""

from PySide6.QtWidgets import QMessageBox

from recoverybox.core.base.changes import Area, Changes
from recoverybox.core.base.validation import ValidationError
from recoverybox.core.goals.service import GoalInput
from recoverybox.ui.ops.perform import changes_hub, perform


def test_a_write_is_announced_with_what_it_changed_and_its_writer(qtbot, window, seeded):
    heard = []
    changes_hub().changed.connect(lambda changes, writer: heard.append((changes, writer)))
    made = perform(window, lambda: seeded.goals.create(GoalInput("Call my sponsor")))
    assert made is not None and heard == [(made, window)]
    assert made.areas == {Area.GOALS} and seeded.goals.get(made.id).title == "Call my sponsor"


def test_a_problem_is_shown_in_words_and_nothing_is_announced(qtbot, window, seeded, monkeypatch):
    heard, shown = [], []
    changes_hub().changed.connect(lambda changes, writer: heard.append(changes))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a, **k: shown.append((title, text)))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text())) or 0)
    assert perform(window, lambda: seeded.goals.create(GoalInput("")), failure_title="Goal not saved") is None
    assert heard == [] and len(shown) == 1 and shown[0][1] == "Please enter a name."
    told = []
    assert perform(window, lambda: seeded.goals.create(GoalInput("")), on_problem=told.append) is None
    assert [type(error) for error in told] == [ValidationError] and len(shown) == 1


def test_views_redraw_only_for_what_they_show_and_not_for_their_own_writes(qtbot, window, seeded):
    window.show_view("goals")
    goals = window.view("goals")
    window.show_view("journal")
    journal = window.view("journal")
    refreshed = []
    goals.refresh = lambda: refreshed.append("goals")
    journal.refresh = lambda: refreshed.append("journal")
    goals.on_changes(Changes.of(Area.CONTACTS), None)
    journal.on_changes(Changes.of(Area.JOURNAL), journal.editor)  # its own autosave: it redraws what it wants
    assert refreshed == [] and not goals._stale
    journal.on_changes(Changes.of(Area.JOURNAL), None)  # on screen: at once
    goals.on_changes(Changes.of(Area.GOALS), None)  # hidden: when next shown
    assert refreshed == ["journal"] and goals._stale
    goals.on_changes(Changes.of(Area.SETTINGS, keys=("backup_daily",)), None)  # nothing a view draws
    window.show_view("goals")
    assert refreshed == ["journal", "goals"]
