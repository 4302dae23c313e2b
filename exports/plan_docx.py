"""The operating plan (社群运营方案) as a Word document, in the usual eight chapters (DOMAIN.md §7).

`load()` reads everything the plan holds once; `write()` builds the document from that
(python-docx) into a temporary file moved into place when complete, so the GUI can run it
in a worker. Template suggestions the operator has not confirmed are left out (the document
says how many); a chapter with nothing in it says so in one line instead of vanishing.
"""
from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from app import domain
from app.i18n import tr
from app.progress import Report, no_report
from app.services import (communities, content, growth, ladder, lifecycle, positioning, risks, roles, rules, senses,
                          sop, suggestions, timeplan)
from exports.files import atomic_target, export_name
from exports.xlsx import clean_text

CHAPTERS = (("背景分析", "Background"), ("问题定义", "Problem definition"), ("目标设定", "Goals"),
            ("理论框架", "Framework"), ("实施路径", "Implementation path"), ("风险评估", "Risk assessment"),
            ("资源需求", "Resources"), ("时间规划", "Time plan"))


@dataclass
class PlanBook:
    community: dict
    reading: dict
    served: list[dict]
    goals: list[dict]
    team: list[dict]
    member_roles: list[dict]
    rules: dict[str, list[dict]]
    levels: list[dict]
    points: list[dict]
    senses: dict[str, list[str]]
    stages: list[tuple[str, dt.date, dt.date]]
    stage: str | None
    stage_tasks: list[dict]
    columns: list[dict]
    sop: dict[str, list[dict]]
    events: list[tuple[dict, list[dict]]]
    risks: list[dict]
    layers: list[dict]
    phases: list[dict]
    milestones: list[dict]
    tools: list[dict]
    time_budget: list[dict]
    budget: list[dict]
    budget_totals: dict
    key_dates: list[tuple[dt.date, str]]
    entries: list[dict]
    left_out: int
    images: dict = field(default_factory=dict)  # "growth", "heat_map" -> a PNG drawn by the caller (ui/)
    today: dt.date = field(default_factory=dt.date.today)


def _confirmed(rows):
    return [r for r in rows if not r.get("suggested")]


def load(community_id: int, today: dt.date | None = None) -> PlanBook:
    """Everything the document shows, read once (only what the operator confirmed)."""
    today = today or dt.date.today()
    c = communities.get(community_id)
    suggested_fields = set(filter(None, c["suggested_fields"].split(",")))
    for f in suggested_fields:
        c[f] = ""  # a template's text is not the plan until confirmed
    days = growth.list_days(community_id)
    daily = growth.derive(days, "day")
    goals = [{**g, "status": growth.goal_status(g, days, today, daily).text} for g in growth.goals.list(community_id)]
    member_roles = [r for r in roles.overview(community_id, today) if not r.get("suggested")]
    periods = growth.stages.list(community_id)
    stage = lifecycle.current_stage(periods, today)
    events = [(e, _confirmed(rows)) for e, rows in sop.all_event_rows(community_id)]
    key_dates = [(c["start_date"], tr("Launch"))]
    if c["end_date"]:
        key_dates.append((c["end_date"], tr("Planned end")))
    key_dates += [(e["t0"], tr("Event “{name}” (T0)", name=e["name"])) for e, _ in events]
    key_dates += [(g["deadline"], tr("Goal deadline: {metric} {target:g}", metric=domain.pick(
        growth.NAMES.get(g["metric"], (g["metric"], g["metric"]))), target=g["target"])) for g in goals]
    key_dates += [(a["target_date"], tr("Hand-over of “{role}”", role=r["name"]))
                  for r in member_roles for a in r["assignments"] if a["target_date"]]
    rows, fields = suggestions.pending(community_id)
    budget = timeplan.budget.list(community_id)
    return PlanBook(
        community=c, reading=positioning.reading(c),
        served=[p for p in positioning.counterparties.list(community_id) if p["served"]] or
        positioning.counterparties.list(community_id),
        goals=goals, team=_confirmed(roles.team.list(community_id)), member_roles=member_roles,
        rules={k: _confirmed(rules.rules.list(community_id, kind=k)) for k in rules.KINDS},
        levels=_confirmed(ladder.levels.list(community_id)), points=_confirmed(ladder.points.list(community_id)),
        senses={s: [label for _, _, label in items] for s, items in senses.links(community_id).items()},
        stages=growth.stage_periods(community_id, today), stage=stage,
        stage_tasks=lifecycle.tasks.list(community_id, stage=stage) if stage else [],
        columns=_confirmed(content.columns.list(community_id)),
        sop={t: _confirmed(sop.list_rows(community_id, t, community=c)) for t in sop.TABLES[:4]},
        events=events, risks=risks.with_levels(_confirmed(risks.risks.list(community_id))),
        layers=_confirmed(timeplan.layers.list(community_id)),
        phases=_confirmed(timeplan.phases.list(community_id)),
        milestones=sorted(timeplan.milestones.list(community_id), key=lambda m: m["date"]),
        tools=timeplan.tools.list(community_id), time_budget=timeplan.time_budget(community_id, today),
        budget=budget, budget_totals=timeplan.totals(budget, timeplan.revenue(community_id)),
        key_dates=sorted(key_dates, key=lambda d: d[0]), entries=content.list_entries(community_id),
        left_out=sum(len(ids) for ids in rows.values()) + len(fields), today=today)


