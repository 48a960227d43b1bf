"""The relapse-prevention plan as a PDF the person can print or keep."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from recoverybox.core.recovery.daily_content import OWN_LISTS, PLAN_SECTIONS
from recoverybox.i18n.qt import translate

if TYPE_CHECKING:  # for annotations only: no import at run time
    from recoverybox.core.app.services import Services


def write_plan_pdf(path: str | Path, services: Services) -> Path:
    plan = services.recovery.plan()
    heading = translate("Printing", "My relapse-prevention plan")
    empty = escape(translate("Printing", "(not filled in yet)"))
    parts = [f"<h1>{escape(heading)}</h1>"]
    for key, title in PLAN_SECTIONS + OWN_LISTS:
        text = plan.get(key, "").strip()
        section = translate("SupportView", title)
        parts.append(f"<h3>{escape(section)}</h3>")
        parts.append("<p>" + (escape(text).replace("\n", "<br>") if text else f"<i>{empty}</i>") + "</p>")
    crisis = services.settings.read().crisis_line
    if crisis:
        line_heading = translate("Printing", "Crisis line")
        parts.append(f"<h3>{escape(line_heading)}</h3><p><b>{escape(crisis)}</b></p>")
    document = QTextDocument()
    document.setHtml("".join(parts))

    def draw(temp: Path) -> None:
        writer = QPdfWriter(str(temp))
        writer.setTitle(heading)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Portrait)
        document.print_(writer)
        del writer  # the PDF is finished when its writer goes

    from recoverybox.core.storage.files import write_whole
    from recoverybox.ui.printing.week_pdf import is_whole_pdf

    return write_whole(Path(path), draw, is_whole_pdf)
