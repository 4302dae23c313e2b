"""2. SOP export of 10,000 rows over the four sheets, against openpyxl write-only mode with
no styling writing the same cells (the floor)."""
import random
import tempfile
from pathlib import Path

from common import median_time, report

from app.services import communities, sop
from app.storage import db
from exports import sop_xlsx
from heavy import add_sop_rows


def floor_export(cid: int, target: Path) -> None:
    import openpyxl
    wb = openpyxl.Workbook(write_only=True)
    for code in ("planning", "setup", "growth", "daily"):
        ws = wb.create_sheet(code)
        for row in sop.list_rows(cid, code):
            ws.append([row[f] for f in sop_xlsx.SHEET_FIELDS])
    wb.save(target)


def main(runs: int = 3):
    tmp = Path(tempfile.mkdtemp())
    db.open_workspace(tmp / "w.sqlite")
    cid = communities.create("Export bench", apply_templates=False)
    add_sop_rows(cid, 10_000, random.Random(3))
    import openpyxl  # noqa: F401 (import cost is start-up's business, not the export's)
    floor = median_time(lambda: floor_export(cid, tmp / "floor.xlsx"), runs)
    ours = median_time(lambda: sop_xlsx.export_workbook(cid, tmp / "ours.xlsx"), runs)
    report("SOP export, 10,000 rows over four sheets (median of %d)" % runs,
           [("openpyxl write-only, no styling (floor)", floor, None, "floor"),
            ("planner export (styled, validated, print setup)", ours, floor, "ratio <= 1.5 and < 2 s")])


if __name__ == "__main__":
    main()