def default_filename(community: dict, today: dt.date | None = None, suffix: str = ".docx") -> str:
    return export_name(community["name"], domain.pick(("社群运营方案", "Operating plan")),
                       (today or dt.date.today()).isoformat(), suffix=suffix)


def plan_target(book: PlanBook, target: Path, suffix: str) -> Path:
    """Where a plan file goes: `target`, or the default name inside it when it is a folder."""
    target = Path(target)
    try:
        if target.is_dir():
            return target / default_filename(book.community, book.today, suffix)
    except OSError:  # (a name too long to look up: writing it says so)
        pass
    return target


class _Doc:
    """python-docx with the few things the plan needs, every text cleaned for XML."""

    def __init__(self):
        from docx import Document
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.oxml.ns import qn
        from docx.shared import Pt
        self.align_center = WD_ALIGN_PARAGRAPH.CENTER
        self.doc = Document()
        style = self.doc.styles["Normal"]
        style.font.size = Pt(10.5)
        # East Asian text gets a Chinese face in Word and WPS (the default Latin face has no 汉字)
        style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "Microsoft YaHei")
        self.qn, self.Pt = qn, Pt

    def title(self, text: str):
        p = self.doc.add_paragraph()
        p.alignment = self.align_center
        run = p.add_run(clean_text(text))
        run.bold, run.font.size = True, self.Pt(26)

    def centered(self, text: str, italic: bool = False):
        self.para(text, italic).alignment = self.align_center

    def page_break(self):
        self.doc.add_page_break()

    def heading(self, text: str, level: int = 1):
        self.doc.add_heading(clean_text(text), level)

    def para(self, text: str, italic: bool = False):
        p = self.doc.add_paragraph()
        run = p.add_run(clean_text(text))
        run.italic = italic
        return p

    def bullets(self, lines: list[str]):
        for line in lines:
            self.doc.add_paragraph(clean_text(line), style="List Bullet")

    def image(self, path: Path, caption: str):
        from docx.shared import Cm
        self.doc.add_picture(str(path), width=Cm(15))
        self.para(caption, italic=True)

    def empty(self, what: str):
        self.para(tr("{what}: not planned yet.", what=what), italic=True)

    def table(self, header: list[str], rows: list[list]):
        """A table with a header row that repeats on every page it runs onto."""
        table = self.doc.add_table(rows=1, cols=len(header))
        table.style = "Light Grid Accent 1"
        for cell, text in zip(table.rows[0].cells, header):
            cell.text = clean_text(text)
        row_pr = table.rows[0]._tr.get_or_add_trPr()
        repeat = row_pr.makeelement(self.qn("w:tblHeader"), {self.qn("w:val"): "true"})
        row_pr.append(repeat)
        if rows:
            # python-docx's add_row re-measures every cell (most of a 2,000-row export's time): rows
            # are copies of one finished row instead, their texts set in place; a text with line
            # breaks goes through the cell API, which writes them as breaks
            model = table.add_row()
            for cell in model.cells:
                cell.text = " "
            template = copy.deepcopy(model._tr)
            table._tbl.remove(model._tr)
            for values in rows:
                texts = [clean_text("" if v is None else v) for v in values]
                tr_ = copy.deepcopy(template)
                table._tbl.append(tr_)
                if any("\n" in t for t in texts):
                    for cell, text in zip(table.rows[-1].cells, texts):
                        cell.text = text
                    continue
                for node, text in zip(tr_.iter(self.qn("w:t")), texts):
                    node.text = text
        self.doc.add_paragraph()


