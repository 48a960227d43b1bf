"""The meetings of a list as a table (one row per meeting and day, times in the person's zone), and the
panel that shows the chosen one in full. Every text from a list is shown as plain text, never as markup."""

from __future__ import annotations

import html
from datetime import datetime, time

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.core.meetings.listings import Listing
from recoverybox.i18n.qt import translate
from recoverybox.ui.fonts import LARGE, emphasise
from recoverybox.ui.format import feed_day_name, meeting_type_words, time_text
from recoverybox.ui.widgets import plain

COLUMNS = (
    QT_TRANSLATE_NOOP("MeetingTableModel", "When (your time)"),
    QT_TRANSLATE_NOOP("MeetingTableModel", "Meeting"),
    QT_TRANSLATE_NOOP("MeetingTableModel", "Where"),
    QT_TRANSLATE_NOOP("MeetingTableModel", "Type"),
)


def short_zone(zone: str) -> str:
    """ "America/New_York" → "New York"."""
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def _hhmm(value: time | datetime) -> str:
    return time_text(datetime(2000, 1, 1, value.hour, value.minute))


def when_text(listing: Listing) -> str:
    """ "Mon 17:30–18:30  (12:30 New York)": in the person's time and language (and the meeting's own)."""
    text = f"{feed_day_name(listing.user_day, short=True)} {_hhmm(listing.start)}–{_hhmm(listing.end)}"
    if listing.other_zone:
        own = listing.meeting_start
        day = f"{feed_day_name(listing.day, short=True)} " if listing.day != listing.user_day else ""
        text += f"  ({day}{_hhmm(own)} {short_zone(listing.meeting.timezone)})"
    return text


def where_text(listing: Listing) -> str:
    meeting = listing.meeting
    if meeting.online and meeting.in_person:
        return translate("MeetingTableModel", "{place} + online").format(place=meeting.location or meeting.address)
    if meeting.online and meeting.conference_phone and meeting.conference_url:
        return translate("MeetingTableModel", "Online and by phone")
    if meeting.online:
        return translate("MeetingTableModel", "Online")
    return meeting.location or meeting.address


class MeetingTableModel(QAbstractTableModel):
    """Listings, with which of them are already in the week (``added`` holds their slugs)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.listings: list[Listing] = []
        self.added: set[str] = set()
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_listings(self, listings: list[Listing], added: set[str]) -> None:
        self.beginResetModel()
        self.listings, self.added = listings, added
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.listings)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        listing = self.listings[index.row()]
        meeting = listing.meeting
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return when_text(listing)
            if column == 1:
                marks = [self.tr("temporarily closed")] if meeting.closed else []
                if meeting.slug in self.added:
                    marks.append(self.tr("in your week"))
                return meeting.name + (f"  — {', '.join(marks)}" if marks else "")
            if column == 2:
                return where_text(listing)
            return meeting_type_words(meeting.types)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a cell its column may cut short
            return plain.tip(self.data(index, Qt.ItemDataRole.DisplayRole) or "")  # a feed's words: never markup
        if role == Qt.ItemDataRole.FontRole and meeting.closed:
            return self._italic
        if role == Qt.ItemDataRole.ForegroundRole and meeting.closed:
            return QPalette().brush(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
        return None


class MeetingDetails(QWidget):
    """The chosen meeting in full: when (here and there), where or how to join, notes, types."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingDetails")
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        emphasise(self.title, LARGE)
        self.closed = QLabel(self.tr("The list says this meeting's location is temporarily closed."))
        self.closed.setWordWrap(True)
        self.closed.setObjectName("meetingClosed")
        emphasise(self.closed, 1.0)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.links = QLabel()
        self.links.setWordWrap(True)
        self.links.setTextFormat(Qt.TextFormat.RichText)  # built here from checked https:// addresses, escaped
        self.links.setOpenExternalLinks(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.closed, self.body, self.links):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.show_listing(None)

    def show_listing(self, listing: Listing | None) -> None:
        if listing is None:
            self.title.setText(self.tr("Choose a meeting to see it in full."))
            for widget in (self.closed, self.body, self.links):
                widget.setVisible(False)
            return
        meeting = listing.meeting
        self.title.setText(meeting.name)
        self.closed.setVisible(meeting.closed)
        when = f"{feed_day_name(listing.user_day)} {_hhmm(listing.start)}–{_hhmm(listing.end)}"
        lines = [self.tr("{when} your time").format(when=when)]
        if listing.other_zone:
            own = listing.meeting_start
            own_time = f"{feed_day_name(listing.day)} {_hhmm(own)}–{_hhmm(meeting.end_time)}"
            lines.append(
                self.tr("({when} in {zone}, the meeting's own time)").format(when=own_time, zone=meeting.timezone)
            )
        if len(meeting.days) > 1:
            days = ", ".join(feed_day_name(day) for day in meeting.days)
            lines.append(self.tr("Meets on {days}").format(days=days))
        lines.append("")
        if meeting.location or meeting.address:
            lines.append(", ".join(part for part in (meeting.location, meeting.address) if part))
        if meeting.region:
            lines.append(self.tr("Region: {region}").format(region=meeting.region))
        if meeting.location_notes:
            lines.append(meeting.location_notes)
        if meeting.conference_url_notes:
            lines.append(self.tr("Online: {notes}").format(notes=meeting.conference_url_notes))
        if meeting.conference_phone:
            notes = f" ({meeting.conference_phone_notes})" if meeting.conference_phone_notes else ""
            lines.append(self.tr("By phone: {phone}").format(phone=meeting.conference_phone) + notes)
        if meeting.types:
            lines += ["", meeting_type_words(meeting.types)]
        if meeting.notes:
            lines += ["", meeting.notes]
        if meeting.group or meeting.updated:
            lines += [
                "",
                " · ".join(
                    p
                    for p in (
                        meeting.group,
                        self.tr("updated {when}").format(when=meeting.updated) if meeting.updated else "",
                    )
                    if p
                ),
            ]
        self.body.setText("\n".join(lines).strip())
        self.body.setVisible(True)
        links = []
        if meeting.conference_url:
            links.append(self._link(meeting.conference_url, self.tr("Join online")))
        if meeting.url:
            links.append(self._link(meeting.url, self.tr("The meeting's page")))
        self.links.setText(" · ".join(links))
        self.links.setVisible(bool(links))

    @staticmethod
    def _link(url: str, label: str) -> str:
        shown = url if len(url) <= 60 else url[:57] + "…"
        return f'<a href="{html.escape(url, quote=True)}">{html.escape(label)}</a> <small>{html.escape(shown)}</small>'
