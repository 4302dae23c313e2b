import subprocess
import sys
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parent.parent


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)],
                          capture_output=True, text=True, timeout=120, cwd=cwd)


def test_demo_then_list(tmp_path):
    ws = tmp_path / "new" / "w.sqlite"
    result = run("--workspace", ws, "--lang", "zh_CN", "demo")
    assert result.returncode == 0, result.stderr
    result = run("--workspace", ws, "--lang", "zh_CN", "list")
    assert result.returncode == 0
    assert result.stdout.splitlines() == ["1\t职场Excel实战营·学习群\t转化群"]


def test_export_sop_one_workbook_and_separate(tmp_path):
    ws = tmp_path / "w.sqlite"
    run("--workspace", ws, "demo")
    out = tmp_path / "sop.xlsx"
    result = run("--workspace", ws, "export-sop", "--community", "1", "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    assert len(openpyxl.load_workbook(out).sheetnames) == 5
    folder = tmp_path / "sep"
    folder.mkdir()
    result = run("--workspace", ws, "export-sop", "--community", "Bootcamp", "--separate", folder)
    assert result.returncode == 0 and len(list(folder.glob("*.xlsx"))) == 5


def test_errors_are_one_line_with_exit_2(tmp_path):
    ws = tmp_path / "w.sqlite"
    run("--workspace", ws, "demo")
    cases = [
        ("--bogus",),
        ("--workspace", ws, "export-sop", "--community", "nobody", "--out", tmp_path / "x.xlsx"),
        ("--workspace", ws, "export-sop", "--community", "1", "--out", tmp_path / "missing" / "x.xlsx"),
        ("--workspace", tmp_path / "absent.sqlite", "list"),
        ("--workspace", ws, "export-sop", "--community", " ", "--out", tmp_path / "blank.xlsx"),  # not "all"
        ("--workspace", ws, "export-calendar", "--community", "1", "--out", tmp_path / "c.ics", "--from", "9999-01-01"),
    ]
    for args in cases:
        result = run(*args)
        assert result.returncode == 2, args
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert result.stderr.startswith("community-planner: error:")


def test_foreign_file_is_left_untouched(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("my shopping list")
    result = run("--workspace", path, "list")
    assert result.returncode == 2 and "not a planner workspace" in result.stderr
    assert path.read_text() == "my shopping list"
    result = run("--workspace", path, "demo")
    assert result.returncode == 2 and path.read_text() == "my shopping list"


def test_help_lists_every_command():
    result = run("--help")
    assert result.returncode == 0
    for command in ("demo", "list", "export-sop", "export-calendar", "--workspace", "--lang"):
        assert command in result.stdout
