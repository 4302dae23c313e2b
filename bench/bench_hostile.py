"""7. Reading workbooks from strangers: the largest legitimate growth workbook, one ten
times longer than any plan can hold, and a zip bomb.

- Legitimate: every day from 1900 to 2199 (109,572 rows, the most one community can hold:
  dates are unique and kept to those years) with the eight numbers, as .xlsx. The planner
  reads, maps and checks it; the floor is openpyxl's read-only iteration over the same
  sheet, values only, doing nothing with them.
- 1,000,000 rows: refused from the sheet's declared size at once, or, in a file that does
  not declare it, at the import's 200,000-row limit (one run: it reads that far).
- Bomb: a ~6 MB workbook whose sheet inflates to 1.5 GB; time to refusal (goal < 2 s).

Each measurement runs in a fresh child process, so its peak resident memory (ru_maxrss)
is its own; medians of several runs.
"""
from __future__ import annotations

import datetime as dt
import json
import statistics
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from common import ROOT, machine

SHEET = "xl/worksheets/sheet1.xml"
HEAD = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats'
        b'.org/spreadsheetml/2006/main"><sheetData>')
TAIL = b"</sheetData></worksheet>"
COLUMNS = ("date", "total", "joined", "left", "speakers", "messages", "conversions", "revenue")


def _template(folder: Path) -> Path:
    import openpyxl
    path = folder / "template.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["x"])
    wb.save(path)
    return path


def _with_sheet(template: Path, out: Path, chunks) -> Path:
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != SHEET:
                dst.writestr(info, src.read(info))
        with dst.open(SHEET, "w", force_zip64=True) as fh:
            for chunk in chunks:
                fh.write(chunk)
    return out


def _cell(ref: str, value) -> str:
    if isinstance(value, str):
        return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'
    return f'<c r="{ref}"><v>{value}</v></c>'


def _rows(n: int, dimension: bool = True):
    yield HEAD.replace(b"<sheetData>", f'<dimension ref="A1:H{n + 1}"/><sheetData>'.encode()) if dimension else HEAD
    letters = "ABCDEFGH"
    yield ("<row r=\"1\">" + "".join(_cell(f"{letters[i]}1", c) for i, c in enumerate(COLUMNS)) + "</row>").encode()
    start = dt.date(1900, 1, 1)
    batch = []
    for i in range(n):
        r = i + 2
        day = (start + dt.timedelta(days=i % 109_572)).isoformat()
        values = (day, 1000 + i % 5000, i % 50, i % 7, i % 100, i % 300, i % 5, float(i % 5 * 99))
        batch.append(f'<row r="{r}">' + "".join(_cell(f"{letters[j]}{r}", v) for j, v in enumerate(values)) + "</row>")
        if len(batch) == 10_000:
            yield "".join(batch).encode()
            batch = []
    yield "".join(batch).encode()
    yield TAIL


def _bomb_chunks(total: int):
    row = b'<row><c t="inlineStr"><is><t>' + b"A" * 4000 + b"</t></is></c></row>"
    block = row * 256
    yield HEAD
    for _ in range(total // len(block)):
        yield block
    yield TAIL


CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, {root!r})
kind, path = sys.argv[1], sys.argv[2]
start = time.perf_counter()
outcome = "ok"
if kind == "floor":
    import openpyxl
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    rows = sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True))
    wb.close()
    outcome = f"{{rows:,}} rows"
else:
    from app.errors import UserError
    from app.services import metrics_import
    try:
        parsed = metrics_import.load(path)
        outcome = f"{{len(parsed.rows):,}} days, {{len(parsed.errors)}} problems"
    except UserError as exc:
        outcome = "refused: " + str(exc)[:90]
seconds = time.perf_counter() - start
print(json.dumps({{"seconds": seconds, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "outcome": outcome}}))
"""


def measure(kind: str, path: Path, runs: int) -> dict:
    results = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", CHILD.format(root=str(ROOT)), kind, str(path)],
                             capture_output=True, text=True, check=True, timeout=600)
        results.append(json.loads(out.stdout))
    return {"seconds": statistics.median(r["seconds"] for r in results),
            "rss_mb": statistics.median(r["rss_mb"] for r in results), "outcome": results[0]["outcome"]}


def main(runs: int = 3) -> None:
    tmp = Path(tempfile.mkdtemp())
    template = _template(tmp)
    legit = _with_sheet(template, tmp / "every-day.xlsx", _rows(109_572))
    long = _with_sheet(template, tmp / "million.xlsx", _rows(1_000_000))
    hiding = _with_sheet(template, tmp / "million-no-size.xlsx", _rows(1_000_000, dimension=False))
    bomb = _with_sheet(template, tmp / "bomb.xlsx", _bomb_chunks(1_500 << 20))
    print(f"\n## Reading workbooks from strangers (median of {runs}, each run a fresh process; {machine()})")
    print(f"{'what':58} {'file':>8} {'median':>9} {'floor':>9} {'ratio':>6} {'peak RSS':>9}  outcome")
    floor = measure("floor", legit, runs)
    rows = [
        ("109,572 days x 8 numbers: openpyxl read-only iteration", legit, floor, None),
        ("109,572 days x 8 numbers: planner reads, maps, checks", legit, measure("planner", legit, runs), floor),
        ("1,000,000 rows, size declared: planner refuses", long, measure("planner", long, runs), None),
        ("1,000,000 rows, size not declared: planner stops at 200,000", hiding, measure("planner", hiding, 1), None),
        ("zip bomb, sheet inflating to 1.5 GB: planner refuses", bomb, measure("planner", bomb, runs), None),
    ]
    for what, path, result, base in rows:
        ratio = f"{result['seconds'] / base['seconds']:6.2f}" if base else "     -"
        base_text = f"{base['seconds'] * 1000:7.0f}ms" if base else "        -"
        size = f"{path.stat().st_size / (1 << 20):6.1f}MB"
        print(f"{what:58} {size:>8} {result['seconds'] * 1000:7.0f}ms {base_text} {ratio} "
              f"{result['rss_mb']:7.0f}MB  {result['outcome']}")


if __name__ == "__main__":
    main()
