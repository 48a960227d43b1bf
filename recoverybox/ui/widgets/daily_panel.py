"""Today's reflection, the morning pledge and the evening review (help and urge are on the window's bar)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from recoverybox.core.base.errors import UserError
from recoverybox.core.recovery.daily_content import REVIEW_LABELS, coping_content
from recoverybox.ui.ops.perform import perform
from recoverybox.ui.ops.words import words
from recoverybox.ui.widgets.card import titled_card

if TYPE_CHECKING:  # for annotations only: no import at run time
    from recoverybox.core.app.glance import TodayGlance
    from recoverybox.core.app.services import Services
    from recoverybox.core.recovery.daily_content import Reflection


class DailyPanel(QWidget):
    """The right-hand column of the Today view."""

    def __init__(self, services: Services | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services  # None while Today is a first look (``attach`` follows)
        self.reflection: Reflection | None = None
        reflection, reflection_layout = titled_card(self.tr("Today's reflection"))
        self.reflection_text = QLabel()
        self.reflection_text.setObjectName("reflectionText")
        self.reflection_text.setWordWrap(True)
        self.reflection_text.setMinimumHeight(3 * self.reflection_text.fontMetrics().lineSpacing())
        self.reflection_prompt = QLabel()
        self.reflection_prompt.setObjectName("reflectionPrompt")
        self.reflection_prompt.setWordWrap(True)
        self.answer_button = QPushButton(self.tr("&Write an answer…"))
        self.answer_button.clicked.connect(self.answer_reflection)
        self.star_button = QPushButton()
        self.star_button.setCheckable(True)
        self.star_button.toggled.connect(self._on_star)
        from recoverybox.ui.widgets.flow_row import flow_row

        row = flow_row(self.answer_button, self.star_button)
        reflection_layout.addWidget(self.reflection_text)
        reflection_layout.addWidget(self.reflection_prompt)
        reflection_layout.addWidget(row)

        pledge, pledge_layout = titled_card(self.tr("Morning pledge"))
        # The pledge wraps: a long one is read whole, not cut at the field's edge.
        self.pledge_text = QPlainTextEdit()
        self.pledge_text.setObjectName("pledgeText")
        self.pledge_text.setAccessibleName(self.tr("Today I commit to"))
        self.pledge_text.setTabChangesFocus(True)
        self.pledge_text.setFixedHeight(3 * self.pledge_text.fontMetrics().lineSpacing() + 14)
        self.pledge_button = QPushButton(self.tr("Make today's &pledge"))
        self.pledge_button.clicked.connect(self.make_pledge)
        self.pledge_status = QLabel()
        self.pledge_status.setObjectName("pledgeStatus")
        pledge_layout.addWidget(self.pledge_text)
        pledge_row = QHBoxLayout()
        pledge_row.addWidget(self.pledge_button)
        pledge_row.addWidget(self.pledge_status, 1)
        pledge_layout.addLayout(pledge_row)

        review, review_layout = titled_card(self.tr("Evening review: how was today?"))
        self.review_group = QButtonGroup(self)
        answers = []
        for value, label in REVIEW_LABELS.items():
            button = QRadioButton(self.tr(label))
            self.review_group.addButton(button, value)
            answers.append(button)
        review_row = flow_row(*answers)  # as many answers a line as fit: never squeezed, never cut
        self.review_line = QLineEdit()
        self.review_line.setObjectName("reviewLine")
        self.review_line.setPlaceholderText(self.tr("One line about today (optional)"))
        self.review_line.setAccessibleName(self.tr("About today"))
        self.review_button = QPushButton(self.tr("Save &review"))
        self.review_button.clicked.connect(self.save_review)
        self.review_status = QLabel()
        review_layout.addWidget(review_row)
        review_layout.addWidget(self.review_line)
        status_row = QHBoxLayout()
        status_row.addWidget(self.review_button)
        status_row.addWidget(self.review_status, 1)
        review_layout.addLayout(status_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(reflection)
        layout.addWidget(pledge)
        layout.addWidget(review)
        layout.addStretch(1)

    @property
    def services(self) -> Services:
        if self._services is None:
            raise RuntimeError("the daily panel has no services yet")
        return self._services

    def attach(self, services: Services) -> None:
        self._services = services

    def refresh(self) -> None:
        from recoverybox.core.app.glance import glance_of

        self.show_glance(glance_of(self.services))

    def show_glance(self, glance: TodayGlance) -> None:
        self.reflection = glance.reflection
        self.reflection_text.setText(glance.reflection.text)
        self.reflection_prompt.setText(f"<i>{glance.reflection.prompt}</i>")
        self.star_button.blockSignals(True)
        self.star_button.setChecked(glance.starred)
        self.star_button.blockSignals(False)
        self._update_star()
        if not self.pledge_text.hasFocus():
            self.pledge_text.setPlainText(glance.pledge if glance.pledge is not None else coping_content()["pledge"])
        streak = glance.pledge_streak
        if glance.pledge is not None:
            self.pledge_status.setText(self.tr("Pledged today ✓ · {n}-day streak").format(n=streak))
        else:
            self.pledge_status.setText(self.tr("{n}-day pledge streak").format(n=streak) if streak else "")
        rating, line = glance.review or (None, "")
        if rating:
            self.review_group.button(rating).setChecked(True)
            self.review_line.setText(line)
            self.review_status.setText(self.tr("Saved ✓"))

    def _update_star(self) -> None:
        on = self.star_button.isChecked()
        self.star_button.setText(self.tr("★ Starred") if on else self.tr("☆ &Star"))
        self.star_button.setAccessibleName(self.tr("Star this reflection"))

    def _opening(self, status: QLabel | None = None) -> bool:
        """True (and said) in the moment before the data layer is ready: nothing can be saved yet."""
        if self._services is not None and self.reflection is not None:
            return False
        if status is not None:
            status.setText(self.tr("One moment: your data is still opening."))
        return True

    def _on_star(self, on: bool) -> None:
        reflection = self.reflection
        if self._opening() or reflection is None:
            self.star_button.blockSignals(True)
            self.star_button.setChecked(not on)
            self.star_button.blockSignals(False)
            return
        perform(self, lambda: self.services.recovery.set_favourite(reflection.id, on))
        self._update_star()

    def answer_reflection(self) -> None:
        reflection = self.reflection
        if self._opening() or reflection is None:
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Today's reflection"), reflection.prompt)
        if ok and text.strip():
            perform(self, lambda: self.services.recovery.answer_reflection(reflection, text))

    def make_pledge(self) -> None:
        if self._opening(self.pledge_status):
            return
        pledge = " ".join(self.pledge_text.toPlainText().split())
        if (
            perform(
                self,
                lambda: self.services.recovery.pledge(pledge),
                on_problem=lambda error: self.pledge_status.setText(words(error)),
            )
        ) is not None:
            self.refresh()

    def _on_pledge_not_saved(self, error: UserError | OSError) -> None:
        self.pledge_status.setText(words(error))

    def _on_review_not_saved(self, error: UserError | OSError) -> None:
        self.review_status.setText(words(error))

    def save_review(self) -> None:
        if self._opening(self.review_status):
            return
        rating = self.review_group.checkedId()
        if rating < 1:
            self.review_status.setText(self.tr("Choose how the day went first."))
            return
        line = self.review_line.text()
        if (
            perform(
                self,
                lambda: self.services.recovery.review(rating, line),
                on_problem=lambda error: self.review_status.setText(words(error)),
            )
        ) is not None:
            self.review_status.setText(self.tr("Saved ✓ Thank you for checking in."))
