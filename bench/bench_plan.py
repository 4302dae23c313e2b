"""The operating plan as a Word document and an Excel workbook (#14): the demo and a heavy plan (2,000 SOP rows,
200 risks, 500 budget lines, 1,000 calendar entries), against a floor measured in the same
run: python-docx writing the same text (the same paragraphs and table cells) unstyled.

Goal: docx and xlsx < 2 s for each. The workbook's floor: XlsxWriter writing the same cells
with no formats, formulas or widths."""
import datetime as dt
import random
import tempfile
import time
from pathlib import Path

from common import median_time, report

from app.storage import db


def floor(book, target: Path) -> None:
    """The same text through python-docx with no styles, headings or header rows."""
    from docx import Document
    doc = Document()
    from exports import plan_docx
    d = plan_docx._Doc.__new__(plan_docx._Doc)
    texts: list[str] = []
    d.doc = doc
    d.heading = lambda text, level=1: texts.append(text)
    d.para = lambda text, italic=False: texts.append(text) or doc.add_paragraph()
    d.bullets = lambda lines: texts.extend(lines)
    d.empty = lambda what: texts.append(what)
    d.table = lambda header, rows: texts.extend(str(v) for row in [header, *rows] for v in row)
    for chapter in (plan_docx._background, plan_docx._problem, plan_docx._goals, plan_docx._framework,
                    plan_docx._path, plan_docx._risks, plan_docx._resources, plan_docx._time_plan):
        chapter(d, book)
    for text in texts:
        doc.add_paragraph(str(text))
    doc.save(str(target))


def xlsx_floor(book, target: Path) -> None:
    import xlsxwriter
    wb = xlsxwriter.Workbook(str(target), {"constant_memory": True})
    ws = wb.add_worksheet()
    rows = [[r[k] for k in ("stage", "timing", "date", "task", "owner", "status")] for t in book.sop.values() for r in t]
    rows += [[r["description"], r["likelihood"], r["impact"], r["measure"]] for r in book.risks]
    rows += [[x["item"], x["planned"], x["actual"] or 0] for x in book.budget]
    rows += [[str(e["date"]), e["title"], e["status"]] for e in book.entries]
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            ws.write(i, j, value)
    wb.close()


def pdf_floor(book, target: Path) -> None:
    """The same text as plain text, laid out by QTextDocument and printed by QPdfWriter."""
    from PySide6.QtGui import QPdfWriter, QTextDocument
    from ui.plan.plan_pdf import HtmlDoc
    from exports.plan_docx import compose
    d = HtmlDoc()
    compose(d, book)
    doc = QTextDocument()
    doc.setPlainText(__import__("re").sub(r"<[^>]+>", "\n", d.html()))
    writer = QPdfWriter(str(target))
    doc.print_(writer)


def heavy(cid: int) -> None:
    from app.services import risks, timeplan
    from bench.heavy import add_sop_rows
    from app.storage.models import Entry, database
    rng = random.Random(3)
    add_sop_rows(cid, 2000, rng)
    with database.atomic():
        for i in range(200):
            risks.risks.create(cid, {"description": f"风险 {i}：群被封禁或信息泄露", "likelihood": 1 + i % 5,
                                     "impact": 1 + (i * 3) % 5, "measure": "应对措施与负责人" * 3})
        for i in range(500):
            timeplan.budget.create(cid, {"item": f"预算项 {i}", "planned": 100 + i, "actual": 90 + i})
        start = dt.date(2026, 1, 1)
        Entry.insert_many([{"community": cid, "date": start + dt.timedelta(days=i // 3), "title": f"内容 {i}",
                            "status": "idea"} for i in range(1000)]).execute()


def main():
    import sys
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    tmp = Path(tempfile.mkdtemp())
    db.open_workspace(tmp / "plan.sqlite")
    from app.services import communities, demo
    from exports import plan_docx, plan_xlsx
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([])  # noqa: F841 (the PDF's text layout needs it)
    from ui.plan import plan_pdf
    demo_id = demo.add_demo()
    heavy_id = communities.create("重型社群", type_override="conversion")
    start = time.perf_counter()
    heavy(heavy_id)
    print(f"heavy plan built in {time.perf_counter() - start:.1f} s")
    rows = []
    for name, cid in (("demo", demo_id), ("heavy: 2,000 SOP rows, 200 risks, 500 budget lines", heavy_id)):
        book = plan_docx.load(cid)
        base = median_time(lambda: floor(book, tmp / "floor.docx"), runs=5)
        full = median_time(lambda: plan_docx.write(book, tmp / "plan.docx"), runs=5)
        loading = median_time(lambda: plan_docx.load(cid), runs=5)
        xbase = median_time(lambda: xlsx_floor(book, tmp / "floor.xlsx"), runs=5)
        xfull = median_time(lambda: plan_xlsx.write(book, tmp / "plan.xlsx"), runs=5)
        rows += [(f"{name}: floor (unstyled text)", base, None, ""),
                 (f"{name}: read the plan", loading, None, ""),
                 (f"{name}: write the document", full, base, "< 2 s"),
                 (f"{name}: xlsx floor (plain cells)", xbase, None, ""),
                 (f"{name}: write the workbook", xfull, xbase, "< 2 s"),
                 (f"{name}: pdf floor (plain text, QTextDocument)", median_time(
                     lambda: pdf_floor(book, tmp / "floor.pdf"), runs=3), None, "")]
        rows.append((f"{name}: write the PDF", median_time(lambda: plan_pdf.write(book, tmp / "plan.pdf"), runs=3),
                     rows[-1][1], "< 3 s"))
    report("The operating plan in Word and Excel", rows)


if __name__ == "__main__":
    main()
