"""Regenerate the Chinese translations from one dictionary, zh_CN.json (English → 中文).

    python resources/translations/update.py          # .ts from ui/, fill, compile .qm
    python resources/translations/update.py --check  # only list strings missing a translation

The UI's strings come from self.tr()/translate() via pyside6-lupdate; the Qt-free core's
(app/, exports/) are the literal arguments of tr() and of Field labels, read with ast.
"""
from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DICTIONARY = HERE / "zh_CN.json"
TS = HERE / "planner_zh_CN.ts"
QM = HERE / "planner_zh_CN.qm"


def _tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else (shutil.which(name) or name)


def core_strings() -> set[str]:
    found = set()
    for folder in ("app", "exports", "ui"):  # (ui/ too: a few of its modules word messages with app.i18n.tr)
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant) \
                        and isinstance(node.args[0].value, str):
                    name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                    if name in ("tr", "Field"):
                        found.add(node.args[0].value)
    return found


def ui_strings(ts: Path) -> set[str]:
    root = ET.parse(ts).getroot()
    return {m.findtext("source") for m in root.iter("message")}


def run_lupdate(ts: Path) -> None:
    files = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), *files, "-no-obsolete", "-ts", str(ts)], check=True,
                   capture_output=True)


def missing(ts: Path = TS) -> list[str]:
    table = json.loads(DICTIONARY.read_text(encoding="utf-8"))
    return sorted(s for s in core_strings() | ui_strings(ts) if not table.get(s))


def fill_and_compile() -> None:
    table = json.loads(DICTIONARY.read_text(encoding="utf-8"))
    tree = ET.parse(TS)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        text = table.get(message.findtext("source"))
        if text:
            translation.text = text
            translation.attrib.pop("type", None)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True, capture_output=True)


if __name__ == "__main__":
    if "--check" not in sys.argv:
        run_lupdate(TS)
        fill_and_compile()
    gaps = missing()
    for text in gaps:
        print("missing:", text)
    sys.exit(1 if gaps else 0)
