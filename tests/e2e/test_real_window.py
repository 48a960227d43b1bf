"""The installed app in a real window under Xvfb: every view visited by shortcut, screenshots, clean quit."""

import pytest

from recoverybox.ui.main_window import VIEWS

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("data", ["fresh", "demo"])
def test_visit_every_view_and_quit_cleanly(launch, tmp_path, data):
    args = ["--data-dir", str(tmp_path / data)] + (["--demo"] if data == "demo" else [])
    app = launch(*args)
    app.wait_for_title("Today — RecoveryBox", timeout=90_000)
    for index, (key, label, *_rest) in enumerate(VIEWS):
        app.key(f"ctrl+{index + 1}")
        app.wait_for_title(f"{label} — RecoveryBox")
        shot = app.screenshot(f"e2e-{data}-{key}")
        assert shot.stat().st_size > 10_000, "the screenshot should show a painted window"
    code, unexpected = app.quit()
    assert code == 0
    assert unexpected == []
    assert (tmp_path / data / "recoverybox.sqlite3").exists()
