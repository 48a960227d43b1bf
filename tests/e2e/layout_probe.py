"""Open every view, the crisis window and the main dialogs on demo data; report what does not fit.

Run by ``test_layout.py`` in a child process on its own Xvfb screen (its size and ``QT_SCALE_FACTOR`` are the
screen under test). Prints one JSON object: ``{"problems": [...], "shots": [...], "screen": [w, h]}``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
)

from tests.e2e import contrast


def _clipped_by_container(widget: QWidget, top: QWidget) -> str | None:
    """The first ancestor that cuts ``widget`` off (a scroll area's viewport scrolls, so it does not count)."""
    rect = QRect(widget.rect())
    current = widget
    while current is not top and current.parentWidget() is not None:
        parent = current.parentWidget()
        rect.translate(current.pos())
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent is parent.parentWidget().viewport():
            return None
        if not parent.rect().contains(rect):
            return parent.objectName() or type(parent).__name__
        current = parent
    return None


def text_problems(top: QWidget, where: str) -> list[str]:
    """Every visible label or button whose text does not fit its own geometry or is cut by its container."""
    found = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not top:
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
            if not text or widget.pixmap() is not None and not widget.pixmap().isNull():
                continue
            if widget.wordWrap():
                need_h = widget.heightForWidth(widget.width())
                short = need_h > widget.height() + 1
                need = f"needs height {need_h}, has {widget.height()}"
            else:
                hint = widget.minimumSizeHint()
                short = hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1
                need = f"needs {hint.width()}×{hint.height()}, has {widget.width()}×{widget.height()}"
        elif isinstance(widget, QAbstractButton):
            text = widget.text()
            if not text or isinstance(widget, QToolButton) and widget.toolButtonStyle().name == "ToolButtonIconOnly":
                continue
            hint = widget.sizeHint()
            short = hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1
            need = f"needs {hint.width()}×{hint.height()}, has {widget.width()}×{widget.height()}"
        else:
            continue
        label = f"{where}: {type(widget).__name__} {text[:40]!r}"
        if short:
            found.append(f"{label} does not fit ({need})")
            continue
        cut_by = _clipped_by_container(widget, top)
        if cut_by:
            found.append(f"{label} is cut off by {cut_by}")
    return found


def scroll_cut_problems(top: QWidget, where: str) -> list[str]:
    """A scroll area that scrolls only up and down must not hold content wider than itself (cut on the right)."""
    found = []
    for area in top.findChildren(QScrollArea):
        if not area.isVisible() or area.window() is not top or area.widget() is None:
            continue
        if area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            continue
        need = area.widget().minimumSizeHint().width()
        if need > area.viewport().width() + 1:
            name = area.objectName() or "a scroll area"
            found.append(f"{where}: {name} needs {need} px, has {area.viewport().width()}")
    return found


def window_problems(top: QWidget, where: str) -> list[str]:
    """A window, with its title bar and borders, larger than the screen. A maximized window is judged by what
    is inside its frame: a window manager may put a maximized window's borders just off the screen's edge."""
    screen = top.screen().availableGeometry()
    frame = top.geometry() if top.isMaximized() else top.frameGeometry()
    if frame.width() > screen.width() or frame.height() > screen.height():
        return [
            f"{where}: the window ({frame.width()}×{frame.height()}) is larger than the screen "
            f"({screen.width()}×{screen.height()})"
        ]
    return []


def least_size_problems(window: QWidget, panel: int) -> list[str]:
    """The main window's least size, with its title bar and borders, must fit the screen less a panel."""
    screen = window.screen().geometry()
    extra_w = window.frameGeometry().width() - window.geometry().width()
    extra_h = max(window.frameGeometry().height() - window.geometry().height(), 30)
    least = window.minimumSize()
    if least.width() + extra_w > screen.width() or least.height() + extra_h + panel > screen.height():
        return [
            f"main window: its least size {least.width()}×{least.height()} with a {extra_h} px frame and a {panel} px "
            f"panel does not fit {screen.width()}×{screen.height()}"
        ]
    return []


def nav_problems(top: QWidget, where: str) -> list[str]:
    """The navigation's names whole: a list item's words that do not fit are cut to "…" without a word."""
    from PySide6.QtWidgets import QListWidget

    found = []
    for nav in top.findChildren(QListWidget, "navigation"):
        if not nav.isVisible():
            continue
        room = nav.viewport().width() - nav.iconSize().width() - 2 * nav.spacing() - 16
        for row in range(nav.count()):
            text = nav.item(row).text()
            if nav.fontMetrics().horizontalAdvance(text) > room:
                found.append(f"{where}: the navigation cuts {text!r} ({room} px for it)")
    return found


def breathing_problems(panic, where: str) -> list[str]:
    square = panic.breathing
    if min(square.width(), square.height()) < 120:
        return [f"{where}: the breathing square is {square.width()}×{square.height()}"]
    return []


def overlap_problems(top: QWidget, where: str) -> list[str]:
    """Visible buttons and labels of one window that cover each other."""
    shown = [
        w
        for w in top.findChildren(QWidget)
        if isinstance(w, (QAbstractButton, QLabel))
        and w.isVisible()
        and w.window() is top
        and _fully_shown(w)
        and not isinstance(w.parentWidget(), QTabBar)  # a tab bar's scroll arrows sit side by side by design
    ]
    found = []
    for index, one in enumerate(shown):
        box = QRect(one.mapTo(top, one.rect().topLeft()), one.size())
        for other in shown[index + 1 :]:
            if other.isAncestorOf(one) or one.isAncestorOf(other):
                continue
            if box.intersects(QRect(other.mapTo(top, other.rect().topLeft()), other.size())):
                names = [_text_of(w)[:30] or w.accessibleName() or type(w).__name__ for w in (one, other)]
                found.append(f"{where}: {names[0]!r} and {names[1]!r} overlap")
    return found


def scrollbar_problems(top: QWidget, where: str) -> list[str]:
    return [
        f"{where}: a scroll bar shows in {bar.parentWidget().parentWidget().objectName() or 'a scroll area'} "
        f"({bar.maximum() - bar.minimum()} px to scroll)"
        for bar in top.findChildren(QScrollBar)
        if bar.isVisible() and bar.maximum() > bar.minimum()
    ]


def _fully_shown(widget: QWidget) -> bool:
    """Not scrolled away or cut by a parent: its pixels in the window's image are its own."""
    return widget.visibleRegion().boundingRect() == widget.rect()


def contrast_problems(top: QWidget, where: str, text_needs: float) -> list[str]:
    """Text below ``text_needs``:1 against its background, a control's edge below 3:1 (disabled controls are
    exempt, as in WCAG)."""
    shot = contrast.Shot(top)
    found = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not top or not widget.isEnabled():
            continue
        if type(widget).__name__ == "WeekGrid":  # events painted as blocks: their words against their fill
            found += _block_problems(shot, widget, where, text_needs)
            continue
        if not _fully_shown(widget):
            continue
        if isinstance(widget, contrast.TEXT_WIDGETS) and _has_text(widget):
            measured = contrast.text_ratio(shot, widget)
            if measured is not None and measured[0] < text_needs:
                found.append(
                    f"{where}: {type(widget).__name__} {_text_of(widget)[:40]!r} text contrast {measured[0]:.2f}:1 "
                    f"({measured[1]}), needs {text_needs}:1"
                )
        if isinstance(widget, contrast.EDGE_WIDGETS):
            measured = contrast.edge_ratio(shot, widget)
            if measured is not None and measured[0] < 3.0:
                name = widget.accessibleName() or widget.objectName() or _text_of(widget)[:30]
                found.append(
                    f"{where}: {type(widget).__name__} {name!r} edge contrast {measured[0]:.2f}:1 ({measured[1]}), "
                    "needs 3:1"
                )
    return found


def _block_problems(shot, grid, where: str, text_needs: float) -> list[str]:
    """The week grid's events, painted as blocks: their words against their fill (those in sight)."""
    found = []
    seen = grid.visibleRegion().boundingRect()
    for block in grid.blocks:
        box = grid.block_rect(block).toAlignedRect().adjusted(2, 2, -2, -2)
        if not seen.contains(box) or box.height() < 12:
            continue
        measured = contrast.area_ratio(shot, grid, box)
        if measured is not None and measured[0] < text_needs:
            found.append(
                f"{where}: event {block.occurrence.title[:30]!r} text contrast {measured[0]:.2f}:1 "
                f"({measured[1]}), needs {text_needs}:1"
            )
    return found


def _text_of(widget: QWidget) -> str:
    return widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""


def _has_text(widget: QWidget) -> bool:
    if isinstance(widget, QLabel):
        return bool(widget.text().strip()) and (widget.pixmap() is None or widget.pixmap().isNull())
    if isinstance(widget, QToolButton) and widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return False
    return bool(_text_of(widget).strip())


_PSEUDO_SPAN = re.compile(r"\[[^\[\]]*·+\]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]+")
_MARKUP = re.compile(r"<[^>]*>|&[a-z]+;")


def shown_texts(top: QWidget) -> list[tuple[str, str]]:
    """(kind, text) for everything a person reads in ``top`` now: the title, labels, buttons, tabs, group
    titles, list and table rows and headers, combo box items, placeholders."""
    from PySide6.QtWidgets import QAbstractItemView, QComboBox, QGroupBox, QLineEdit, QPlainTextEdit

    found = [("title", top.windowTitle())]
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not top:
            continue
        kind = type(widget).__name__
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append((kind, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((kind, widget.title()))
        elif isinstance(widget, QTabBar):
            found += [(kind, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            found += [(kind, widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            found.append((kind + " placeholder", widget.placeholderText()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            from PySide6.QtCore import QModelIndex

            model, top_level = widget.model(), QModelIndex()
            columns = 1 + max((c for c in range(1, 40) if model.hasIndex(0, c, top_level)), default=0)
            horizontal = Qt.Orientation.Horizontal
            found += [(kind + " header", str(model.headerData(i, horizontal) or "")) for i in range(columns)]
            for row in range(min(model.rowCount(top_level), 40)):
                for column in range(columns):
                    found.append((kind, str(model.index(row, column, top_level).data() or "")))
    return [(kind, text) for kind, text in found if text and text.strip()]


def untranslated_problems(top: QWidget, where: str, allowed: set[str]) -> list[str]:
    """In the pseudo-locale every text we write is "[Àççéñţéđ ····]": a word outside such a span that is not
    the person's data, a date or time word of the locale, or a name (``allowed``) was never translated."""
    found = []
    for kind, text in shown_texts(top):
        plain = _MARKUP.sub(" ", text).replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
        if plain in allowed:  # a whole text that is not ours to translate (Qt's buttons, content files)
            continue
        rest = _PSEUDO_SPAN.sub(" ", plain)
        words = [w for w in _WORD.findall(rest) if w.strip("'’").casefold() not in allowed]
        if words:
            found.append(f"{where}: {kind} {text[:60]!r} is not translated ({', '.join(words[:4])})")
    return found


def allowed_words(db_file: Path) -> set[str]:
    """The person's own words (every text in their data), the locale's month and day names, and names."""
    import json
    import sqlite3
    import zoneinfo

    from PySide6.QtCore import QLocale

    from recoverybox.i18n import LANGUAGES
    from recoverybox.resources import resource_path

    words = {"recoverybox", "aa", "na", "smart", "sos", "wfs", "ics", "pdf", "json", "csv", "caldav", "https", "http"}
    # Names: the time zones' cities, the languages as each names itself, the fellowships' own.
    words |= {"utc", "gmt", "smart", "recovery", "women", "for", "sobriety"}
    for zone in zoneinfo.available_timezones():
        words.update(w.casefold() for w in _WORD.findall(zone.replace("_", " ").replace("/", " ")))
    words.update(LANGUAGES.values())
    # Qt's own buttons (qtbase's catalogs translate them; the pseudo-locale has none of Qt's).
    words.update({"Save", "Cancel", "OK", "Close", "< Back", "Next >", "Finish", "Yes", "No", "Apply", "Help"})
    # The content files: written in each language (a test holds es and de complete), English in the pseudo-locale.
    for line in resource_path("reflections.txt").read_text(encoding="utf-8").splitlines():
        words.update(part.strip() for part in line.split("|"))
    content = json.loads(resource_path("coping.json").read_text(encoding="utf-8"))
    words.update(text for s in content["strategies"] for text in s.values())
    words.update([*content["halt"].values(), *content["surfing_lines"], content["pledge"]])
    conn = sqlite3.connect(db_file)
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            for value in row:
                if isinstance(value, str):
                    words.update(w.strip("'’").casefold() for w in _WORD.findall(value))
    conn.close()
    locale = QLocale()
    for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat, QLocale.FormatType.NarrowFormat):
        for n in range(1, 13):
            words.update(
                w.casefold()
                for w in _WORD.findall(locale.monthName(n, form) + " " + locale.standaloneMonthName(n, form))
            )
        for n in range(1, 8):
            words.update(
                w.casefold() for w in _WORD.findall(locale.dayName(n, form) + " " + locale.standaloneDayName(n, form))
            )
    words.update(w.casefold() for w in (locale.amText(), locale.pmText()) if w)
    return words


class Probe:
    """Walks the app; collects problems and screenshots."""

    def __init__(self, app: QApplication, out: Path, prefix: str, text_needs: float = 4.5) -> None:
        self.app, self.out, self.prefix = app, out, prefix
        self.text_needs = text_needs
        self.problems: list[str] = []
        self.shots: list[str] = []
        self.allowed: set[str] | None = None  # set: every text is checked for being pseudo-translated

    def settle(self) -> None:
        for _ in range(5):
            self.app.processEvents()

    def wait_for(self, condition, seconds: float = 5.0) -> bool:
        """Events processed until ``condition()`` holds (the window manager answers in its own time)."""
        import time

        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                return False
            self.app.processEvents()
            time.sleep(0.01)
        self.settle()
        return True

    def wait_shown(self, top: QWidget) -> None:
        """A new window mapped and laid out at least at its least size (under load the window manager answers
        late, and a check before that saw every row 0 pixels tall); one that never gets there is checked as it
        is, and its problems are reported."""
        least = top.minimumSizeHint()
        room = top.screen().availableGeometry()
        self.wait_for(
            lambda: (
                top.isVisible()
                and top.height() >= min(least.height(), room.height() - 40)
                and top.width() >= min(least.width(), room.width())
            )
        )

    def wait_maximized(self, top: QWidget) -> None:
        room = top.screen().availableGeometry()

        def maximized() -> bool:  # the window manager has made it as large as the screen (its title bar aside)
            # Judged by size, as window_problems judges a maximized window: openbox may put a maximized window's
            # border, and so its inside, a pixel past the screen's edge (seen once: x = -1 at 1280×720).
            inside = top.geometry()
            fits = inside.width() <= room.width() and room.height() - 60 <= inside.height() <= room.height()
            return top.isMaximized() and fits and room.intersects(inside)

        if not self.wait_for(maximized):
            self.problems.append(f"{top.windowTitle()}: not maximized ({top.geometry()} on {room})")

    def check(self, top: QWidget, where: str, shot: bool = True) -> None:
        self.settle()
        self.problems += window_problems(top, where) + text_problems(top, where)
        self.problems += contrast_problems(top, where, self.text_needs) + scroll_cut_problems(top, where)
        self.problems += overlap_problems(top, where)
        self.problems += nav_problems(top, where)
        self.problems += [
            f"{where}: a view could not be shown (its error panel is on screen)"
            for panel in top.findChildren(QWidget)
            if type(panel).__name__ == "ErrorPanel" and panel.isVisible()
        ]
        if self.allowed is not None:
            self.problems += untranslated_problems(top, where, self.allowed)
        for tabs in [t for t in top.findChildren(QTabWidget) if t.isVisible() and t.window() is top]:
            current = tabs.currentIndex()
            for index in range(tabs.count()):
                if index == current:
                    continue
                tabs.setCurrentIndex(index)
                self.settle()
                page = f"{where} › {tabs.tabText(index).replace('&', '')}"
                self.problems += text_problems(top, page)
                self.problems += contrast_problems(top, page, self.text_needs) + overlap_problems(top, page)
                if self.allowed is not None:
                    self.problems += untranslated_problems(top, page, self.allowed)
                if shot:
                    self.shoot(top, page)
            tabs.setCurrentIndex(current)
            self.settle()
        if shot:
            self.shoot(top, where)

    def shoot(self, top: QWidget, where: str) -> None:
        name = "".join(ch if ch.isalnum() else "-" for ch in where.lower()).strip("-")
        while "--" in name:
            name = name.replace("--", "-")
        path = self.out / f"{self.prefix}-{name}.png"
        top.grab().save(str(path))
        self.shots.append(str(path))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--prefix", required=True)
    parser.add_argument("--theme", default="light")
    parser.add_argument("--font-scale", type=float, default=1.0, help="the system font, larger (1.5: 150%%)")
    parser.add_argument("--least", action="store_true", help="the views at the main window's least size")
    parser.add_argument("--panel", type=int, default=32, help="height a desktop panel would take (px)")
    parser.add_argument("--language", default="en", help="en, es, de, or pseudo (then untranslated text fails)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    from recoverybox.i18n.qt import install

    os.environ["RECOVERYBOX_LANGUAGE"] = args.language
    install(app, args.language, Path(tempfile.mkdtemp(prefix="recoverybox-qm-")))
    if args.font_scale != 1.0:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * args.font_scale)
        app.setFont(font)

    from recoverybox import paths
    from recoverybox.core.app.demo import generate
    from recoverybox.core.app.opening import open_database
    from recoverybox.core.app.services import Services
    from recoverybox.core.base.clock import FixedClock
    from recoverybox.core.goals.service import GoalInput
    from recoverybox.core.support.contacts import ContactInput
    from recoverybox.ui.dialogs.clock_dialogs import ClockDialog, ResetDialog
    from recoverybox.ui.dialogs.contact_dialog import ContactDialog
    from recoverybox.ui.dialogs.event_dialog import EventDialog, default_event
    from recoverybox.ui.dialogs.first_run import FirstRunWizard
    from recoverybox.ui.dialogs.goal_dialog import GoalDialog
    from recoverybox.ui.dialogs.settings_dialog import SettingsDialog
    from recoverybox.ui.dialogs.shortcuts_dialog import ShortcutsDialog
    from recoverybox.ui.dialogs.urge_dialog import UrgeDialog
    from recoverybox.ui.main_window import VIEWS, MainWindow

    folder = Path(tempfile.mkdtemp(prefix="recoverybox-layout-"))
    app_paths = paths.resolve(folder)
    # A fixed, ordinary moment: the same screenshots whatever day the suite runs on.
    services = Services(open_database(app_paths.db_file), FixedClock(datetime(2026, 11, 24, 17, 30, tzinfo=UTC)))
    services.settings.set("timezone", "Europe/London")
    generate(services, years=5)
    services.settings.set("first_run_done", True)
    services.settings.set("theme", args.theme)
    from recoverybox.core.recovery.daily import UrgeInput

    for intensity, trigger, place, helped, passed in (
        (8, "Payday, walking past the off-licence", "Mill Lane", "Called Sam, then a long walk home", True),
        (4, "Tired after a long shift", "Home", "A shower and an early night", True),
        (6, "An argument on the phone", "Work", "", None),
    ):
        services.recovery.log_urge(UrgeInput(intensity, trigger, place, helped, passed=passed))
    probe = Probe(app, args.out, args.prefix, text_needs=7.0 if args.theme == "high_contrast" else 4.5)
    if args.language == "pseudo":
        probe.allowed = allowed_words(app_paths.db_file)

    window = MainWindow(app_paths, services=services, reminders=False)
    window.show()
    probe.wait_for(lambda: window.frameGeometry().height() > window.geometry().height())  # framed by the manager
    probe.problems += window_problems(window, "main window at its first size")
    probe.problems += least_size_problems(window, args.panel)
    if args.least:  # a normal window at its least size: what a 1024×600 screen with a panel leaves
        window.resize(window.minimumSize())
        probe.wait_for(lambda: window.size() == window.minimumSize())
    for key, label, *_rest in VIEWS:
        window.show_view(key)
        probe.check(window, label)
        view = window.view(key)
        for mode, name in getattr(view, "LAYOUT_MODES", ()):
            view.set_mode(mode)
            probe.check(window, f"{label} {name}")
        if getattr(view, "LAYOUT_MODES", ()):
            view.set_mode(view.LAYOUT_MODES[0][0])

    window.open_panic()
    panic = window.panic
    probe.wait_maximized(panic)
    probe.check(panic, "crisis window as it opens")
    probe.problems += breathing_problems(panic, "crisis window as it opens")
    panic.showNormal()
    panic.resize(640, 480)  # the least a crisis window is promised to work at, not maximized
    probe.wait_for(lambda: panic.size().width() == 640 and panic.size().height() == 480)
    for tool in range(panic.tools.count()):
        panic.show_tool(tool)
        probe.check(panic, f"crisis window 640x480 {tool + 1}")
    panic.show_tool(0)
    probe.problems += breathing_problems(panic, "crisis window at 640×480")
    panic.showMaximized()
    probe.wait_maximized(panic)
    for tool in range(panic.tools.count()):
        panic.show_tool(tool)
        probe.check(panic, f"crisis window {tool + 1}")
        probe.problems += scrollbar_problems(panic, f"crisis window {tool + 1}")
    panic.show_tool(0)
    for _state in ("before", "breathing"):
        probe.settle()
        if not panic.breathing.instruction_fits():
            probe.problems.append(f"crisis window: the breathing words {panic.breathing.instruction()!r} are cut")
        panic.breathing_button.click()
    panic.open_url = lambda _url: False  # no phone app: the number is shown large, with Copy
    panic.call_buttons[0].click()
    probe.check(panic, "crisis window no phone app")
    probe.problems += scrollbar_problems(panic, "crisis window no phone app")
    panic.close()

    start = datetime(2026, 11, 24, 19, 0)
    clock = services.sobriety.clocks()[0] if hasattr(services.sobriety, "clocks") else None
    dialogs = [
        ("event dialog", lambda: EventDialog(default_event(start, "Europe/London", [60]), window)),
        ("goal dialog", lambda: GoalDialog(GoalInput(""), window)),
        ("contact dialog", lambda: ContactDialog(ContactInput(""), window)),
        ("clock dialog", lambda: ClockDialog(services, window)),
        ("settings dialog", lambda: SettingsDialog(services, str(folder), window)),
        ("shortcuts dialog", lambda: ShortcutsDialog(window)),
        ("urge dialog", lambda: UrgeDialog(services, window)),
    ]
    if clock is not None:
        dialogs.append(("reset dialog", lambda: ResetDialog(services, clock, window)))
    for name, make in dialogs:
        dialog = make()
        dialog.show()
        probe.wait_shown(dialog)
        probe.check(dialog, name)
        dialog.reject()
    # The reminder pop-up with two reminders, and the lock page after a wrong passphrase, in their own windows.
    from datetime import timedelta

    from recoverybox.core.reminders.planner import DueReminder
    from recoverybox.ui.dialogs.reminder_popup import ReminderPopup
    from recoverybox.ui.widgets.lock_screen import LockScreen

    due = datetime(2026, 11, 24, 18, 0, tzinfo=UTC)
    popup = ReminderPopup(lambda: services.zone, lambda: due)
    popup.add_reminders(
        [
            DueReminder(
                key=f"event:{n}:x",
                kind="event",
                due=due,
                fire_at=due,
                title=title,
                detail="Starts in 1 hour",
                event_id=1,
                starts_at=due + timedelta(hours=1),
                location=place,
                online_url=None,
            )  # fmt: skip
            for n, (title, place) in enumerate((("Tuesday evening AA group", "Community hall"), ("Therapy", None)))
        ]
    )
    probe.check(popup, "reminder pop-up")
    popup.close()
    lock = LockScreen()
    from recoverybox.core.protection.keys import WrongSecret
    from recoverybox.i18n.qt import translate
    from recoverybox.ui.ops.words import words

    lock.setWindowTitle(translate("AppLock", "RecoveryBox — locked"))
    lock.reset()
    lock.resize(window.minimumSize())
    lock.show()
    wrong = "That passphrase does not open your data. Check Caps Lock and try again."
    lock.show_error(words(WrongSecret("passphrase", wrong)))
    probe.check(lock, "lock page")
    lock.close()

    wizard = FirstRunWizard(services, window)
    wizard.show()
    probe.settle()
    page = 0
    while True:
        probe.check(wizard, f"first run page {page + 1}")
        if wizard.nextId() == -1:
            break
        wizard.next()
        page += 1
    wizard.close()
    window.quit_app()
    services.close()
    print(
        json.dumps(
            {
                "problems": probe.problems,
                "shots": probe.shots,
                "screen": [app.primaryScreen().size().width(), app.primaryScreen().size().height()],
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
