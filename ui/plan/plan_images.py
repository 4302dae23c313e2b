"""The pictures the plan document shows, drawn with Qt before the writers run: the growth
dashboard (as File ▸ Export chart draws it) and the risks' 5×5 heat map. exports/ may not
draw with Qt, so the caller renders them here and hands their files to the writer; and the
command line's export-plan comes through here for every format."""
from __future__ import annotations

import tempfile
from pathlib import Path

from app import domain
from app.errors import UserError
from app.i18n import tr
from exports.plan_docx import PlanBook

LEVEL_RGB = {"low": (187, 235, 200), "medium": (250, 230, 160), "high": (252, 196, 150), "critical": (240, 160, 160)}


def heat_map_png(book: PlanBook, target: Path, cell: int = 56) -> Path:
    """The 5×5 grid (likelihood up, impact across), each cell in its level's colour with the
    number of confirmed risks that sit there."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
    margin = 40
    image = QImage(margin + 5 * cell + 10, margin + 5 * cell + 10, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    counts: dict[tuple[int, int], int] = {}
    for r in book.risks:
        counts[(r["likelihood"], r["impact"])] = counts.get((r["likelihood"], r["impact"]), 0) + 1
    painter = QPainter(image)
    try:
        font = QFont()
        font.setPixelSize(16)
        painter.setFont(font)
        for row in range(5):
            for col in range(5):
                likelihood, impact = 5 - row, col + 1
                rect = QRectF(margin + col * cell, row * cell + 5, cell, cell)
                painter.fillRect(rect, QColor(*LEVEL_RGB[domain.risk_level(likelihood, impact)]))
                painter.setPen(QPen(QColor(160, 160, 160)))
                painter.drawRect(rect)
                n = counts.get((likelihood, impact))
                if n:
                    painter.setPen(QPen(QColor("black")))
                    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(n))
            painter.setPen(QPen(QColor("black")))
            painter.drawText(QRectF(0, row * cell + 5, margin - 8, cell),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(5 - row))
        for col in range(5):
            painter.drawText(QRectF(margin + col * cell, 5 * cell + 8, cell, margin - 10),
                             int(Qt.AlignmentFlag.AlignCenter), str(col + 1))
    finally:
        painter.end()
    if not image.save(str(target), "PNG"):
        raise UserError(tr("Cannot write {path}.", path=target))
    return target


def add_images(book: PlanBook, folder: Path) -> PlanBook:
    """Draw the pictures into `folder` and list them in `book.images` (a chart needs numbers,
    a heat map risks: without them there is no picture)."""
    from ui.growth import chart_png
    book.images = {}
    if book.risks:
        book.images["heat_map"] = heat_map_png(book, folder / "heat.png")
    try:
        book.images["growth"] = chart_png.export(book.community["id"], folder / "growth.png", size=(1400, 900))
    except UserError:  # no numbers yet
        pass
    if book.phases:
        book.images["timeline"] = timeline_png(book, folder / "timeline.png")
    return book


def timeline_png(book: PlanBook, target: Path) -> Path:
    """The plan tab's timeline (phases, milestones, the launch and events' T0, today), drawn offscreen."""
    from PySide6.QtWidgets import QApplication
    from ui.plan.timeline import Timeline
    widget = Timeline()
    widget.resize(1000, 420)  # (about the printed width: its labels stay legible at 15 cm)
    marks = [(book.community["start_date"], tr("Launch"))] + [(e["t0"], e["name"]) for e, _ in book.events]
    widget.show_plan(book.phases, book.milestones, marks, book.today)
    widget.show()  # (laid out at its real size only once shown; offscreen is enough)
    QApplication.processEvents()
    image = widget.grab()
    widget.close()
    if not image.save(str(target), "PNG"):
        raise UserError(tr("Cannot write {path}.", path=target))
    return target


def command(args) -> int:
    """The command line's export-plan: .docx, .pdf or .xlsx by the suffix."""
    import os
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is needed to draw the pictures
    from PySide6.QtWidgets import QApplication
    from app.services import communities
    from exports import plan_docx, plan_xlsx
    from exports.commands import progress
    from ui.plan import plan_pdf
    writers = {".docx": plan_docx.write, ".pdf": plan_pdf.write, ".xlsx": plan_xlsx.write}
    writer = writers.get(Path(args.out).suffix.lower())
    if writer is None:
        raise UserError(tr("Name the plan's file …docx (Word), …pdf or …xlsx (Excel), not {name}.",
                           name=Path(args.out).name))
    if QApplication.instance() is None:
        _qt = QApplication([])  # noqa: F841 (drawing needs a QApplication alive meanwhile)
    community = communities.find(args.community)
    book = plan_docx.load(community["id"])
    with tempfile.TemporaryDirectory() as folder:
        add_images(book, Path(folder))
        with progress() as report:
            print(writer(book, args.out, report=report))
    return 0
