"""A problem as the person reads it: core raises a ``UserError`` whose template (its code) and parameters this
turns into a sentence in the person's language (Qt's translations, the "errors" context)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from recoverybox.core.base.errors import CONTEXT, QT_TRANSLATE_NOOP, UserError, Words

if TYPE_CHECKING:
    from recoverybox.core.calendar.ics import ImportSummary
    from recoverybox.core.meetings.feed import FeedRead
    from recoverybox.core.meetings.results import LoadResult, MeetingChange
    from recoverybox.core.sync.outcome import SyncResult


def words(error: BaseException | str) -> str:
    """What to tell the person about ``error`` (or a sentence core made as ``Words``; any other text as it is)."""
    if isinstance(error, Words):
        return _said(error.context, error.template, error.params, str(error))
    if isinstance(error, UserError):
        return _said(CONTEXT, error.template, error.params, error.message)
    if isinstance(error, str):
        return error
    if isinstance(error, OSError):
        return QCoreApplication.translate("errors", "The file could not be written or read ({reason}).").format(
            reason=error.strerror or error
        )
    return str(error)


def _said(context: str, template: str, params: dict[str, object], english: str) -> str:
    """``template`` translated and filled in. Qt gives the template back when it has no translation of it: then
    the English sentence, but with any problem or reason inside it (a ``UserError`` or ``Words`` parameter) in the
    person's language if that one is translated; ``english`` when a translation names a parameter there is not."""
    translated = QCoreApplication.translate(context, template) or template
    filled = {k: words(v) if isinstance(v, UserError | Words) else v for k, v in params.items()}
    try:
        return translated.format(**filled) if params else translated
    except (KeyError, IndexError, ValueError):
        return english


def import_notes(summary: ImportSummary, most: int = 10, gap: str = "\n") -> str:
    """What a calendar import read differently, and what it left out and why, in the person's language: one
    paragraph each (up to ``most`` left-out events named), ``gap`` between them; or ""."""
    from recoverybox.core.calendar.ics_findings import named

    paragraphs = [
        QCoreApplication.translate("ImportNotes", what.template, None, len(titles)).format(
            titles=named(titles), **what.params
        )
        for what, titles in summary.notes
    ]
    if summary.problems:
        count = len(summary.problems)
        lines = [QCoreApplication.translate("ImportNotes", "Could not be read, so left out: %n event(s).", None, count)]
        lines += [f"  • {words(problem)}" for problem in summary.problems[:most]]
        if count > most:
            more = count - most
            lines.append(QCoreApplication.translate("ImportNotes", "  • and %n more.", None, more))
        paragraphs.append("\n".join(lines))
    return gap.join(paragraphs)


def import_counts(created: int, updated: int) -> str:
    """What a calendar import added and updated, as one sentence (each count with its own plural)."""
    new = QCoreApplication.translate("ImportNotes", "%n new event(s)", None, created)
    if not updated:
        return QCoreApplication.translate("ImportNotes", "Imported {new}.").format(new=new)
    old = QCoreApplication.translate("ImportNotes", "%n existing event(s)", None, updated)
    return QCoreApplication.translate("ImportNotes", "Imported {new} and updated {old}.").format(new=new, old=old)


def load_summary(read: FeedRead, most: int = 5) -> str:
    """What loading a list read, in the person's language: counts, then the first ``most`` problems."""
    meetings, appointments, zones, problems = (
        len(read.meetings),
        read.by_appointment,
        read.zone_assumed,
        len(read.problems),
    )
    parts = [QCoreApplication.translate("MeetingsView", "%n meeting(s) read.", None, meetings)]
    if appointments:
        parts.append(
            QCoreApplication.translate(
                "MeetingsView", "%n by appointment (no day or time) not listed.", None, appointments
            )
        )
    if zones:
        parts.append(
            QCoreApplication.translate(
                "MeetingsView", "%n gave no time zone; your own zone was used for them.", None, zones
            )
        )
    if problems:
        parts.append(QCoreApplication.translate("MeetingsView", "%n problem(s):", None, problems))
        parts += [f"• {words(problem)}" for problem in read.problems[:most]]
        if problems > most:
            more = problems - most
            parts.append(QCoreApplication.translate("MeetingsView", "… and %n more.", None, more))
    return "\n".join(parts)


