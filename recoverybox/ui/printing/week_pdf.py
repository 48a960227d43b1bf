"""The printable weekly plan: the week's events, today's goals and people to call, on one landscape page."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from recoverybox.i18n.qt import translate
from recoverybox.ui.event_style import KIND_COLOURS, KIND_MARKS
from recoverybox.ui.format import date_text, number_text, time_text, weekday_text

if TYPE_CHECKING:  # for annotations only: no import at run time
    from recoverybox.core.app.services import Services


def write_week_pdf(path: str | Path, services: Services, monday: date) -> Path:
    """Draw the plan for the week starting ``monday`` into a PDF at ``path`` (whole, or not there at all)."""
    from recoverybox.core.storage.files import write_whole

    return write_whole(Path(path), lambda temp: _draw_week(temp, services, monday), is_whole_pdf)


def is_whole_pdf(path: Path) -> bool:
    """A PDF that starts as one and was written to its end (a full disk cuts it short or leaves it empty)."""
    data = path.read_bytes()
    return data.startswith(b"%PDF") and b"%%EOF" in data[-1024:]


def _draw_week(target: Path, services: Services, monday: date) -> None:
    zone = services.zone
    occurrences = services.calendar.week(monday, zone)
    goals = [g for g in services.goals.list() if g.status == "active"]
    contacts = services.contacts.list(pinned_only=True) or services.contacts.list()[:4]

    writer = QPdfWriter(str(target))
    writer.setTitle(translate("Printing", "RecoveryBox plan, week of {day}").format(day=date_text(monday)))
    writer.setCreator("RecoveryBox")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(150)
    painter = QPainter(writer)
    page = QRectF(painter.viewport())
    scale = page.width() / 1000  # lay out on a 1000-unit-wide page

    def font(size: float, bold: bool = False) -> QFont:
        f = QFont("DejaVu Sans")
        f.setPixelSize(max(int(size * scale), 6))
        f.setBold(bold)
        return f

    painter.setFont(font(22, bold=True))
    painter.drawText(
        QRectF(0, 0, page.width(), 34 * scale),
        Qt.AlignmentFlag.AlignLeft,
        translate("Printing", "My week: {first} – {last}").format(
            first=date_text(monday), last=date_text(monday + timedelta(days=6))
        ),
    )
    top = 42 * scale
    column = page.width() / 7
    body_height = page.height() * 0.68
    painter.setPen(QPen(QColor("#888888"), max(scale, 1)))
    for index in range(7):
        day = monday + timedelta(days=index)
        cell = QRectF(index * column, top, column, body_height)
        painter.setPen(QPen(QColor("#888888"), max(scale, 1)))
        painter.drawRect(cell)
        painter.setPen(QColor("black"))
        painter.setFont(font(12, bold=True))
        painter.drawText(cell.adjusted(6 * scale, 4 * scale, 0, 0), f"{weekday_text(day)} {day.day}")
        y = cell.top() + 26 * scale
        painter.setFont(font(10))
        for occ in [o for o in occurrences if o.local_start(zone).date() == day]:
            when = (
                translate("Printing", "All day")
                if occ.all_day
                else f"{time_text(occ.local_start(zone))}–{time_text(occ.local_end(zone))}"
            )
            mark = KIND_MARKS.get(occ.kind, "")
            painter.setPen(KIND_COLOURS.get(occ.kind, KIND_COLOURS["other"]).darker(120))
            lines = [f"{mark} {when}", occ.title] + (
                [occ.location or translate("Printing", "Online")] if occ.location or occ.online_url else []
            )
            for line in lines:
                if y > cell.bottom() - 14 * scale:
                    break
                text_rect = QRectF(cell.left() + 6 * scale, y, column - 10 * scale, 16 * scale)
                painter.drawText(
                    text_rect,
                    painter.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight, int(text_rect.width())),
                )
                y += 15 * scale
            y += 6 * scale
        painter.setPen(QColor("black"))

    bottom = top + body_height + 16 * scale
    half = page.width() / 2
    painter.setFont(font(13, bold=True))
    painter.drawText(QRectF(0, bottom, half, 20 * scale), translate("Printing", "My goals"))
    painter.drawText(QRectF(half, bottom, half, 20 * scale), translate("Printing", "People I can call"))
    painter.setFont(font(10))
    y = bottom + 22 * scale
    for goal in goals[:10]:
        unit = goal.unit or (translate("Printing", "a week") if goal.kind == "weekly_count" else "")
        target_text = (
            f" ({number_text(goal.target, 0 if goal.target == int(goal.target) else 1)} {unit})".replace(" )", ")")
            if goal.target
            else ""
        )
        painter.drawText(QRectF(0, y, half - 10, 16 * scale), f"☐  {goal.title}{target_text}")
        y += 15 * scale
    if not goals:
        painter.drawText(QRectF(0, y, half, 16 * scale), translate("Printing", "No goals yet."))
    y = bottom + 22 * scale
    for contact in contacts[:8]:
        painter.drawText(QRectF(half, y, half, 16 * scale), f"{contact.name}: {contact.phone or contact.email or ''}")
        y += 15 * scale
    crisis = services.settings.read().crisis_line
    if crisis:
        painter.setFont(font(10, bold=True))
        painter.drawText(
            QRectF(half, y + 4 * scale, half, 16 * scale),
            translate("Printing", "Crisis line: {line}").format(line=crisis),
        )
    painter.end()