def write(book: PlanBook, target: Path, report: Report = no_report) -> Path:
    """The document for `book` at `target` (a folder gets the default name)."""
    target = plan_target(book, target, ".docx")
    d = _Doc()
    compose(d, book, report)
    with atomic_target(target) as tmp:
        d.doc.save(str(tmp))
    report(tr("Writing the plan"), len(CHAPTERS) + 1, len(CHAPTERS) + 1)
    return target


def compose(d, book: PlanBook, report: Report = no_report) -> None:
    """Title page, contents and the eight chapters through `d`, a document writer (Word here;
    the PDF writer in ui/plan/plan_pdf.py has the same methods)."""
    c = book.community
    steps = len(CHAPTERS) + 1
    report(tr("Writing the plan"), 0, steps)
    d.title(c["name"])
    d.centered(domain.pick(("社群运营方案", "Community operating plan")))
    for fact in (f"{tr('Type')}: {domain.label(domain.TYPES, c['type']) or '—'}",
                 f"{tr('Platform')}: {domain.label(domain.PLATFORMS, c['platform'])}",
                 f"{tr('Launch date')}: {c['start_date']}",
                 f"{tr('Lifecycle stage')}: {domain.label(domain.STAGES, book.stage) or '—'}",
                 f"{tr('Date')}: {book.today}"):
        d.centered(fact)
    if book.left_out:
        d.centered(tr("{n} template suggestions not yet confirmed are left out of this document.", n=book.left_out),
                   italic=True)
    d.heading(tr("Contents"), 1)
    d.bullets([f"{i}. {domain.pick(name)}" for i, name in enumerate(CHAPTERS, start=1)])
    d.page_break()
    for i, (name, chapter) in enumerate(zip(CHAPTERS, CHAPTER_WRITERS), start=1):
        d.heading(f"{i}. {domain.pick(name)}", 1)
        chapter(d, book)
        report(tr("Writing the plan"), i, steps)


def export(community_id: int, target: Path, today: dt.date | None = None) -> Path:
    return write(load(community_id, today), target)


# -- the chapters
def _sections(d: _Doc, b: PlanBook, chapter: int, fields: tuple[tuple[str, str], ...]):
    """A chapter of short structured texts; one line when none is written."""
    c = b.community
    if not any(c[key].strip() for _, key in fields):
        d.empty(domain.pick(CHAPTERS[chapter]))
        return
    for label, key in fields:
        if c[key].strip():
            d.heading(label, 2)
            d.para(c[key])


def _background(d: _Doc, b: PlanBook):
    _sections(d, b, 0, ((tr("Industry trends"), "background_trends"), (tr("User needs"), "background_needs"),
                        (tr("Competition"), "background_competition")))


def _problem(d: _Doc, b: PlanBook):
    _sections(d, b, 1, ((tr("Symptoms"), "problem_symptoms"), (tr("Causes"), "problem_causes"),
                        (tr("Impact"), "problem_impact")))


def _goals(d: _Doc, b: PlanBook):
    _goals_text(d, b)
    if "growth" in b.images:
        d.image(b.images["growth"], tr("Growth numbers with the goals' target lines (the growth dashboard)."))


def _goals_text(d: _Doc, b: PlanBook):
    if b.community["long_term_goal"].strip():
        d.heading(tr("Long-term goal"), 2)
        d.para(b.community["long_term_goal"])
        d.heading(tr("SMART goals under it"), 2)
    if not b.goals:
        d.empty(tr("SMART goals"))
        return
    d.table([tr("Metric"), tr("Target"), tr("Deadline"), tr("Projection")],
            [[domain.pick(growth.NAMES.get(g["metric"], (g["metric"], g["metric"]))), f"{g['target']:g}",
              g["deadline"], g["status"]] for g in b.goals])


