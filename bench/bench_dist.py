"""8. The packaged app (`make dist`): a smoke test outside the virtual environment, the
folder's size, and its start-up against the source's.

The built executable runs with a bare environment (`env -i`: no virtual environment, no
PYTHONPATH, only HOME, a UTF-8 locale and the offscreen platform) on a fresh workspace:
--version, create the demo, export the SOP workbook (read back here), export the growth
chart, then start the GUI to its first painted window. Any failure exits non-zero.
(The plan document export joins the smoke test when it exists, issue 14.)

Start-up: first paint of the packaged executable and of `python main.py` from the source,
interleaved, median of 9; goal: the packaged one within 1.2x of the source.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from bench_startup import timed
from common import ROOT, machine

APP = ROOT / "dist" / "community-planner"
EXE = APP / ("community-planner.exe" if sys.platform == "win32" else "community-planner")
LIMIT_MB = 150


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / (1 << 20)


def smoke(tmp: Path, env: dict) -> list[str]:
    ws = tmp / "smoke.sqlite"

    def run(*args: str) -> str:
        result = subprocess.run([str(EXE), *args], env=env, capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            raise SystemExit(f"packaged app failed: {' '.join(args)}\n{result.stderr}")
        return result.stdout.strip()

    steps = [f"--version: {run('--version')}"]
    run("--workspace", str(ws), "demo")
    steps.append("demo workspace created")
    out = run("--workspace", str(ws), "export-sop", "--community", "1", "--out", str(tmp / "sop.xlsx"))
    import openpyxl
    sheets = openpyxl.load_workbook(out, read_only=True).sheetnames
    if len(sheets) != 5:
        raise SystemExit(f"the packaged SOP export has {len(sheets)} sheets")
    steps.append(f"SOP workbook with {len(sheets)} sheets")
    png = run("--workspace", str(ws), "export-chart", "--community", "1", "--out", str(tmp / "growth.png"))
    steps.append(f"growth chart, {Path(png).stat().st_size:,} bytes")
    seconds = timed([str(EXE), "--workspace", str(ws)], {**env, "COMMUNITY_PLANNER_QUIT_AFTER_PAINT": "1"})
    steps.append(f"GUI painted its first window in {seconds * 1000:.0f} ms")
    return steps


def main(runs: int = 9) -> None:
    if not EXE.exists():
        print(f"\n## The packaged app: skipped, {EXE} is missing (run `make dist` first)")
        return
    tmp = Path(tempfile.mkdtemp())
    bare = {"HOME": str(tmp), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
            "COMMUNITY_PLANNER_SETTINGS": str(tmp / "settings.ini")}
    print(f"\n## The packaged app ({machine()})")
    for step in smoke(tmp, bare):
        print(f"smoke: {step}")
    size = folder_mb(APP)
    print(f"folder size: {size:.1f} MB (limit {LIMIT_MB} MB) {'ok' if size <= LIMIT_MB else 'OVER'}")
    ws = tmp / "demo.sqlite"
    subprocess.run([str(EXE), "--workspace", str(ws), "demo"], env=bare, check=True, capture_output=True)
    paint = {**bare, "COMMUNITY_PLANNER_QUIT_AFTER_PAINT": "1"}
    source_env = {**paint, "PATH": "/usr/bin:/bin"}
    packaged, source = [], []
    timed([str(EXE), "--workspace", str(ws)], paint)  # warm the file cache, as a second launch is
    timed([sys.executable, str(ROOT / "main.py"), "--workspace", str(ws)], source_env)
    for _ in range(runs):  # interleaved, so both see the same machine load
        packaged.append(timed([str(EXE), "--workspace", str(ws)], paint))
        source.append(timed([sys.executable, str(ROOT / "main.py"), "--workspace", str(ws)], source_env))
    packaged.sort()
    source.sort()
    mid = runs // 2
    print(f"start-up to first paint, median of {runs}: packaged {packaged[mid] * 1000:.0f} ms, source "
          f"{source[mid] * 1000:.0f} ms, ratio {packaged[mid] / source[mid]:.2f} (goal <= 1.2)")


if __name__ == "__main__":
    main()
