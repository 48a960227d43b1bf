"""The README's links lead somewhere: every relative link names a file or folder in this repository, and
nothing points outside it (a clone has nothing beside it)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_no_link_or_path_leads_outside_the_repository():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "../" not in text
    for target in re.findall(r"\]\(([^)]+)\)", text):
        if target.startswith(("http://", "https://", "#", "mailto:")):
            continue
        assert (ROOT / target).exists(), target
    for path in re.findall(r"`((?:tests|resources|recoverybox|benchmarks|packaging)/[^`*\s]+)`", text):
        assert (ROOT / path.rstrip("/…")).exists(), path


def test_the_system_libraries_come_before_the_first_command():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert text.index("apt-get install") < text.index("pip install -e . && .venv/bin/recoverybox --demo")
