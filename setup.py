"""Ships the top-level ``resources/`` folder inside the package, as ``recoverybox/_resources``, in every wheel.

Everything else about the build is in ``pyproject.toml``. A source checkout (and an editable install) reads
``resources/`` where it is; ``recoverybox/resources.py`` looks in both places.
"""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildPyWithResources(build_py):
    """``build_py`` that also copies ``resources/`` (texts, coping content, icons) into the built package."""

    def run(self) -> None:
        super().run()
        source = Path(__file__).resolve().parent / "resources"
        self.copy_tree(str(source), str(Path(self.build_lib) / "recoverybox" / "_resources"))


setup(cmdclass={"build_py": BuildPyWithResources})
