"""Command line: global options, then a command. No command starts the GUI."""
from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from app import i18n
from app.errors import UserError, failure_reason


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line on stderr, exit 2 (argparse prints usage too)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="community-planner",
                     description="Desktop planner for community operators (社群运营). "
                                 "Without a command, opens the app.")
    parser.add_argument("--workspace", type=Path, metavar="PATH",
                        help="workspace file (default: the app-data folder; created if missing)")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="language (default: the system's)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.add_parser("demo", help="add the demo community to the workspace (creating it if needed)")
    sub.add_parser("list", help="print one line per community: id, name, type")
    exp = sub.add_parser("export-sop", help="export a community's SOP tables to Excel")
    exp.add_argument("--community", required=True, metavar="NAME_OR_ID")
    target = exp.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", type=Path, metavar="FILE.xlsx", help="one workbook, one sheet per table")
    target.add_argument("--separate", type=Path, metavar="DIR", help="one workbook per table into DIR")
    cal = sub.add_parser("export-calendar", help="export a community's content calendar to iCalendar (.ics)")
    cal.add_argument("--community", required=True, metavar="NAME_OR_ID")
    cal.add_argument("--out", required=True, type=Path, metavar="FILE.ics")
    cal.add_argument("--from", dest="start", metavar="DATE", help="first day (YYYY-MM-DD)")
    cal.add_argument("--to", dest="end", metavar="DATE", help="last day (YYYY-MM-DD)")
    imp = sub.add_parser("import-metrics", help="import growth numbers from CSV or Excel (all or nothing)")
    imp.add_argument("--community", required=True, metavar="NAME_OR_ID")
    imp.add_argument("--file", required=True, type=Path, metavar="FILE")
    imp.add_argument("--sheet", help="the sheet to read in an Excel file (default: the first)")
    imp.add_argument("--map", action="append", default=[], metavar="HEADER=METRIC",
                     help="read column HEADER as METRIC (date, total, joined, left, speakers, messages, "
                          "conversions, revenue); HEADER= ignores the column; may be repeated")
    chart = sub.add_parser("export-chart", help="export the growth charts as a PNG image")
    chart.add_argument("--community", required=True, metavar="NAME_OR_ID")
    chart.add_argument("--out", required=True, type=Path, metavar="FILE.png")
    chart.add_argument("--metric", help="one metric (e.g. total, speaking_rate); default: the dashboard")
    chart.add_argument("--from", dest="start", metavar="DATE")
    chart.add_argument("--to", dest="end", metavar="DATE")
    chart.add_argument("--granularity", choices=["day", "week", "month"], default="day")
    clean = sub.add_parser("clean-copy", help="copy a workspace's data, without anything the planner did not "
                                              "create (triggers, views, …), into a new workspace")
    clean.add_argument("--out", required=True, type=Path, metavar="FILE.sqlite")
    return parser


def _cmd_clean_copy(args) -> int:
    from app.storage import schema
    source = args.workspace or _default_workspace()
    print(schema.clean_copy(source, args.out))
    return 0


def _default_workspace() -> Path:
    from app import workspace
    return workspace.default_path()


def _cmd_import_metrics(args) -> int:
    from app.services import communities, metrics_import
    community = communities.find(args.community)
    with _progress() as report:
        parsed = metrics_import.load(args.file, args.sheet, overrides=args.map, report=report)
    if parsed.errors:
        print(i18n.tr("community-planner: error: {path}: {n} problems, nothing was imported:",
                      path=args.file, n=len(parsed.errors)), file=sys.stderr)
        for line in parsed.errors:
            print(f"  {line}", file=sys.stderr)
        return 2
    used = [f"{parsed.headers[i]} → {f}" for f, i in parsed.mapping.items() if i is not None]
    print(i18n.tr("Columns read: {columns}", columns=", ".join(used)))
    if parsed.ignored:
        print(i18n.tr("Columns ignored: {columns}", columns=", ".join(h for h, _ in parsed.ignored)))
    change = metrics_import.preview(community["id"], parsed)
    from app.storage import backups
    backups.backup_now("before-import")
    metrics_import.apply(community["id"], parsed)
    summary = i18n.tr("Imported {n} days: {new} new, {changed} overwritten, {same} unchanged.", n=len(parsed.rows),
                      new=len(change["new"]), changed=len(change["changed"]), same=change["unchanged"])
    numbers = [h for h, numeric in parsed.ignored if numeric]
    if numbers:
        summary += " " + i18n.tr("{n} columns of numbers were not imported ({columns}); name them with "
                                 "--map \"HEADER=METRIC\" to import them.", n=len(numbers), columns=", ".join(numbers))
    print(summary)
    return 0


