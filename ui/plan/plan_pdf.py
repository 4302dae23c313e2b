"""The operating plan as a PDF for printing: the Word document's content (the same compose()
in exports/plan_docx.py) laid out by QTextDocument and written by QPdfWriter on A4, with
page numbers, table header rows repeated on every page, and the fonts embedded.

It lives in ui/ because it draws with Qt (exports/ may not import it). Chinese is set in
the Simplified Chinese face first: with Qt's default CJK choice (Noto Sans CJK JP) a PDF's
text reads back as Kangxi radicals (风险 as ⻛险), so it no longer searches or copies right.
"""
from __future__ import annotations

import html
from pathlib import Path

from app.i18n import tr
from app.progress import Report, no_report
from exports.files import atomic_target
from exports.plan_docx import CHAPTERS, PlanBook, compose, plan_target
from exports.xlsx import clean_text

# (borders as table attributes: a CSS border on every cell made the PDF of a 2,000-row plan take
# 3 s instead of 1.4 s)
# Latin first, then Simplified Chinese faces on Linux, Windows and macOS
FONTS = ["Noto Sans", "DejaVu Sans", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
         "WenQuanYi Micro Hei", "Noto Sans SC"]
CSS = """
body { font-size: 10pt; }
h1 { font-size: 16pt; color: #1F4E79; margin-top: 14pt; }
h2 { font-size: 12pt; color: #2E74B5; margin-top: 10pt; }
table { margin-bottom: 8pt; }
th { background-color: #1F4E79; color: #ffffff; font-weight: bold; }
td, th { padding: 3px; vertical-align: top; }
.title { font-size: 26pt; font-weight: bold; text-align: center; margin-top: 120pt; }
.centered { text-align: center; }
"""


# Qt names each glyph in the PDF's ToUnicode map by the lowest code point the font gives it;
# CJK fonts give the radicals (U+2E80–U+2FDF) the same glyphs as the ideographs, so 方 would
# copy out as ⽅. Kangxi radicals decompose to their ideograph (NFKC); the supplement's do not,
# so those in common use are listed (Unicode's EquivalentUnifiedIdeograph.txt).
RADICALS = {
    0x2E8A: 0x535C, 0x2E8E: 0x5140, 0x2E95: 0x5F50, 0x2E9B: 0x65E1, 0x2E9F: 0x6BCD, 0x2EA0: 0x6C11, 0x2EA4: 0x722B,
    0x2EA7: 0x725B, 0x2EA9: 0x738B, 0x2EAB: 0x7F52, 0x2EAC: 0x793A, 0x2EAE: 0x7AF9, 0x2EB2: 0x7F52, 0x2EB7: 0x7F8A,
    0x2EB9: 0x8002, 0x2EBE: 0x8279, 0x2EC3: 0x8980, 0x2EC4: 0x897F, 0x2EC5: 0x89C1, 0x2EC6: 0x89D2, 0x2EC8: 0x8BA0,
    0x2EC9: 0x8D1D, 0x2ECB: 0x8F66, 0x2ECF: 0x961D, 0x2ED3: 0x957F, 0x2ED4: 0x95E8, 0x2ED6: 0x961D, 0x2ED8: 0x9752,
    0x2ED9: 0x97E6, 0x2EDA: 0x9875, 0x2EDB: 0x98CE, 0x2EDC: 0x98DE, 0x2EDD: 0x98DF, 0x2EDF: 0x98E0, 0x2EE0: 0x9963,
    0x2EE2: 0x9A6C, 0x2EE4: 0x9B3C, 0x2EE5: 0x9C7C, 0x2EE6: 0x9E1F, 0x2EE7: 0x5364, 0x2EE8: 0x9EA6, 0x2EE9: 0x9EC4,
    0x2EEA: 0x9EFE, 0x2EEB: 0x6589, 0x2EEC: 0x9F50, 0x2EEE: 0x9F7F, 0x2EEF: 0x9F99, 0x2EF0: 0x9F99, 0x2EF2: 0x4E80,
    0x2EF3: 0x9F9F, 0x2EE3: 0x9AA8, 0x2ED1: 0x9577, 0x2ECC: 0x8FB6, 0x2ECD: 0x8FB6, 0x2EA8: 0x72AD, 0x2EA3: 0x706C,
    0x2E9E: 0x6B7A, 0x2E98: 0x624C, 0x2E96: 0x5FC4, 0x2E94: 0x5F51, 0x2E85: 0x4EBB, 0x2E86: 0x5182, 0x2E89: 0x5202,
    0x2E9D: 0x6708, 0x2EA1: 0x6C35, 0x2EA2: 0x6C3A, 0x2EAA: 0x758B, 0x2EAD: 0x793B, 0x2EB1: 0x7F53, 0x2EC1: 0x864E,
    0x2EC2: 0x8864, 0x2ED0: 0x9485, 0x2ED7: 0x96E8,
}


def _ideograph(code: int) -> int:
    import unicodedata
    if 0x2F00 <= code <= 0x2FD5:
        return ord(unicodedata.normalize("NFKC", chr(code)))
    return RADICALS.get(code, code)