def _framework(d: _Doc, b: PlanBook):
    c, r = b.community, b.reading
    d.heading(tr("Positioning"), 2)
    for label, key in ((tr("Why build it?"), "why"), (tr("Who are the members?"), "who"),
                       (tr("What value do members get?"), "what"), (tr("How does it make money?"), "how")):
        if c[key].strip():
            d.para(f"{label} {c[key]}")
    span = (f"{domain.pick(domain.AIDASS[c['aidass_start']][1:])} → {domain.pick(domain.AIDASS[c['aidass_end']][1:])}"
            if c["aidass_start"] is not None else "—")
    d.bullets([f"{tr('Type')}: {domain.label(domain.TYPES, r['type']) or '—'}", f"AIDASS: {span}",
               f"{tr('First priority')}: {r['priority'] or '—'}", f"KPI: {r['kpis'] or '—'}",
               f"{tr('Sells or serves')}: {c['offering'] or '—'}"]
              + [f"{tr('Serves')}: {p['name']} — {p['gives']}" for p in b.served])
    for label, key in ((tr("Where (which platform)?"), "where"), (tr("When does it start, how long does it live?"),
                                                                 "when")):
        if c[key].strip():
            d.para(f"{label} {c[key]}")
    d.heading(tr("Team and member roles"), 2)
    if b.team:
        d.table([tr("Role"), tr("Duty"), tr("Holder")], [[t["name"], t["duty"], t["holder"]] for t in b.team])
    else:
        d.empty(tr("Team"))
    if b.member_roles:
        d.table([tr("Member role"), tr("Duty"), tr("Held by")],
                [[m["name"], m["duty"], m["holders"] or "—"] for m in b.member_roles])
    d.heading(tr("Rules and announcement"), 2)
    for kind, label in (("entry", tr("Entry criteria")), ("encouraged", tr("Encouraged behaviours and rewards")),
                        ("forbidden", tr("Forbidden behaviours and penalties"))):
        rows = b.rules[kind]
        if rows:
            d.para(label)
            d.bullets([f"{x['text']}" + (f" → {x['consequence']}" if x["consequence"] else "") for x in rows])
    if c["announcement"].strip():
        d.para(tr("Announcement"))
        d.para(c["announcement"])
    if not any(b.rules.values()) and not c["announcement"].strip():
        d.empty(tr("Rules"))
    d.heading(tr("Member layers"), 2)
    if b.layers:
        d.table([tr("Layer"), tr("Definition"), tr("Target share (%)"), tr("What the plan does for it")],
                [[domain.label(domain.MEMBER_LAYERS, x["layer"]), x["definition"],
                  "" if x["target_share"] is None else f"{x['target_share']}%", x["actions"]] for x in b.layers])
    else:
        d.empty(tr("Member layers"))
    d.heading(tr("Growth ladder"), 2)
    if b.levels:
        d.table([tr("Level"), tr("Points needed"), tr("Privileges")],
                [[lv["name"], lv["threshold"], lv["privileges"]] for lv in b.levels])
        if b.points:
            d.bullets([f"{p['behaviour']}: +{p['points']}" for p in b.points])
    else:
        d.empty(tr("Growth ladder"))
    d.heading(tr("The four senses"), 2)
    d.bullets([f"{domain.pick(senses.SENSE_NAMES[s])}: {' · '.join(items) or '—'}" for s, items in b.senses.items()])


def _path(d: _Doc, b: PlanBook):
    d.heading(tr("Phases"), 2)
    if b.phases:
        d.table([tr("Phase"), tr("From"), tr("To"), tr("What happens")],
                [[p["name"], p["start_date"], p["end_date"], p["work"]] for p in b.phases])
    else:
        d.empty(tr("Phases"))
    if "timeline" in b.images:
        d.image(b.images["timeline"], tr("The timeline: phases, milestones, the launch and the events, today."))
    d.heading(tr("Lifecycle"), 2)
    if b.stages:
        d.bullets([f"{domain.label(domain.STAGES, s)}: {start} – {end}" for s, start, end in b.stages])
    else:
        d.empty(tr("Lifecycle"))
    if b.stage_tasks:
        d.para(tr("What the current stage asks for"))
        d.bullets([("☑ " if t["done"] else "☐ ") + t["text"] for t in b.stage_tasks])
    d.heading(tr("Content columns"), 2)
    if b.columns:
        d.table([tr("Column"), tr("Class"), tr("Schedule"), tr("Time"), tr("Owner")],
                [[col["name"], domain.pick(content.CLASS_NAMES[col["content_class"]]),
                  domain.pick(content.SCHEDULE_NAMES[col["schedule"]]), col["time"], col["owner"]]
                 for col in b.columns])
    else:
        d.empty(tr("Content columns"))
    month = [e for e in b.entries if b.today <= e["date"] < b.today + dt.timedelta(days=30)]
    d.heading(tr("The content calendar, the next 30 days"), 2)
    if month:
        d.table([tr("Date"), tr("Time"), tr("Title"), tr("Class"), tr("Owner"), tr("Status")],
                [[e["date"], e["time"], e["title"], domain.pick(content.CLASS_NAMES[e["content_class"]]), e["owner"],
                  domain.pick(content.STATUS_NAMES[e["status"]])] for e in month])
    else:
        d.empty(tr("The content calendar, the next 30 days"))
    for code, rows in b.sop.items():
        d.heading(domain.pick(sop.TABLE_NAMES[code]), 2)
        if not rows:
            d.empty(domain.pick(sop.TABLE_NAMES[code]))
            continue
        d.table([tr("Stage"), tr("Timing"), tr("Date"), tr("Task"), tr("Owner"), tr("Status")],
                [[r["stage"], r["timing"], r["date"], r["task"], r["owner"], domain.pick(sop.STATUS_NAMES[r["status"]])]
                 for r in rows])
    for event, rows in b.events:
        d.heading(f"{domain.pick(sop.TABLE_NAMES['event'])}: {event['name']} (T0 {event['t0']})", 2)
        if rows:
            d.table([tr("Timing"), tr("Date"), tr("Task"), tr("Owner")],
                    [[r["timing"], r["date"], r["task"], r["owner"]] for r in rows])
        else:
            d.empty(event["name"])


