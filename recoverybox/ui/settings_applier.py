"""Settings applied live in a window, each only when a change touches it (``options.affected``): the clock's
format, the theme (and the icons tinted for it), the zone, reminders and the login entry (the data session's
part), the lock page's copy and the idle timer, an open help-now window. Views redraw themselves
(``ViewBase.on_changes``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from recoverybox.ui.app_lock import AppLock
    from recoverybox.ui.help_now_keeper import HelpNowKeeper
    from recoverybox.ui.menus import Menus
    from recoverybox.ui.session.data_session import DataSession
    from recoverybox.ui.view_pages import ViewPages


def apply_settings(
    keys: frozenset[str] | None,
    session: DataSession,
    views: ViewPages,
    menus: Menus,
    lock: AppLock,
    help_now: HelpNowKeeper,
) -> None:
    """Apply what a change of ``keys`` touches (all of it when None, as the data opens)."""
    services = session.services
    touched = apply_without_window(keys, session)
    if services is None or touched is None:
        return
    from recoverybox.core.settings import options

    if options.THEME in touched and QApplication.instance() is not None:
        views.apply_icons()  # tinted for the theme just applied
        menus.apply_icons()
    if keys is None:
        views.mark_stale()
    if keys is None or options.LOCK in touched or set(keys) & set(options.LOCK_PAGE_KEYS):
        lock.settings_changed(services.settings.all())
    help_now.refresh_if_shown()


def apply_without_window(keys: frozenset[str] | None, session: DataSession) -> frozenset[str] | None:
    """What applies with no window (the background mode): the clock's format and the theme (the reminder
    pop-up shows them), and the session's part. Returns the names touched (None: no data open)."""
    from recoverybox.core.settings import options
    from recoverybox.ui import theme
    from recoverybox.ui.format import set_clock_format

    services = session.services
    if services is None:
        return None
    values = services.settings.read()
    touched = options.affected(keys if keys is not None else options.OPTIONS)
    if options.CLOCK in touched:
        set_clock_format(values.clock_format)
    session.apply_settings(touched)
    if options.THEME in touched and QApplication.instance() is not None:
        theme.apply(values.theme)
    return touched
