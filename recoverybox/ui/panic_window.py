"""The panic window: calm, full-size, everything for a hard moment one click away. Works entirely offline."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recoverybox.core.recovery import coping_content
from recoverybox.ui.breathing import BoxBreathing
from recoverybox.ui.card import titled_card
from recoverybox.ui.fonts import HEADING, TITLE, emphasise

SURF_SECONDS = 15 * 60


class PanicWindow(QWidget):
    """Breathing, urge surfing, HALT, reasons, coping strategies, people to call and the crisis line."""

    urge_requested = Signal()
    plan_requested = Signal()

    def __init__(self, services, now: Callable[[], float] = time.monotonic, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.services = services
        self.now = now
        self.setObjectName("panicWindow")
        self.setWindowTitle(self.tr("Right now — RecoveryBox"))
        content = coping_content()

        heading = QLabel(self.tr("You reached out. That's a strong thing to do."))
        emphasise(heading, HEADING)
        sub = QLabel(self.tr("Take this one minute at a time. Nothing here needs to be done perfectly."))
        sub.setWordWrap(True)

        # Breathing
        breathing, breathing_layout = titled_card(self.tr("Breathe with the square"))
        self.breathing = BoxBreathing(now)
        self.breathing_button = QPushButton(self.tr("&Start breathing"))
        self.breathing_button.clicked.connect(self._on_breathing_button)
        breathing_layout.addWidget(self.breathing, 1)
        breathing_layout.addWidget(self.breathing_button)

        # Urge surfing
        surfing, surfing_layout = titled_card(self.tr("Ride the wave (15 minutes)"))
        self.surf_lines = content["surfing_lines"]
        self.surf_text = QLabel(self.tr("Urges rise, peak and fall, like a wave. Start the timer and ride this one."))
        self.surf_text.setObjectName("surfText")
        self.surf_text.setWordWrap(True)
        emphasise(self.surf_text, 1.1, bold=False)
        self.surf_progress = QProgressBar()
        self.surf_progress.setRange(0, SURF_SECONDS)
        self.surf_progress.setFormat(self.tr("%v s of 15 minutes"))
        self.surf_progress.setAccessibleName(self.tr("Urge surfing time"))
        self.surf_button = QPushButton(self.tr("Start &riding the wave"))
        self.surf_button.clicked.connect(self._on_surf_button)
        self.surf_started: float | None = None
        self._surf_timer = QTimer(self)
        self._surf_timer.setInterval(1000)
        self._surf_timer.timeout.connect(self.surf_tick)
        surfing_layout.addWidget(self.surf_text)
        surfing_layout.addWidget(self.surf_progress)
        surfing_layout.addWidget(self.surf_button)

        # HALT
        halt, halt_layout = titled_card(self.tr("HALT: am I hungry, angry, lonely or tired?"))
        self.halt_boxes = {}
        self.halt_tips = {}
        for key, label in (("hungry", "&Hungry"), ("angry", "&Angry"), ("lonely", "&Lonely"), ("tired", "&Tired")):
            box = QCheckBox(self.tr(label))
            tip = QLabel(self.tr(content["halt"][key]))
            tip.setWordWrap(True)
            tip.setVisible(False)
            box.toggled.connect(tip.setVisible)
            self.halt_boxes[key], self.halt_tips[key] = box, tip
            halt_layout.addWidget(box)
            halt_layout.addWidget(tip)

        # Reasons and coping
        reasons, reasons_layout = titled_card(self.tr("Why I'm doing this"))
        self.reasons = QListWidget()
        self.reasons.setObjectName("panicReasons")
        self.reasons.setAccessibleName(self.tr("My reasons"))
        reasons_layout.addWidget(self.reasons)
        coping, coping_layout = titled_card(self.tr("Things that help"))
        self.coping = QListWidget()
        self.coping.setObjectName("panicCoping")
        self.coping.setAccessibleName(self.tr("Coping strategies"))
        self.coping.setWordWrap(True)
        self.coping.setSpacing(6)

        coping_layout.addWidget(self.coping)
        self._builtin = [f"{s['title']}: {s['text']}" for s in content["strategies"]]

        # People
        people, people_layout = titled_card(self.tr("People I can call"))
        self.people_layout = QVBoxLayout()
        people_layout.addLayout(self.people_layout)
        self.crisis = QLabel()
        self.crisis.setObjectName("panicCrisis")
        self.crisis.setWordWrap(True)
        self.crisis.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        emphasise(self.crisis, TITLE)
        people_layout.addWidget(self.crisis)

        actions = QHBoxLayout()
        self.urge_button = QPushButton(self.tr("Log this &urge…"))
        self.urge_button.clicked.connect(self.urge_requested.emit)
        self.plan_button = QPushButton(self.tr("Show my &plan"))
        self.plan_button.clicked.connect(self.plan_requested.emit)
        close = QPushButton(self.tr("I'm &OK for now"))
        close.clicked.connect(self.close)
        actions.addWidget(self.urge_button)
        actions.addWidget(self.plan_button)
        actions.addStretch(1)
        actions.addWidget(close)

        grid = QGridLayout()
        grid.addWidget(breathing, 0, 0, 2, 1)
        grid.addWidget(surfing, 0, 1)
        grid.addWidget(halt, 1, 1)
        grid.addWidget(people, 0, 2, 2, 1)
        grid.addWidget(reasons, 2, 0)
        grid.addWidget(coping, 2, 1, 1, 2)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(heading)
        inner_layout.addWidget(sub)
        inner_layout.addLayout(grid, 1)
        inner_layout.addLayout(actions)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.refresh()

    def refresh(self) -> None:
        """Re-read reasons, own strategies, pinned contacts and the crisis line."""
        recovery = self.services.recovery
        self.reasons.clear()
        reasons = recovery.reasons()
        self.reasons.addItems(reasons or [self.tr("Add your reasons in Support › My plan. They help on hard days.")])
        self.coping.clear()
        self.coping.addItems([self.tr("Mine: {s}").format(s=s) for s in recovery.own_coping()] + self._builtin)
        while self.people_layout.count():
            item = self.people_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        contacts = self.services.contacts.list(pinned_only=True) or self.services.contacts.list()[:3]
        self.call_buttons = []
        for contact in contacts:
            if not contact.phone:
                continue
            button = QPushButton(self.tr("Call {name}  ({phone})").format(name=contact.name, phone=contact.phone))
            button.setAccessibleName(self.tr("Call {name}").format(name=contact.name))
            button.clicked.connect(
                lambda _c=False, phone=contact.phone: QDesktopServices.openUrl(
                    QUrl("tel:" + "".join(ch for ch in phone if ch.isdigit() or ch == "+"))
                )
            )
            self.people_layout.addWidget(button)
            self.call_buttons.append(button)
        if not self.call_buttons:
            hint = QLabel(self.tr("Pin a contact with a phone number in Support to see it here."))
            hint.setWordWrap(True)
            self.people_layout.addWidget(hint)
        crisis = self.services.settings.get("crisis_line")
        self.crisis.setText(
            self.tr("Crisis line: {line}").format(line=crisis)
            if crisis
            else self.tr(
                "No crisis line set. Add your local one in Tools › Settings › Safety, so it is here when you need it."
            )
        )

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
        self.surf_text.setText(self.tr(self.surf_lines[index]))
        if elapsed >= SURF_SECONDS:
            self._surf_timer.stop()
            self.surf_started = None
            self.surf_button.setText(self.tr("Ride &another wave"))

    def closeEvent(self, event) -> None:  # noqa: N802
        self.breathing.stop()
        self._surf_timer.stop()
        super().closeEvent(event)
