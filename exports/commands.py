"""The command line's commands (everything but the GUI): open the workspace, run one
command, and turn every refusal into one line on stderr and exit status 2.

main.py parses the command line and hands a command here; this module lives in exports/
because several commands write files through the exporters (app/ may not import them).
The chart command draws with the growth widgets and so lives in ui/growth/chart_png.py;
main.py adds it to the table.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable

from app import i18n
from app.errors import UserError, failure_reason


def _cmd_clean_copy(args) -> int:
    from app.storage import rescue
    from app import workspace
    print(rescue.clean_copy(args.workspace or workspace.default_path(), args.out))
    return 0


def _cmd_import_metrics(args) -> int:
    from app.services import communities, metrics_import
    community = communities.find(args.community)
    with progress() as report:
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


class progress:
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


def dates(args):
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
    print(calendar_ics.export(community["id"], args.out, *dates(args)))
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
    with progress() as report:
        written = ([sop_xlsx.write_workbook(book, args.out, report=report)] if args.out
                   else sop_xlsx.write_separate(book, args.separate, report=report))
    for path in written:
        print(path)
    return 0


def _cmd_new(args) -> int:
    from app.services import communities
    from app.services.fields import parse_date
    launch = parse_date(args.launch, "--launch") if args.launch else None
    cid = communities.create(args.name, platform=args.platform, type_override=args.type, start_date=launch,
                             offering=args.offering, lang=args.template_lang or i18n.language())
    row = communities.get(cid)
    print(i18n.tr("Created “{name}” (id {id}), launching on {date}.", name=row["name"], id=cid,
                  date=row["start_date"]))
    return 0


def _cmd_check(args) -> int:
    import json
    from app.services import communities, overview
    if args.community:
        found = communities.find(args.community)
        views = [overview.for_community(found["id"])]
    else:
        views = overview.for_all()
    gaps = [g.as_dict(v.community["name"]) for v in views for g in v.gaps]
    if args.json:
        print(json.dumps(gaps, ensure_ascii=False, indent=1))
    else:
        for g in gaps:  # one gap per line: community, tab, step, what is missing
            print("\t".join((g["community"], g["area"], g["step"], g["message"])))
    return 0


def _agenda(args):
    from app.services import agenda, communities
    from app.services.fields import parse_date
    ids = [communities.find(args.community)["id"]] if args.community else None
    start = parse_date(args.start, "--from") if args.start else None
    return agenda.build(ids, start, args.days)


def _cmd_agenda(args) -> int:
    import json
    from app import domain
    from app.services import agenda, sop
    view = _agenda(args)
    items = view.overdue() + [i for i in view.items if not i.overdue] + view.undated
    if args.json:
        print(json.dumps([i.as_dict() for i in items], ensure_ascii=False, indent=1))
        return 0
    for i in items:  # one line per item: date, time, community, source, task (and what marks it)
        day = i.date.isoformat() if i.date else i18n.tr("undated")
        mark = i18n.tr("overdue") if i.overdue else domain.pick(sop.STATUS_NAMES[i.state]) if i.state else ""
        task = i.task + (f" ({i.reason})" if i.reason else "") + (f" [{mark}]" if mark else "")
        print("\t".join((day, i.time or "-", i.community, domain.pick(agenda.SOURCE_NAMES[i.source]), task)))
    return 0


def _cmd_export_agenda(args) -> int:
    from exports import agenda_ics
    print(agenda_ics.export(_agenda(args), args.out))
    return 0


COMMANDS: dict[str, Callable] = {
    "agenda": _cmd_agenda, "export-agenda": _cmd_export_agenda,
    "new": _cmd_new, "check": _cmd_check,
    "demo": _cmd_demo, "list": _cmd_list, "export-sop": _cmd_export_sop, "export-calendar": _cmd_export_calendar,
    "import-metrics": _cmd_import_metrics, "clean-copy": _cmd_clean_copy}


def run(args, commands: dict[str, Callable] = COMMANDS) -> int:
    """Open the workspace the command needs and run it; refusals become exit status 2."""
    from app import log, workspace
    from app.storage.db import STORAGE_FAILURES
    from app.storage import db
    from app.storage.schema import ForeignSchemaError
    try:
        if args.command == "clean-copy":  # reads a file the planner refuses to open: opens nothing
            return commands[args.command](args)
        if args.command in ("demo", "new"):  # these may make the workspace
            workspace.open_or_create(args.workspace)
        else:
            path = args.workspace or workspace.default_path()
            if not db.file_exists(Path(path)):  # (a name too long to look up says so)
                raise UserError(i18n.tr("No workspace at {path}.", path=path))
            workspace.open_or_create(path)
        warning = workspace.take_warning()
        if warning:
            print(f"community-planner: warning: {warning}", file=sys.stderr)
        return commands[args.command](args)
    except UserError as exc:
        if exc.__cause__ is not None:
            log.record(exc, args.command)
        hint = ""
        if isinstance(exc, ForeignSchemaError):
            hint = " " + i18n.tr("Its data can be copied into a clean workspace: clean-copy --out FILE.")
        print(f"community-planner: error: {exc}{hint}", file=sys.stderr)
        return 2
    except STORAGE_FAILURES as exc:  # the disk or the file refused a write: nothing of it was kept
        log.record(exc, args.command)
        print("community-planner: error: " + i18n.tr(
            "the workspace could not be written: {reason}. Nothing was changed.",
            reason=failure_reason(exc)), file=sys.stderr)
        return 2
