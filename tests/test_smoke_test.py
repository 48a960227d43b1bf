"""`recoverybox --smoke-test` (what packaging checks run): passes on a good install, fails fast on any error."""

import os
import subprocess
import sys

import pytest

RUN_WITHOUT_RESOURCES = """
import sys
from pathlib import Path
import recoverybox.resources
recoverybox.resources.resource_dir = lambda: Path("/nonexistent/resources")  # a wheel built without them
from recoverybox.app import main
sys.exit(main(["--smoke-test"]))
"""


def run(code: str, tmp_path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    # The timeout only keeps a hung process from hanging the suite; nothing here measures time.
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, env=env)


@pytest.mark.parametrize("broken", [False, True], ids=["good install", "resources missing"])
def test_smoke_test_opens_every_view_and_fails_fast_with_a_message(tmp_path, broken):
    code = (
        RUN_WITHOUT_RESOURCES
        if broken
        else "import sys; from recoverybox.app import main; sys.exit(main(['--smoke-test']))"
    )
    result = run(code, tmp_path)
    if broken:
        assert result.returncode == 1
        assert "smoke test FAILED" in result.stderr and "/nonexistent/resources/" in result.stderr
    else:
        assert result.returncode == 0, result.stderr
        assert "every view and the help-now window shown" in result.stdout


@pytest.mark.parametrize("args", [["--demo", "--time-to-data-probe"], ["--smoke-test"]])
def test_a_demo_or_smoke_run_leaves_nothing_in_the_temporary_folder(tmp_path, args):
    """``--demo`` made an 11 MB folder (and a socket) in the temporary folder on every run and left both."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-c", "import sys; from recoverybox.app import main; sys.exit(main(sys.argv[1:]))"]
    result = subprocess.run(command + args, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert sorted(p.name for p in temp.iterdir()) == []
    assert "Logging error" not in result.stderr and "Traceback" not in result.stderr, result.stderr[-2000:]
