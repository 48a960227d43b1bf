"""What the parts around the main window (the data session, the lock, the menus, the reminders' wiring, the
help-now keeper) may ask of it: a small interface, so that none of them imports ``main_window`` and the window
imports them without a circle (it names none of them: each is handed the others it uses). ``MainWindow`` is the
one class that fills it in."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

if TYPE_CHECKING:
    from recoverybox.core.app.services import Services
    from recoverybox.paths import AppPaths


class Host(Protocol):
    """What the data session and what runs on it (reminders, sync) ask of whoever shows the data: the window
    itself, or in the background (``window_host.WindowHost``) an object that builds the window when asked."""

    @property
    def services(self) -> Services | None: ...

    def bring_to_front(self) -> None: ...

    def show_view(self, key: str) -> None: ...

    def view(self, key: str) -> QWidget | None: ...

    def open_panic(self) -> None: ...

    def quit_app(self) -> None: ...

    def dialog_parent(self) -> QWidget | None:
        """What a dialog (a password, a question) sits on: the window, or nothing while there is none."""
        ...


class Front(QMainWindow):
    """The window as the parts around it see it (each method is the window's; see ``MainWindow``)."""

    app_paths: AppPaths
    pages: QStackedWidget  # the data's page, and the lock page in its place while locked

    @property
    def services(self) -> Services | None:
        """The open data's services (None while closed or not open yet)."""
        raise NotImplementedError

    def set_menus_locked(self, locked: bool) -> None:
        """While locked only Quit, Help and "I need help now" stay in the menus."""
        raise NotImplementedError

    def load(self, demo: bool = False) -> None:
        raise NotImplementedError

    def close_data(self) -> None:
        raise NotImplementedError

    def open_data_now(self) -> None:
        """Open the data now (while Today's first look shows; nothing when it is open)."""
        raise NotImplementedError

    def bring_to_front(self) -> None:
        raise NotImplementedError

    def show_view(self, key: str) -> None:
        raise NotImplementedError

    def view(self, key: str) -> QWidget | None:
        raise NotImplementedError

    def show_current_view(self) -> None:
        raise NotImplementedError

    def flush_views(self) -> bool:
        raise NotImplementedError

    def drop_views(self) -> None:
        raise NotImplementedError

    def open_panic(self) -> None:
        raise NotImplementedError

    def help_now_visible(self) -> bool:
        raise NotImplementedError

    def log_urge(self) -> None:
        raise NotImplementedError

    def quit_app(self) -> None:
        raise NotImplementedError

    def sync_now(self) -> None:
        raise NotImplementedError

    def open_settings(self) -> None:
        raise NotImplementedError

    def open_first_run(self) -> None:
        raise NotImplementedError

    def dialog_parent(self) -> QWidget | None:
        return self
