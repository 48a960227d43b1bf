"""The crisis window: calm, one thing at a time, big targets, people to call always in view. Works offline.

It fits the screen without scrolling from 1024×600 up: the tools (breathing, urge surfing, HALT, reasons,
ideas) share one panel and are chosen with big buttons; the people to call sit beside it on wide screens and
above it on narrow ones."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recoverybox.core.recovery.daily_content import coping_content
from recoverybox.core.support.crisis_lines import emergency_number
from recoverybox.ui import spacing
from recoverybox.ui.fonts import HEADING, LARGE, TITLE, emphasise
from recoverybox.ui.icons import icon
from recoverybox.ui.widgets.breathing import BoxBreathing
from recoverybox.ui.widgets.card import titled_card
from recoverybox.ui.widgets.help_now import big_button, dial_text, split_line, wrapped_label
from recoverybox.ui.widgets.scrolling import up_and_down

SURF_SECONDS = 15 * 60


REASONS_AT_ONCE = 4


NARROW = 860  # below this width (logical pixels) the people to call move above the tools


class HelpKey(QObject):
    """Ctrl+Shift+P from anywhere, a dialog included: a modal dialog blocks the window's own shortcut, so the
    application's key presses are watched for it while one is open."""

    def __init__(self, open_help: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_help = open_help

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_P
            and event.modifiers() == (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
            and QApplication.activeModalWidget() is not None
            and not isinstance(QApplication.activeModalWidget(), PanicWindow)
        ):
            QTimer.singleShot(0, self._open_help)  # after this key press is done with
            return True
        return False


class PanicWindow(QWidget):
    """Breathing, urge surfing, HALT, reasons, ideas that help, people to call and the crisis line."""

    urge_requested = Signal()
    plan_requested = Signal()

    def __init__(
        self,
        services,
        now: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
        crisis_line: str = "",
        emergency: str = "",
    ) -> None:
        """``services`` None: opened from the lock screen, with only the built-in content, ``crisis_line`` and
        ``emergency`` (nothing of the locked data: no reasons, own ideas or contacts)."""
        super().__init__(parent, Qt.WindowType.Window)
        self.services = services
        self.crisis_line = crisis_line
        self.emergency = emergency
        self.now = now
        self.open_url = open_url
        self.setObjectName("panicWindow")
        self.setWindowTitle(self.tr("Right now — RecoveryBox"))

        heading = QLabel(self.tr("You reached out. That's a strong thing to do."))
        heading.setWordWrap(True)
        emphasise(heading, HEADING)
        sub = wrapped_label(self.tr("Take this one minute at a time. Nothing here needs to be done perfectly."))

        tool_column = self._make_tools(coping_content())
        people = self._people_card()

        main_row = QHBoxLayout()
        main_row.addLayout(tool_column)
        main_row.addWidget(self.tools, 1)
        self.people = people
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.addLayout(main_row, 3)
        self.body.addWidget(people, 2)

        actions = self._make_actions(services is not None)

        # The tools and the people to call scroll (up and down only) when the window is too small for them:
        # below their least size nothing is squeezed over anything else, and no word is cut.
        body_widget = QWidget()
        body_widget.setObjectName("panicBody")
        body_widget.setLayout(self.body)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.scroller = up_and_down(body_widget, "panicScroll")
        layout = QVBoxLayout(self)
        spacing.page(layout)
        layout.addWidget(heading)
        layout.addWidget(sub)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(actions)
        # Wrapped text makes Qt's least height depend on the width, and a window that first opened narrow
        # kept that taller least height after maximizing (606 px on a 600 px screen). A fixed least size
        # instead; the layout tests check that nothing is cut at the sizes people use.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(640, 420)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.refresh()

    # ---- building -------------------------------------------------------------------------------
    def _make_tools(self, content: dict) -> QVBoxLayout:
        """The five tools, a big button each, and the page of the one chosen."""
        self.tools = QStackedWidget()
        self.tools.setObjectName("panicTools")
        self.tool_buttons = QButtonGroup(self)
        self.tool_buttons.setExclusive(True)
        tool_column = QVBoxLayout()
        for index, (label, page) in enumerate(
            (
                (self.tr("&Breathe"), self._breathing_page()),
                (self.tr("Ride the &wave"), self._surfing_page(content)),
                (self.tr("HALT &check"), self._halt_page(content)),
                (self.tr("My &reasons"), self._reasons_page()),
                (self.tr("&Ideas that help"), self._ideas_page(content)),
            )
        ):
            button = big_button(QPushButton(label))
            button.setCheckable(True)
            button.setObjectName(f"panicTool{index}")
            self.tool_buttons.addButton(button, index)
            tool_column.addWidget(button)
            self.tools.addWidget(page)
        tool_column.addStretch(1)
        self.tool_buttons.idClicked.connect(self.show_tool)
        self.tool_buttons.button(0).setChecked(True)

        return tool_column

    def _make_actions(self, data_open: bool) -> QHBoxLayout:
        """Log this urge and Show my plan (they need the data open), and I'm OK for now."""
        actions = QHBoxLayout()
        self.urge_button = big_button(QPushButton(self.tr("Log this &urge…")))
        self.urge_button.clicked.connect(self.urge_requested.emit)
        self.plan_button = big_button(QPushButton(self.tr("Show my &plan")))
        self.plan_button.clicked.connect(self.plan_requested.emit)
        close = big_button(QPushButton(self.tr("I'm &OK for now")))
        close.clicked.connect(self.close)
        actions.addWidget(self.urge_button)
        actions.addWidget(self.plan_button)
        self.urge_button.setVisible(data_open)  # both need the data open
        self.plan_button.setVisible(data_open)
        actions.addStretch(1)
        actions.addWidget(close)
        return actions

    def _breathing_page(self) -> QWidget:
        page, layout = titled_card(self.tr("Breathe with the square"))
        self.breathing = BoxBreathing(self.now)
        self.breathing.setMinimumSize(150, 150)  # never a 40 px square with cut words
        self.breathing_button = big_button(QPushButton(self.tr("&Start breathing")))
        self.breathing_button.clicked.connect(self._on_breathing_button)
        layout.addWidget(self.breathing, 1)
        layout.addWidget(self.breathing_button)
        return page

    def _surfing_page(self, content: dict) -> QWidget:
        page, layout = titled_card(self.tr("Ride the wave (15 minutes)"))
        self.surf_lines = content["surfing_lines"]
        self.surf_text = wrapped_label(
            self.tr("Urges rise, peak and fall, like a wave. Start the timer and ride this one."), TITLE
        )
        self.surf_text.setObjectName("surfText")
        self.surf_progress = QProgressBar()
        self.surf_progress.setRange(0, SURF_SECONDS)
        self.surf_progress.setFormat(self.tr("%v s of 15 minutes"))
        self.surf_progress.setAccessibleName(self.tr("Urge surfing time"))
        self.surf_button = big_button(QPushButton(self.tr("Start &riding the wave")))
        self.surf_button.clicked.connect(self._on_surf_button)
        self.surf_started: float | None = None
        self._surf_timer = QTimer(self)
        self._surf_timer.setInterval(1000)
        self._surf_timer.timeout.connect(self.surf_tick)
        layout.addWidget(self.surf_text)
        layout.addStretch(1)
        layout.addWidget(self.surf_progress)
        layout.addWidget(self.surf_button)
        return page

    def _halt_page(self, content: dict) -> QWidget:
        page, layout = titled_card(self.tr("Am I hungry, angry, lonely or tired?"))
        self.halt_boxes: dict[str, QCheckBox] = {}
        self.halt_tips: dict[str, QLabel] = {}
        names = {
            "hungry": self.tr("Hungry"),
            "angry": self.tr("Angry"),
            "lonely": self.tr("Lonely"),
            "tired": self.tr("Tired"),
        }
        for key, label in names.items():
            box = QCheckBox(label)
            emphasise(box, LARGE, bold=False)
            tip = wrapped_label(content["halt"][key])
            tip.setIndent(24)
            tip.setVisible(False)
            box.toggled.connect(tip.setVisible)
            self.halt_boxes[key], self.halt_tips[key] = box, tip
            layout.addWidget(box)
            layout.addWidget(tip)
        layout.addStretch(1)
        return page

    def _reasons_page(self) -> QWidget:
        page, layout = titled_card(self.tr("Why I'm doing this"))
        self.reasons = wrapped_label(factor=TITLE)
        self.reasons.setObjectName("panicReasons")
        self.reasons.setAccessibleName(self.tr("My reasons"))
        self.more_reasons = big_button(QPushButton(self.tr("More &reasons ›")))
        self.more_reasons.clicked.connect(self._on_more_reasons)
        layout.addWidget(self.reasons)
        layout.addStretch(1)
        layout.addWidget(self.more_reasons, 0, Qt.AlignmentFlag.AlignRight)
        self._reason_list: list[str] = []
        self._reason_start = 0
        return page

    def _ideas_page(self, content: dict) -> QWidget:
        self._idea = 0
        page, layout = titled_card(self.tr("One idea at a time"))
        self.idea_title = wrapped_label(factor=TITLE)
        self.idea_title.setObjectName("panicIdeaTitle")
        self.idea_text = wrapped_label(factor=LARGE)
        self.idea_text.setObjectName("panicIdeaText")
        self.idea_count = QLabel()
        self.next_idea = big_button(QPushButton(self.tr("A&nother idea ›")))
        self.next_idea.clicked.connect(lambda: self.show_idea(self._idea + 1))
        bottom = QHBoxLayout()
        bottom.addWidget(self.idea_count)
        bottom.addStretch(1)
        bottom.addWidget(self.next_idea)
        layout.addWidget(self.idea_title)
        layout.addWidget(self.idea_text)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self._builtin = [(s["title"], s["text"]) for s in content["strategies"]]
        self._ideas: list[tuple[str, str]] = []
        self._idea = 0
        return page

    def _people_card(self) -> QFrame:
        card, layout = titled_card(self.tr("People I can call"))
        card.setObjectName("panicPeople")
        self.people_layout = QVBoxLayout()
        layout.addLayout(self.people_layout)
        # Shown when no phone app took the call: the number, large, and a way to copy it.
        self.fallback = QFrame()
        self.fallback.setObjectName("panicFallback")
        fallback_layout = QVBoxLayout(self.fallback)
        fallback_layout.setContentsMargins(0, 6, 0, 0)
        self.fallback_text = wrapped_label()
        self.fallback_number = QLabel()
        for label in (self.fallback_text, self.fallback_number):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.fallback_number.setObjectName("panicFallbackNumber")
        self.fallback_number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        emphasise(self.fallback_number, HEADING)
        self.copy_button = big_button(QPushButton(self.tr("&Copy number")))
        self.copy_button.clicked.connect(self._on_copy_number)
        fallback_layout.addWidget(self.fallback_text)
        fallback_layout.addWidget(self.fallback_number)
        fallback_layout.addWidget(self.copy_button)
        self.fallback.setVisible(False)
        layout.addWidget(self.fallback)
        layout.addStretch(1)
        self.crisis = wrapped_label(factor=TITLE)
        self.crisis.setTextFormat(Qt.TextFormat.PlainText)  # the line as typed (or as a key file says), never markup
        self.crisis.setObjectName("panicCrisis")
        self.crisis.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.crisis)
        self.crisis_call = big_button(QPushButton())
        self.crisis_call.setObjectName("panicCrisisCall")
        self.crisis_call.setIcon(icon("call"))
        self.crisis_call.setIconSize(QSize(22, 22))
        self.crisis_call.clicked.connect(self._on_call_crisis_line)
        layout.addWidget(self.crisis_call)
        # The last line, always: the number for an emergency where the person is.
        self.emergency_label = wrapped_label(factor=TITLE)
        self.emergency_label.setTextFormat(Qt.TextFormat.PlainText)
        self.emergency_label.setObjectName("panicEmergency")
        self.emergency_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.emergency_label)
        return card

    # ---- content --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read reasons, own strategies, pinned contacts and the crisis line."""
        if self.services is None:
            self._refresh_locked()
            return
        recovery = self.services.recovery
        self._reason_list = recovery.reasons()
        self._reason_start = 0
        self._show_reasons()
        self._ideas = [(self.tr("One of mine"), s) for s in recovery.own_coping()] + self._builtin
        self.show_idea(0)
        while self.people_layout.count():
            item = self.people_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone from view now, not only when the deletion is processed
                widget.deleteLater()
        contacts = self.services.contacts.list(pinned_only=True) or self.services.contacts.list()[:3]
        self.call_buttons = []
        for contact in [c for c in contacts if c.phone][:4]:
            button = big_button(
                QPushButton(self.tr("Call {name}  ({phone})").format(name=contact.name, phone=contact.phone))
            )
            button.setAccessibleName(self.tr("Call {name}").format(name=contact.name))
            button.setIcon(icon("call"))
            button.setIconSize(QSize(22, 22))
            button.clicked.connect(lambda _c=False, c=contact: self.call(c.name, c.phone))
            self.people_layout.addWidget(button)
            self.call_buttons.append(button)
        if not self.call_buttons:
            self.people_layout.addWidget(
                wrapped_label(self.tr("Pin a contact with a phone number in Support to see it here."))
            )
        self.fallback.setVisible(False)
        values = self.services.settings.read()
        self._show_crisis(values.crisis_line, values.emergency_number)

    def _refresh_locked(self) -> None:
        """Opened while locked: the built-in tools, the crisis line, and where the person's own things are."""
        self._reason_list = []
        self.reasons.setText(self.tr("Your own reasons show here once RecoveryBox is unlocked."))
        self.more_reasons.setVisible(False)
        self._ideas = list(self._builtin)
        self.show_idea(0)
        self.call_buttons = []
        if not self.people_layout.count():
            self.people_layout.addWidget(
                wrapped_label(self.tr("Your contacts show here once RecoveryBox is unlocked."))
            )
        self.fallback.setVisible(False)
        self._show_crisis(self.crisis_line, self.emergency)

    def _show_crisis(self, crisis: str, emergency: str) -> None:
        """The crisis line as a big Call button (or where to set one), and the emergency number last."""
        name, number = split_line(crisis)
        self._crisis = (name or self.tr("the crisis line"), number)
        if crisis:
            self.crisis.setText(self.tr("Crisis line: {line}").format(line=crisis))
        else:
            self.crisis.setText(
                self.tr("No crisis line set yet. Add your local one in Tools › Settings › Safety and data.")
            )
        self.crisis_call.setVisible(bool(number))
        self.crisis_call.setText(self.tr("Call {line}").format(line=crisis))
        self.crisis_call.setAccessibleName(self.tr("Call the crisis line, {line}").format(line=crisis))
        self.emergency_label.setText(
            self.tr("In an emergency, call {number}.").format(number=emergency_number(emergency))
        )

    def _on_call_crisis_line(self) -> None:
        self.call(*self._crisis)

    def reason_lines(self) -> list[str]:
        """The reasons shown right now (a few at a time, so they stay large)."""
        return [line.removeprefix("• ") for line in self.reasons.text().splitlines()] if self._reason_list else []

    def _show_reasons(self) -> None:
        shown = self._reason_list[self._reason_start : self._reason_start + REASONS_AT_ONCE]
        if shown:
            self.reasons.setText("\n".join(f"• {reason}" for reason in shown))
        else:
            self.reasons.setText(self.tr("Add your reasons in Support › My plan. They help on hard days."))
        self.more_reasons.setVisible(len(self._reason_list) > REASONS_AT_ONCE)

    def _on_more_reasons(self) -> None:
        self._reason_start += REASONS_AT_ONCE
        if self._reason_start >= len(self._reason_list):
            self._reason_start = 0
        self._show_reasons()

    def show_idea(self, index: int) -> None:
        self._idea = index % len(self._ideas) if self._ideas else 0
        title, text = self._ideas[self._idea] if self._ideas else ("", "")
        self.idea_title.setText(title)
        self.idea_text.setText(text)
        self.idea_count.setText(self.tr("{n} of {total}").format(n=self._idea + 1, total=len(self._ideas)))

    def show_tool(self, index: int) -> None:
        self.tools.setCurrentIndex(index)
        self.tool_buttons.button(index).setChecked(True)

    # ---- calling --------------------------------------------------------------------------------
    def call(self, name: str, phone: str) -> None:
        """Hand the number to the phone or softphone app; where none answers, show it large to dial by hand."""
        if self.open_url(QUrl("tel:" + dial_text(phone))):
            self.fallback.setVisible(False)
            return
        self.fallback_text.setText(self.tr("No phone app is set up here. Call {name} on:").format(name=name))
        self.fallback_number.setText(phone)
        self.fallback.setVisible(True)

    def _on_copy_number(self) -> None:
        QGuiApplication.clipboard().setText(self.fallback_number.text())
        self.copy_button.setText(self.tr("Copied"))
        QTimer.singleShot(3000, self.copy_button, lambda: self.copy_button.setText(self.tr("&Copy number")))

    # ---- breathing and surfing ------------------------------------------------------------------
    def _on_breathing_button(self) -> None:
        if self.breathing.running:
            self.breathing.stop()
            self.breathing_button.setText(self.tr("&Start breathing"))
        else:
            self.breathing.start()
            self.breathing_button.setText(self.tr("&Stop"))

    def _on_surf_button(self) -> None:
        if self.surf_started is None:
            self.surf_started = self.now()
            self._surf_timer.start()
            self.surf_button.setText(self.tr("&Stop the timer"))
            self.surf_tick()
        else:
            self.surf_started = None
            self._surf_timer.stop()
            self.surf_button.setText(self.tr("Start &riding the wave"))

    def surf_tick(self) -> None:
        if self.surf_started is None:
            return
        elapsed = min(int(self.now() - self.surf_started), SURF_SECONDS)
        self.surf_progress.setValue(elapsed)
        index = min(elapsed * len(self.surf_lines) // SURF_SECONDS, len(self.surf_lines) - 1)
        self.surf_text.setText(self.surf_lines[index])
        if elapsed >= SURF_SECONDS:
            self._surf_timer.stop()
            self.surf_started = None
            self.surf_button.setText(self.tr("Ride &another wave"))

    # ---- window ---------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802
        """Never more than the screen: a window manager may not maximize it (or there may be none)."""
        return super().sizeHint().boundedTo(self.screen().availableGeometry().size())

    def resizeEvent(self, event) -> None:  # noqa: N802
        narrow = event.size().width() < NARROW
        wanted = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self.body.direction() != wanted:
            # Narrow: the people to call come first, above the tools.
            self.body.removeWidget(self.people)
            self.body.insertWidget(0 if narrow else 1, self.people, 2)
            self.body.setDirection(wanted)
        super().resizeEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.breathing.stop()
        self._surf_timer.stop()
        super().closeEvent(event)