_CHANGED = {
    "time": QT_TRANSLATE_NOOP("MeetingsView", "time"),
    "place": QT_TRANSLATE_NOOP("MeetingsView", "place"),
    "online link": QT_TRANSLATE_NOOP("MeetingsView", "online link"),
    "phone": QT_TRANSLATE_NOOP("MeetingsView", "phone"),
}


def change_text(change: MeetingChange) -> str:
    """ "Home group: time Mon 19:00 → Tue 19:00" in the person's language."""
    none = QCoreApplication.translate("MeetingsView", "(none)")
    return f"{change.title}: " + "; ".join(
        f"{QCoreApplication.translate('MeetingsView', _CHANGED.get(what, what))} {before or none} → {now or none}"
        for what, before, now in change.changes
    )


def week_text(result: LoadResult) -> str:
    """What the load found about meetings already in the week (changed, closed, gone, back)."""
    lines = []
    if result.in_week:
        changed = len(result.in_week)
        lines.append(
            QCoreApplication.translate("MeetingsView", "%n meeting(s) in your week changed in the list:", None, changed)
        )
        lines += [f"• {change_text(change)}" for change in result.in_week]
    if result.closed:
        closed = ", ".join(result.closed)
        lines.append(
            QCoreApplication.translate("MeetingsView", "Now temporarily closed (marked in your week): {names}").format(
                names=closed
            )
        )
    if result.vanished:
        gone = ", ".join(result.vanished)
        lines.append(
            QCoreApplication.translate(
                "MeetingsView", "No longer in the list (marked in your week, not removed): {names}"
            ).format(names=gone)
        )
    if result.reopened:
        back = ", ".join(result.reopened)
        lines.append(QCoreApplication.translate("MeetingsView", "Listed as meeting again: {names}").format(names=back))
    return "\n".join(lines)


def sync_notice(result: SyncResult) -> str:
    """What a person should know about a sync beyond its counts ("; …" each), in their language; or ""."""
    from recoverybox.core.sync.caldav_client import MAX_EVENT_BYTES

    text = ""
    here, unreadable, oversized = result.deleted_here, len(result.unreadable), len(result.oversized)
    if here:
        text += QCoreApplication.translate(
            "SyncRunner", "; %n deleted on the server, kept in “Deleted by sync”", None, here
        )
    if unreadable:
        text += QCoreApplication.translate(
            "SyncRunner", "; %n server event(s) could not be read and were left alone", None, unreadable
        )
    if oversized:
        names = ", ".join(f"“{name}”" for name in result.oversized[:3])
        if oversized > 3:
            more = oversized - 3
            names += QCoreApplication.translate("SyncRunner", " and %n more", None, more)
        text += QCoreApplication.translate("SyncRunner", "; skipped as too big (over {size} MB): {names}").format(
            size=MAX_EVENT_BYTES // 1024 // 1024, names=names
        )
    for problem in result.problems:
        text += "; " + words(problem)
    return text


def sync_summary(result: SyncResult) -> str:
    """ "3 sent, 2 received, 0 in conflict; …" in the person's language."""
    sent, received, deleted, conflicts = (
        result.sent,
        result.received,
        result.deleted_there + result.deleted_here,
        result.conflicts,
    )
    parts = [
        QCoreApplication.translate("SyncRunner", "%n sent", None, sent),
        QCoreApplication.translate("SyncRunner", "%n received", None, received),
    ]
    if deleted:
        parts.append(QCoreApplication.translate("SyncRunner", "%n deleted", None, deleted))
    parts.append(QCoreApplication.translate("SyncRunner", "%n in conflict", None, conflicts))
    return ", ".join(parts) + sync_notice(result)
