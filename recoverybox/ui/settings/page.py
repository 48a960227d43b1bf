"""What every settings page shares: a form of the settings the table puts on it (``options.on_page``), each
with the editor the table describes unless the page builds its own, and the values read back for saving."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtWidgets import QFormLayout, QWidget

from recoverybox.core.base.validation import ValidationError
from recoverybox.core.settings.options import OPTIONS, on_page
from recoverybox.ui.settings.editors import Editor, editor_for, words

if TYPE_CHECKING:
    from recoverybox.core.app.services import Services
    from recoverybox.ui.dialogs.field_errors import FieldErrors


@dataclass
class PageContext:
    """What a page may need besides the settings: the data's services, the data folder, the window's lock (to
    turn protection on, off or change it; None in a dialog opened without a window), and where problems show."""

    services: Services
    data_dir: str
    privacy: Any
    errors: FieldErrors
    values: dict[str, Any]  # every setting as stored when the dialog opened


class OptionsPage(QWidget):
    """One page: ``PAGE`` names it in the table, ``TITLE`` is its tab's words (marked in the "settings"
    context). ``build`` lays out the rows; by default one per setting, in the table's order. A page that edits a
    setting in its own way (two settings in one row, a list) sets ``OWN`` and adds it to ``editors`` itself."""

    PAGE: ClassVar[str]
    TITLE: ClassVar[str]
    OWN: ClassVar[tuple[str, ...]] = ()

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName(f"{self.PAGE}Page")
        self.form = QFormLayout(self)
        self.editors: dict[str, Editor] = {}
        self.values_now = context.values
        self.build()
        missing = set(on_page(self.PAGE)) - set(self.editors)
        assert not missing, f"the {self.PAGE} page has no editor for {sorted(missing)}"

    def build(self) -> None:
        for key in on_page(self.PAGE):
            if key not in self.OWN:
                self.add_row(key)

    def add_row(self, key: str) -> Editor:
        """The table's editor for ``key`` in a row of its own (a check box carries its own words)."""
        editor = self.editors[key] = editor_for(key, self.values_now[key])
        if OPTIONS[key].type is bool:
            self.form.addRow(editor.widget)
        else:
            self.form.addRow(words(OPTIONS[key].label), editor.widget)
        return editor

    def field(self, key: str) -> QWidget:
        return self.editors[key].widget

    def values(self) -> dict[str, Any]:
        """What the page holds now, by setting."""
        return {key: editor.read() for key, editor in self.editors.items()}

    def problem(self) -> bool:
        """Whether something typed here is wrong (each field says why beneath itself; all are checked)."""
        return any([editor.problem() for editor in self.editors.values()])

    def check(self, values: dict[str, Any]) -> ValidationError | None:
        """A rule across settings of this page (the single ones are the table's): None when they agree."""
        return None

    def saved(self) -> None:
        """After every page's settings were stored: what a page keeps elsewhere (the lock screen's file)."""