def _risks(d: _Doc, b: PlanBook):
    if not b.risks:
        d.empty(tr("Risk register"))
        return
    d.para(tr("Likelihood × impact (1–5 each) gives the level: 1–4 low, 5–9 medium, 10–15 high, 16–25 critical."))
    if "heat_map" in b.images:
        d.image(b.images["heat_map"], tr("Where the risks sit: likelihood upwards, impact across."))
    # five columns: nine narrow ones on a portrait page wrap every word
    d.table([tr("Risk"), tr("Likelihood × impact"), tr("Response"), tr("Measure"), tr("Owner, next review")],
            [[f"{domain.label(domain.RISK_CATEGORIES, r['category'])}: {r['description']}",
              f"{r['likelihood']} × {r['impact']} = {r['likelihood'] * r['impact']} "
              f"({domain.label(domain.RISK_LEVELS, r['level'])})",
              domain.label(domain.RISK_RESPONSES, r["response"]), r["measure"],
              " · ".join(str(x) for x in (r["owner"], r["review_date"]) if x)]
             for r in sorted(b.risks, key=lambda r: -r["likelihood"] * r["impact"])])


def _resources(d: _Doc, b: PlanBook):
    d.heading(tr("People"), 2)
    if b.team:
        d.table([tr("Role"), tr("Holder"), tr("Hours per week")],
                [[t["name"], t["holder"], "" if t["hours_per_week"] is None else t["hours_per_week"]] for t in b.team])
    else:
        d.empty(tr("People"))
    d.heading(tr("Time budget"), 2)
    if b.time_budget:
        d.para(tr("The coming 7 days: what the SOP rows and columns ask of each person against their hours."))
        d.table([tr("Person"), tr("Asked (h)"), tr("Has (h/week)")],
                [[p["person"], f"{p['asked']:g}", "" if p["available"] is None else p["available"]]
                 for p in b.time_budget])
    else:
        d.empty(tr("Time budget"))
    d.heading(tr("Tools and platforms"), 2)
    if b.tools:
        d.table([tr("Tool or platform"), tr("What for"), tr("Cost per month")],
                [[t["name"], t["purpose"], timeplan.money(t["monthly_cost"])] for t in b.tools])
    else:
        d.empty(tr("Tools and platforms"))
    d.heading(tr("Budget"), 2)
    if not b.budget:
        d.empty(tr("Budget"))
        return
    t = b.budget_totals
    d.table([tr("Item"), tr("Category"), tr("Planned"), tr("Actual"), tr("Date")],
            [[x["item"], domain.label(domain.BUDGET_CATEGORIES, x["category"]), timeplan.money(x["planned"]),
              timeplan.money(x["actual"]), x["date"] or ""] for x in b.budget]
            + [[tr("Total"), "", timeplan.money(t["planned"]), timeplan.money(t["actual"]), ""]])
    line = tr("Variance (actual − planned, over lines spent): {variance:+,.2f}", variance=t["variance"])
    if t["spend_ratio"] is not None:
        line += " · " + tr("spent {ratio:.0%} of the revenue ({revenue})", ratio=t["spend_ratio"],
                           revenue=timeplan.money(t["revenue"]))
    d.para(line)


def _time_plan(d: _Doc, b: PlanBook):
    d.heading(tr("Milestones"), 2)
    if b.milestones:
        d.table([tr("Date"), tr("Milestone"), tr("Owner"), tr("Done")],
                [[m["date"], m["name"], m["owner"], "✓" if m["done"] else ""] for m in b.milestones])
    else:
        d.empty(tr("Milestones"))
    d.heading(tr("Key dates"), 2)
    d.table([tr("Date"), tr("What happens")], [[day, what] for day, what in b.key_dates])



CHAPTER_WRITERS = (_background, _problem, _goals, _framework, _path, _risks, _resources, _time_plan)
