"""The operating plan as one Excel workbook: a sheet per area (the calendar, risks, budget and
milestones included), styled like the SOP export. Risk scores and levels and the budget's
totals, variance and spend ratio are formulas, so the workbook still computes when edited.

It writes from the same loaded plan as the Word document (plan_docx.load). Every text goes in
with write_string, so a text starting with = + - @ stays text, never a formula.
"""
from __future__ import annotations

from pathlib import Path

from app import domain
from app.i18n import tr
from app.progress import Report, no_report
from app.services import content, growth, sop
from exports.plan_docx import PlanBook, plan_target
from exports.xlsx import clean_text, column_width, sheet_title, workbook

BLUE, RULE, BAND = "#1F4E79", "#BFBFBF", "#EEF3F8"


class Formula(str):
    """A cell that holds a formula (every other string is written as text), with the value it
    computes now: LibreOffice shows a workbook's stored values until something is edited, and
    XlsxWriter stores 0 unless told."""

    def __new__(cls, text: str, value=0):
        out = super().__new__(cls, text)
        out.value = value
        return out


class _Sheets:
    def __init__(self, wb):
        self.wb = wb
        self.header = wb.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": BLUE, "border": 1,
                                     "border_color": RULE, "align": "center", "valign": "vcenter", "text_wrap": True})
        self.cell = [wb.add_format({"text_wrap": True, "valign": "top", "border": 1, "border_color": RULE,
                                    **({"bg_color": BAND} if band else {})}) for band in (False, True)]
        self.money = [wb.add_format({"num_format": "¥#,##0.00", "valign": "top", "border": 1, "border_color": RULE,
                                     **({"bg_color": BAND} if band else {})}) for band in (False, True)]
        self.total = wb.add_format({"bold": True, "num_format": "¥#,##0.00", "top": 2, "top_color": BLUE})
        self.label = wb.add_format({"bold": True})
        self.title = wb.add_format({"bold": True, "font_size": 14})

    def sheet(self, name: str, title: str, header: list[str], rows: list[list], money: set[int] = frozenset()):
        """A titled sheet: a header row (frozen, repeated when printed) and the rows. Returns it."""
        ws = self.wb.add_worksheet(sheet_title(name))
        ws.write_string(0, 0, clean_text(title), self.title)
        for c, text in enumerate(header):
            ws.write_string(2, c, text, self.header)
            ws.set_column(c, c, column_width([str(r[c]) for r in rows if not isinstance(r[c], Formula)], text))
        for i, values in enumerate(rows):
            band = i % 2 == 1
            for c, value in enumerate(values):
                fmt = self.money[band] if c in money else self.cell[band]
                if isinstance(value, Formula):
                    ws.write_formula(3 + i, c, value, fmt, value.value)
                elif isinstance(value, (int, float)) and not isinstance(value, bool):
                    ws.write_number(3 + i, c, value, fmt)
                elif value is None or value == "":
                    ws.write_blank(3 + i, c, None, fmt)
                else:
                    ws.write_string(3 + i, c, clean_text(value), fmt)
        ws.freeze_panes(3, 0)
        ws.repeat_rows(2)
        ws.set_landscape()
        ws.fit_to_pages(1, 0)
        return ws


def write(book: PlanBook, target: Path, report: Report = no_report) -> Path:
    target = plan_target(book, target, ".xlsx")
    c = book.community
    steps = 7
    with workbook(target, f"{c['name']} – {domain.pick(('社群运营方案', 'Operating plan'))}",
                  domain.label(domain.TYPES, c["type"])) as wb:
        s = _Sheets(wb)
        report(tr("Writing the plan"), 0, steps)
        facts = [(tr("Community"), c["name"]), (tr("Type"), domain.label(domain.TYPES, c["type"])),
                 (tr("Platform"), domain.label(domain.PLATFORMS, c["platform"])), (tr("Sells or serves"), c["offering"]),
                 (tr("Launch date"), str(c["start_date"])), (tr("Lifecycle stage"), domain.label(domain.STAGES, book.stage)),
                 (tr("Long-term goal"), c["long_term_goal"])]
        facts += [(label, c[key]) for label, key in (
            (tr("Why build it?"), "why"), (tr("What value do members get?"), "what"), (tr("Who are the members?"), "who"),
            (tr("How does it make money?"), "how"), (tr("Industry trends"), "background_trends"),
            (tr("User needs"), "background_needs"), (tr("Competition"), "background_competition"),
            (tr("Symptoms"), "problem_symptoms"), (tr("Causes"), "problem_causes"), (tr("Impact"), "problem_impact"))]
        s.sheet(domain.pick(("概览", "Overview")), c["name"], [tr("Item"), tr("Content")],
                [[k, v or ""] for k, v in facts])
        s.sheet(domain.pick(("目标", "Goals")), tr("SMART goals"), [tr("Metric"), tr("Target"), tr("Deadline"),
                                                                    tr("Projection")],
                [[domain.pick(growth.NAMES.get(g["metric"], (g["metric"],) * 2)), g["target"], str(g["deadline"]),
                  g["status"]] for g in book.goals])
        s.sheet(domain.pick(("成员分层", "Member layers")), tr("Member layers"),
                [tr("Layer"), tr("Definition"), tr("Target share (%)"), tr("What the plan does for it")],
                [[domain.label(domain.MEMBER_LAYERS, x["layer"]), x["definition"], x["target_share"], x["actions"]]
                 for x in book.layers])
        report(tr("Writing the plan"), 2, steps)
        _risks(s, book)
        _budget(s, book)
        s.sheet(domain.pick(("资源", "Resources")), tr("People, time and tools"),
                [tr("Kind"), tr("Name"), tr("Detail"), tr("Hours per week"), tr("Asked (h)"), tr("Cost per month")],
                [[tr("People"), t["name"], t["holder"], t["hours_per_week"], "", ""] for t in book.team]
                + [[tr("Time budget"), p["person"], "、".join(p["roles"]), p["available"], p["asked"], ""]
                   for p in book.time_budget]
                + [[tr("Tools and platforms"), t["name"], t["purpose"], "", "", t["monthly_cost"]] for t in book.tools],
                money={5})
        report(tr("Writing the plan"), 4, steps)
        s.sheet(domain.pick(("里程碑", "Milestones")), tr("Milestones"),
                [tr("Date"), tr("Milestone"), tr("Owner"), tr("Done")],
                [[str(m["date"]), m["name"], m["owner"], "✓" if m["done"] else ""] for m in book.milestones])
        s.sheet(domain.pick(("内容日历", "Content calendar")), tr("Content calendar"),
                [tr("Date"), tr("Time"), tr("Title"), tr("Class"), tr("Packaging"), tr("Owner"), tr("Status")],
                [[str(e["date"]), e["time"], e["title"], domain.pick(content.CLASS_NAMES[e["content_class"]]),
                  domain.pick(content.PACKAGING_NAMES[e["packaging"]]), e["owner"],
                  domain.pick(content.STATUS_NAMES[e["status"]])] for e in book.entries])
        report(tr("Writing the plan"), 6, steps)
        rows = [[domain.pick(sop.TABLE_NAMES[code]), r["stage"], r["timing"], r["date"], r["task"], r["owner"],
                 domain.pick(sop.STATUS_NAMES[r["status"]])] for code, table in book.sop.items() for r in table]
        rows += [[f"{domain.pick(sop.TABLE_NAMES['event'])}: {e['name']}", r["stage"], r["timing"], r["date"],
                  r["task"], r["owner"], domain.pick(sop.STATUS_NAMES[r["status"]])]
                 for e, table in book.events for r in table]
        s.sheet("SOP", tr("The four SOP tables"), [tr("Table"), tr("Stage"), tr("Timing"), tr("Date"), tr("Task"),
                                                   tr("Owner"), tr("Status")], rows)
        report(tr("Writing the plan"), steps, steps)
    return target