class _progress:
    """Progress on stderr while a terminal watches; nothing at all when output is piped."""

    def __init__(self):
        self.live = sys.stderr.isatty()
        self.last = 0.0

    def __enter__(self):
        return self.report

    def report(self, stage: str, done: int, total: int | None) -> None:
        import time
        now = time.monotonic()
        if not self.live or now - self.last < 0.2:
            return
        self.last = now
        share = f" {100 * done // total}%" if total else f" {done:,}"
        print(f"\r{stage}…{share}\033[K", end="", file=sys.stderr, flush=True)

    def __exit__(self, *exc):
        if self.live and self.last:
            print("\r\033[K", end="", file=sys.stderr, flush=True)
        return False


def _cmd_export_chart(args) -> int:
    import os
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is needed to draw a PNG
    from PySide6.QtWidgets import QApplication
    from exports import chart_png
    from app.services import communities
    if QApplication.instance() is None:
        _qt = QApplication([])  # noqa: F841 (drawing needs a QApplication alive meanwhile)
    community = communities.find(args.community)
    print(chart_png.export(community["id"], args.out, args.metric, *_dates(args), granularity=args.granularity))
    return 0


def _dates(args):
    from app.services.fields import parse_date
    start = parse_date(args.start, "--from") if args.start else None
    end = parse_date(args.end, "--to") if args.end else None
    if start and end and end < start:
        raise UserError(i18n.tr("--to {end} is before --from {start}.", end=end, start=start))
    return start, end


def _cmd_export_calendar(args) -> int:
    from exports import calendar_ics
    from app.services import communities
    community = communities.find(args.community)
    print(calendar_ics.export(community["id"], args.out, *_dates(args)))
    return 0


def _cmd_demo(args) -> int:
    from app.services import demo
    from app.storage import db
    cid = demo.add_demo()
    print(i18n.tr("Added the demo community (id {id}) to {path}", id=cid, path=db.current_path()))
    return 0


def _cmd_list(args) -> int:
    from app import domain
    from app.services import communities
    for row in communities.list_communities():
        print(f"{row['id']}\t{row['name']}\t{domain.label(domain.TYPES, row['type']) or '-'}")
    return 0


def _cmd_export_sop(args) -> int:
    from exports import sop_xlsx
    from app.services import communities
    community = communities.find(args.community)
    book = sop_xlsx.load(community["id"])
    with _progress() as report:
        written = ([sop_xlsx.write_workbook(book, args.out, report=report)] if args.out
                   else sop_xlsx.write_separate(book, args.separate, report=report))
    for path in written:
        print(path)
    return 0


COMMANDS = {"demo": _cmd_demo, "list": _cmd_list, "export-sop": _cmd_export_sop,
            "export-calendar": _cmd_export_calendar, "import-metrics": _cmd_import_metrics,
            "export-chart": _cmd_export_chart, "clean-copy": _cmd_clean_copy}


def settle_gc() -> None:
    """Turn the garbage collector back on (main.py turns it off for start-up), leaving the
    objects made so far out of its walks: they live as long as the process."""
    gc.freeze()
    gc.enable()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    i18n.set_language(args.lang)
    if args.command is None:
        from ui.app import run_gui
        return run_gui(args.workspace, args.lang)  # (turns the collector back on after first paint)
    settle_gc()
    from app import log, workspace
    from app.storage.db import STORAGE_FAILURES
    try:
        if args.command == "clean-copy":  # reads a file the planner refuses to open: opens nothing
            return COMMANDS[args.command](args)
        if args.command == "demo":
            workspace.open_or_create(args.workspace, with_demo=False)
        else:
            path = args.workspace or workspace.default_path()
            if not _exists(path):
                raise UserError(i18n.tr("No workspace at {path}.", path=path))
            workspace.open_or_create(path, with_demo=False)
        return COMMANDS[args.command](args)
    except UserError as exc:
        if exc.__cause__ is not None:
            log.record(exc, args.command)
        print(f"community-planner: error: {exc}", file=sys.stderr)
        return 2
    except STORAGE_FAILURES as exc:  # the disk or the file refused a write: nothing of it was kept
        log.record(exc, args.command)
        print("community-planner: error: " + i18n.tr(
            "the workspace could not be written: {reason}. Nothing was changed.",
            reason=failure_reason(exc)), file=sys.stderr)
        return 2


def _exists(path: Path) -> bool:
    try:
        return Path(path).exists()
    except OSError:  # a name too long to look up
        return False
