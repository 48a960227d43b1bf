"""The relapse-prevention plan as a PDF the person can print or keep."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from recoverybox.core.recovery.daily_content import OWN_LISTS, PLAN_SECTIONS

if TYPE_CHECKING:  # for annotations only: no import at run time
    from recoverybox.core.app.services import Services


def write_plan_pdf(path: str | Path, services: Services) -> Path:
    plan = services.recovery.plan()
    parts = ["<h1>My relapse-prevention plan</h1>"]
    for key, title in PLAN_SECTIONS + OWN_LISTS:
        text = plan.get(key, "").strip()
        parts.append(f"<h3>{escape(title)}</h3>")
        parts.append("<p>" + (escape(text).replace("\n", "<br>") if text else "<i>(not filled in yet)</i>") + "</p>")
    crisis = services.settings.read().crisis_line
    if crisis:
        parts.append(f"<h3>Crisis line</h3><p><b>{escape(crisis)}</b></p>")
    document = QTextDocument()
    document.setHtml("".join(parts))

    def draw(temp: Path) -> None:
        writer = QPdfWriter(str(temp))
        writer.setTitle("My relapse-prevention plan")
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Portrait)
        document.print_(writer)
        del writer  # the PDF is finished when its writer goes

    from recoverybox.core.storage.files import write_whole
    from recoverybox.ui.printing.week_pdf import is_whole_pdf

    return write_whole(Path(path), draw, is_whole_pdf)
