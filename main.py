"""Entry point: `python main.py [--workspace PATH] [--lang zh_CN|en] [COMMAND ...]`.

Parses the command line, then hands the GUI case to ui/ and a command to
exports/commands.py. The top of the layering: it may import every package.
"""
import argparse
import gc
import sys
from pathlib import Path

# Start-up creates hundreds of thousands of objects that live as long as the app (Qt's enums,
# peewee, our modules); the collector would walk them all several times before the window is
# painted. It is switched back on once the app is up (a command: below; the GUI: after its
# first paint, in ui/shell/start.py), with those objects frozen out of later collections.
gc.disable()

from app import __version__, i18n  # noqa: E402


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
    parser.add_argument("--version", action="version", version=f"community-planner {__version__}")
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
    new = sub.add_parser("new", help="create a community as the wizard does (templates of its type, as "
                                     "suggestions); a new workspace made this way holds no demo")
    new.add_argument("name", metavar="NAME")
    new.add_argument("--platform", default="wechat", help="wechat, wecom, qq, feishu, telegram, discord, other")
    new.add_argument("--type", dest="type", help="lead, conversion, fan, flash, learning, other")
    new.add_argument("--launch", metavar="YYYY-MM-DD", help="launch date (default: 21 days from today)")
    new.add_argument("--lang", dest="template_lang", choices=["zh_CN", "en"],
                     help="language of the templates (default: the app's)")
    new.add_argument("--offering", default="", help="what the business sells or serves, in one line")
    check = sub.add_parser("check", help="print the plan overview's gaps, one per line (exit 0)")
    check.add_argument("--community", metavar="NAME_OR_ID", help="one community (default: every one)")
    check.add_argument("--json", action="store_true", help="a JSON list of objects instead")
    plan = sub.add_parser("export-plan", help="export a community's operating plan: Word (eight chapters), PDF "
                                              "(the same, for printing) or Excel (a sheet per area), by the suffix")
    plan.add_argument("--community", required=True, metavar="NAME_OR_ID")
    plan.add_argument("--out", required=True, type=Path, metavar="FILE.docx|FILE.pdf|FILE.xlsx")
    for name, text in (("agenda", "print what is due, day by day (overdue first), across communities"),
                       ("export-agenda", "write the agenda as iCalendar events with reminders (.ics)")):
        cmd = sub.add_parser(name, help=text)
        cmd.add_argument("--community", metavar="NAME_OR_ID", help="one community (default: every one)")
        cmd.add_argument("--from", dest="start", metavar="DATE", help="first day (YYYY-MM-DD; default: today)")
        cmd.add_argument("--days", type=int, default=7, metavar="N", help="how many days (default: 7)")
        if name == "agenda":
            cmd.add_argument("--json", action="store_true", help="a JSON list of objects instead")
        else:
            cmd.add_argument("--out", required=True, type=Path, metavar="FILE.ics")
    clean = sub.add_parser("clean-copy", help="copy a workspace's data, without anything the planner did not "
                                              "create (triggers, views, …), into a new workspace")
    clean.add_argument("--out", required=True, type=Path, metavar="FILE.sqlite")
    return parser


def _plan(args) -> int:  # the document's pictures and the PDF are drawn by Qt (ui/)
    from ui.plan.plan_images import command
    return command(args)


def _chart(args) -> int:  # the chart is drawn by the growth widgets: Qt is imported only for it
    from ui.growth.chart_png import command
    return command(args)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    i18n.set_language(args.lang)
    if args.command is None:
        from ui.shell.preflight import problem
        trouble = problem()  # before Qt: a missing X11 library would abort the process with a core dump
        if trouble:
            print(trouble, file=sys.stderr)
            return 3
        # The Qt-free core the first screen needs is imported before Qt: PySide's import hook
        # reads the source of every module imported after PySide itself (~20 M instructions,
        # 1.5 % of start-up, for these).
        import app.services.communities  # noqa: F401
        import app.services.overview  # noqa: F401  (the first tab: it reads every area)
        import app.services.positioning  # noqa: F401
        import app.storage.schema  # noqa: F401
        import app.workspace  # noqa: F401
        from ui.shell.start import run_gui
        return run_gui(args.workspace, args.lang)  # (turns the collector back on after first paint)
    gc.freeze()
    gc.enable()
    from exports import commands
    return commands.run(args, {**commands.COMMANDS, "export-chart": _chart, "export-plan": _plan})


if __name__ == "__main__":
    sys.exit(main())
