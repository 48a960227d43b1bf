"""Ships the top-level ``resources/`` folder inside the package, as ``recoverybox/_resources``, in every wheel,
with the translation catalogs compiled (``.ts`` → ``.qm``, by the ``lrelease`` PySide6 brings: pyproject's
build requirements name it).

Everything else about the build is in ``pyproject.toml``. A source checkout (and an editable install) reads
``resources/`` where it is; ``recoverybox/resources.py`` looks in both places.
"""

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildPyWithResources(build_py):
    """``build_py`` that also copies ``resources/`` (texts, coping content, icons) into the built package and
    compiles the catalogs there."""

    def run(self) -> None:
        super().run()
        source = Path(__file__).resolve().parent / "resources"
        target = Path(self.build_lib) / "recoverybox" / "_resources"
        self.copy_tree(str(source), str(target))
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from recoverybox.i18n.catalogs import compile_all

        compile_all(target / "i18n")


setup(cmdclass={"build_py": BuildPyWithResources})