def _risks(s: _Sheets, book: PlanBook) -> None:
    """Score = likelihood × impact and the level from the bands of domain.RISK_BANDS, as formulas."""
    names = [domain.label(domain.RISK_LEVELS, level) for _, level in domain.RISK_BANDS]
    rows = []
    for i, r in enumerate(book.risks):
        n = 4 + i  # the row in Excel's numbering (title, blank, header above)
        level = f'IF(E{n}<={domain.RISK_BANDS[0][0]},"{names[0]}",IF(E{n}<={domain.RISK_BANDS[1][0]},"{names[1]}",' \
                f'IF(E{n}<={domain.RISK_BANDS[2][0]},"{names[2]}","{names[3]}")))'
        rows.append([domain.label(domain.RISK_CATEGORIES, r["category"]), r["description"], r["likelihood"],
                     r["impact"], Formula(f"=C{n}*D{n}", r["likelihood"] * r["impact"]),
                     Formula("=" + level, domain.label(domain.RISK_LEVELS, r["level"])),
                     domain.label(domain.RISK_RESPONSES, r["response"]), r["measure"], r["owner"],
                     str(r["review_date"] or "")])
    ws = s.sheet(domain.pick(("风险", "Risks")), tr("Risk register"),
                 [tr("Category"), tr("Risk"), tr("Likelihood"), tr("Impact"), tr("Score"), tr("Level"),
                  tr("Response"), tr("Measure"), tr("Owner"), tr("Next review")], rows)
    if rows:  # likelihood and impact stay whole numbers 1–5 when edited
        ws.data_validation(3, 2, 2 + len(rows), 3, {"validate": "integer", "criteria": "between", "minimum": 1,
                                                     "maximum": 5})


def _budget(s: _Sheets, book: PlanBook) -> None:
    lines = book.budget
    rows = [[x["item"], domain.label(domain.BUDGET_CATEGORIES, x["category"]), x["planned"], x["actual"],
             str(x["date"] or "")] for x in lines]
    ws = s.sheet(domain.pick(("预算", "Budget")), tr("Budget"),
                 [tr("Item"), tr("Category"), tr("Planned"), tr("Actual"), tr("Date")], rows, money={2, 3})
    first, last = 4, 3 + len(lines)
    total = last + 2  # a blank row, then the totals
    ws.write_string(total - 1, 0, tr("Total"), s.label)
    sums = book.budget_totals
    if lines:
        ws.write_formula(total - 1, 2, f"=SUM(C{first}:C{last})", s.total, sums["planned"])
        ws.write_formula(total - 1, 3, f"=SUM(D{first}:D{last})", s.total, sums["actual"])
    ws.write_string(total, 0, tr("Variance (actual − planned, over lines spent)"), s.label)
    if lines:
        ws.write_formula(total, 3, f'=D{total}-SUMIF(D{first}:D{last},"<>",C{first}:C{last})', s.total,
                         sums["variance"])
    ws.write_string(total + 1, 0, tr("Revenue (GMV)"), s.label)
    ws.write_number(total + 1, 3, book.budget_totals["revenue"] or 0, s.total)
    ws.write_string(total + 2, 0, tr("Spent of the revenue"), s.label)
    ws.write_formula(total + 2, 3, f'=IF(D{total + 2}>0,D{total}/D{total + 2},"")',
                     s.wb.add_format({"num_format": "0%", "bold": True}),
                     "" if sums["spend_ratio"] is None else sums["spend_ratio"])
