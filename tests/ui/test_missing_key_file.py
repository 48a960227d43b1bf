"""Protected data whose key file (or data file) is missing: the window says so in words and offers only Quit,
never "Start fresh" (issue 29, item 2)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from recoverybox.core.storage import cipher
from tests.ui.test_app_lock import make_folder, open_window


def answer_with_quit(seen: list):
    def look(box: QMessageBox) -> None:
        seen.append((box.text(), [button.text() for button in box.buttons()], box.textFormat()))
        box.buttons()[0].click()

    return look


def test_encrypted_data_without_its_key_file_offers_only_quit(qtbot, tmp_path, clock, modal, monkeypatch):
    app_paths, _ = make_folder(tmp_path / "data", clock)
    assert cipher.is_encrypted(app_paths.db_file)
    (app_paths.data_dir / "protection.json").rename(tmp_path / "kept-safe.json")
    before = app_paths.db_file.read_bytes()
    exits = []
    monkeypatch.setattr(QApplication.instance(), "exit", lambda code=0: exits.append(code))
    seen: list = []
    modal.then(answer_with_quit(seen))
    window = open_window(qtbot, app_paths, clock)
    qtbot.waitUntil(lambda: bool(seen))
    text, buttons, text_format = seen[0]
    assert "the key file is missing" in text and "restore it from your backup of the data folder" in text
    assert [b.replace("&", "") for b in buttons] == ["Quit"]
    assert text_format == Qt.TextFormat.PlainText
    assert exits == [2] and window.services is None
    assert app_paths.db_file.read_bytes() == before  # nothing moved aside or replaced


def test_a_key_file_without_its_data_file_creates_nothing(qtbot, tmp_path, clock, modal, monkeypatch):
    app_paths, _ = make_folder(tmp_path / "data", clock)
    app_paths.db_file.rename(tmp_path / "elsewhere.sqlite3")
    exits = []
    monkeypatch.setattr(QApplication.instance(), "exit", lambda code=0: exits.append(code))
    seen: list = []
    modal.then(answer_with_quit(seen))
    open_window(qtbot, app_paths, clock)
    qtbot.waitUntil(lambda: bool(seen))
    assert "the data file is missing" in seen[0][0]
    assert exits == [2] and not app_paths.db_file.exists()