def fix_text_map(path: Path) -> None:
    """Rewrite each font's ToUnicode map so radicals read back as the ideographs they stand for.

    Qt writes those maps uncompressed, and a code is four hex digits either way, so the file
    is patched in place at the same length: no offset in the cross-reference table moves.
    Only the destinations are touched (a source is a glyph id, whatever its digits)."""
    import re
    data = path.read_bytes()

    def code(m: re.Match) -> bytes:
        return b"<%04X>" % _ideograph(int(m.group(1), 16))

    def destinations(line: bytes) -> bytes:
        if b"[" in line:  # <first> <last> [<dst> <dst> …]
            head, _, tail = line.partition(b"[")
            return head + b"[" + re.sub(rb"<([0-9A-Fa-f]{4})>", code, tail)
        tokens = line.split(b" ")
        if len(tokens) in (2, 3):  # <src> <dst> (bfchar) or <first> <last> <dst> (bfrange)
            tokens[-1] = re.sub(rb"<([0-9A-Fa-f]{4})>", code, tokens[-1])
        return b" ".join(tokens)

    def section(m: re.Match) -> bytes:
        body = b"\n".join(destinations(line) for line in m.group(2).split(b"\n"))
        return m.group(1) + body + m.group(3)

    fixed = re.sub(rb"(\d+ begin(?:bfrange|bfchar))(.*?)(end(?:bfrange|bfchar))", section, data, flags=re.S)
    assert len(fixed) == len(data)  # (same length: the cross-reference offsets stay right)
    if fixed != data:
        path.write_bytes(fixed)


def _text(value) -> str:
    return html.escape(clean_text(value)).replace("\n", "<br/>")


class HtmlDoc:
    """The writer methods compose() calls, building HTML for QTextDocument."""

    def __init__(self):
        self.parts: list[str] = []

    def title(self, text):
        self.parts.append(f"<p class='title'>{_text(text)}</p>")

    def centered(self, text, italic=False):
        inner = f"<i>{_text(text)}</i>" if italic else _text(text)
        self.parts.append(f"<p class='centered'>{inner}</p>")

    def page_break(self):
        self.parts.append("<p style='page-break-after: always;'></p>")

    def heading(self, text, level=1):
        self.parts.append(f"<h{level}>{_text(text)}</h{level}>")

    def para(self, text, italic=False):
        self.parts.append(f"<p>{'<i>' if italic else ''}{_text(text)}{'</i>' if italic else ''}</p>")

    def bullets(self, lines):
        self.parts.append("<ul>" + "".join(f"<li>{_text(line)}</li>" for line in lines) + "</ul>")

    def image(self, path, caption):
        self.parts.append(f"<p><img src='{html.escape(Path(path).as_uri())}' width='560'/></p>")
        self.para(caption, italic=True)

    def empty(self, what):
        self.para(tr("{what}: not planned yet.", what=what), italic=True)

    CHUNK = 40  # rows per table: QTextDocument walks a whole table to draw any page of it

    def table(self, header, rows):
        head = "".join(f"<th>{_text(h)}</th>" for h in header)
        for start in range(0, max(len(rows), 1), self.CHUNK):
            body = "".join("<tr>" + "".join(f"<td>{_text('' if v is None else v)}</td>" for v in row) + "</tr>"
                           for row in rows[start:start + self.CHUNK])
            # <thead>: Qt repeats the header row on every page a table runs onto; a long table is
            # cut into pieces that each start with it, so a 2,000-row table draws page by page
            # instead of walking all its cells for every page (4.4 s → see bench/RESULTS.md)
            self.parts.append(f"<table width='100%' border='1' cellspacing='0' cellpadding='3' style='border-color: #BFBFBF; border-style: solid;'><thead><tr>{head}</tr></thead>"
                              f"<tbody>{body}</tbody></table>")

    def html(self) -> str:
        return f"<html><head><style>{CSS}</style></head><body>{''.join(self.parts)}</body></html>"


def write(book: PlanBook, target: Path, report: Report = no_report) -> Path:
    """The plan at `target` as an A4 PDF (a folder gets the default name). Needs a QGuiApplication."""
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
    target = plan_target(book, target, ".pdf")
    d = HtmlDoc()
    compose(d, book, report)
    with atomic_target(target) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(18, 16, 18, 18), QPageLayout.Unit.Millimeter))
        writer.setResolution(300)
        writer.setTitle(book.community["name"])
        writer.setCreator(tr("Community planner"))
        document = QTextDocument()
        document.documentLayout().setPaintDevice(writer)  # measure text at the printer's resolution
        font = QFont()
        font.setFamilies(FONTS)
        font.setPointSizeF(10)
        document.setDefaultFont(font)
        document.setHtml(d.html())
        page = writer.pageLayout().paintRectPixels(writer.resolution())
        footer = writer.resolution() * 0.35  # inches: room for the page number
        size = QSizeF(page.width(), page.height() - footer)
        document.setPageSize(size)
        pages = document.pageCount()
        painter = QPainter(writer)
        try:
            for i in range(pages):
                if i:
                    writer.newPage()
                painter.save()
                painter.translate(0, -i * size.height())
                document.drawContents(painter, QRectF(0, i * size.height(), size.width(), size.height()))
                painter.restore()
                painter.setFont(font)
                painter.drawText(QRectF(0, size.height(), size.width(), footer),
                                 int(Qt.AlignmentFlag.AlignCenter), f"{i + 1} / {pages}")
                report(tr("Writing the plan"), len(CHAPTERS) + 1, len(CHAPTERS) + 1)
        finally:
            painter.end()
        fix_text_map(tmp)
    return target
