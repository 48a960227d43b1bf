"""How each kind of event looks: a colour and a text label (colour is never the only signal)."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QColor

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.i18n.qt import translate

KIND_COLOURS = {
    "meeting": QColor("#2f7f86"),
    "therapy": QColor("#7a5aa6"),
    "self_care": QColor("#4c8a3f"),
    "other": QColor("#5a6b7d"),
}
KIND_MARKS = {"meeting": "●", "therapy": "◆", "self_care": "♥", "other": "■"}
FELLOWSHIP_LABELS = {
    "AA": QT_TRANSLATE_NOOP("EventDialog", "AA"),
    "NA": QT_TRANSLATE_NOOP("EventDialog", "NA"),
    "SMART": QT_TRANSLATE_NOOP("EventDialog", "SMART Recovery"),
    "WFS": QT_TRANSLATE_NOOP("EventDialog", "Women for Sobriety"),
    "SOS": QT_TRANSLATE_NOOP("EventDialog", "Secular Organizations for Sobriety"),
    "other": QT_TRANSLATE_NOOP("EventDialog", "Other support group"),
}


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(one: QColor, two: QColor) -> float:
    """The WCAG contrast ratio of two opaque colours (1 to 21)."""
    light, dark = sorted((_luminance(one), _luminance(two)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def block_colours(kind: str, past: bool = False, window: QColor | None = None) -> tuple[QColor, QColor]:
    """(fill, text) for an event drawn as a block or chip: opaque, the text at least 4.5:1 on it (7:1 in high
    contrast). An event that has ended is a pale fill (its colour mixed with ``window``) with the window's text
    colour, not a see-through one with white words on it."""
    from PySide6.QtWidgets import QApplication

    from recoverybox.ui.theme import towards

    app = QApplication.instance()
    palette = app.palette() if isinstance(app, QApplication) else None
    needs = 7.0 if app is not None and app.property("recoverybox_theme") == "high_contrast" else 4.5
    base = QColor(KIND_COLOURS.get(kind, KIND_COLOURS["other"]))
    white = QColor("white")
    if past and palette is not None:
        ground = window or palette.color(palette.ColorRole.Base)
        text = palette.color(palette.ColorRole.Text)
        share = 0.55
        fill = towards(base, ground, share)
        while contrast(fill, text) < needs and share < 0.95:
            share += 0.1
            fill = towards(base, ground, share)
        return fill, text
    fill = QColor(base)
    while contrast(fill, white) < needs:
        fill = fill.darker(110)
    return fill, white


def kind_label(kind: str) -> str:
    labels = {
        "meeting": translate("kinds", "Support meeting"),
        "therapy": translate("kinds", "Therapy / counselling"),
        "self_care": translate("kinds", "Self-care"),
        "other": translate("kinds", "Other"),
    }
    return labels.get(kind, kind)


def short_kind_label(kind: str, fellowship: str | None = None) -> str:
    base = {
        "meeting": QT_TRANSLATE_NOOP("kinds", "Meeting"),
        "therapy": QT_TRANSLATE_NOOP("kinds", "Therapy"),
        "self_care": QT_TRANSLATE_NOOP("kinds", "Self-care"),
        "other": QT_TRANSLATE_NOOP("kinds", "Other"),
    }.get(kind, kind)
    text = translate("kinds", base)
    return f"{KIND_MARKS.get(kind, '')} {text}" + (f" · {fellowship}" if fellowship else "")


def offset_text(minutes: int) -> str:
    """``at the start``, ``10 min before``, ``1 h before``, ``1 day before``."""
    if minutes == 0:
        return translate("reminders", "at the start")
    if minutes % 1440 == 0:
        days = minutes // 1440
        return translate("reminders", "%n day(s) before", None, days)
    if minutes % 60 == 0:
        return translate("reminders", "{n} h before").format(n=minutes // 60)
    return translate("reminders", "{n} min before").format(n=minutes)


def mark_words(mark: str) -> str:
    """What a meeting list now says about a meeting added from it ("closed" or "vanished"), or that this is a
    sync's conflict copy, in words."""
    from recoverybox.core.meetings.results import STATUS_WORDS

    if mark == "conflict":
        return translate(
            "reminders", "Conflict copy: your version, kept because the event changed on another device too"
        )
    return translate("reminders", STATUS_WORDS.get(mark, mark))


def event_card_html(occ, zone, offsets: list[int], time_text, date_text) -> str:
    """A hover card for an occurrence: title, when, kind, place, link, reminders (escaped rich text)."""
    start, end = occ.local_start(zone), occ.local_end(zone)
    when = (
        date_text(start.date()) + " · " + translate("reminders", "all day")
        if occ.all_day
        else f"{date_text(start.date())} · {time_text(start)}–{time_text(end)}"
    )
    rows = [f"<b>{escape(occ.title)}</b>", escape(when), escape(short_kind_label(occ.kind, occ.fellowship))]
    if occ.mark:
        rows.append(f"<b>⚠ {escape(mark_words(occ.mark))}</b>")
    if occ.location:
        rows.append(escape(translate("reminders", "Where: {place}").format(place=occ.location)))
    if occ.online_url:
        rows.append(escape(translate("reminders", "Link: {url}").format(url=occ.online_url)))
    reminders = ", ".join(offset_text(m) for m in offsets) if offsets else translate("reminders", "none")
    rows.append(escape(translate("reminders", "Reminders: {list}").format(list=reminders)))
    if occ.recurring:
        rows.append(escape(translate("reminders", "Repeats")))
    return "<br>".join(rows)
