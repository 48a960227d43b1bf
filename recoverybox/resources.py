"""Find files shipped in ``resources/``: beside the package in a checkout, inside it in a wheel or bundle."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir() -> Path:
    candidates = [
        Path(getattr(sys, "_MEIPASS", _PACKAGE)) / "resources",  # PyInstaller bundle
        _PACKAGE / "_resources",  # installed wheel (see pyproject)
        _PACKAGE.parent / "resources",  # source checkout / editable install
    ]
    return next((path for path in candidates if path.is_dir()), candidates[-1])


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
