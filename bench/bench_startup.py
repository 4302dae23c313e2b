"""1. Cold start to the first painted main window, against a bare PySide6 QMainWindow.

Wall-clock times on a small shared machine vary by ±20 % between runs. With
`--instructions` (needs valgrind) the same three launches are also counted in CPU
instructions by callgrind, which gives the same count on every run: slower (about a
minute), but the ratio it prints does not drift.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, report

BARE = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
class Quit(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            import time
            print(f"painted {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
w = QMainWindow(); w.resize(1280, 800); f = Quit(); w.installEventFilter(f); w.show(); app.exec()
"""


# The same empty window, plus what the packages the planner must use cost before any of its
# own code runs: PySide's Qt namespace (created on first use; any real widget code touches
# it, the bare window does not) and importing peewee. Not a goal, a reference: it shows how
# much of the 1.5 budget the stack itself takes.
STACK = BARE.replace("app = QApplication([])", "from PySide6.QtCore import Qt\nimport peewee\napp = QApplication([])")


def timed(args, env) -> float:
    """Seconds from starting the process to its first painted window (teardown excluded)."""
    start = time.time()
    out = subprocess.run(args, env=env, check=True, capture_output=True, text=True).stdout
    painted = float(next(line for line in out.splitlines() if line.startswith("painted")).split()[1])
    return painted - start


def instructions(args, env) -> int:
    """Instructions the whole launch executes, counted by valgrind's callgrind."""
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *args],
                         env={**env, "PYTHONHASHSEED": "0"}, check=True, capture_output=True, text=True).stderr
    return int(re.search(r"Collected : (\d+)", out).group(1))


def main(runs: int = 11):
    tmp = Path(tempfile.mkdtemp())
    ws = tmp / "demo.sqlite"
    env = {**os.environ, "COMMUNITY_PLANNER_SETTINGS": str(tmp / "settings.ini"),
           "COMMUNITY_PLANNER_QUIT_AFTER_PAINT": "1"}
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--workspace", str(ws), "demo"], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    # a user's second launch finds its bytecode cached; a shell with PYTHONDONTWRITEBYTECODE
    # set (as CI machines often have) would compile every module on every launch instead
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    app_args = [sys.executable, str(ROOT / "main.py"), "--workspace", str(ws)]
    timed(app_args, env)  # warm the file cache and the bytecode once, as a second launch would be
    bare, stack, app = [], [], []
    for _ in range(runs):  # interleaved, so all see the same machine load
        bare.append(timed([sys.executable, "-c", BARE], env))
        stack.append(timed([sys.executable, "-c", STACK], env))
        app.append(timed(app_args, env))
    for times in (bare, stack, app):
        times.sort()
    floor, mid = bare[runs // 2], runs // 2
    report("Cold start to first paint (whole process, median of %d)" % runs,
           [("bare PySide6 QMainWindow", floor, None, "floor"),
            ("reference: the same + Qt namespace + peewee", stack[mid], floor, "(the stack alone)"),
            ("planner on the demo workspace", app[mid], floor, "ratio <= 1.5")])
    print(f"planner over the reference: {app[mid] / stack[mid]:.2f}x")
    if "--instructions" in sys.argv and shutil.which("valgrind"):
        counts = [instructions(args, env) for args in
                  ([sys.executable, "-c", BARE], [sys.executable, "-c", STACK], app_args)]
        print(f"instructions (callgrind): bare {counts[0] / 1e6:.0f}M, reference {counts[1] / 1e6:.0f}M "
              f"({counts[1] / counts[0]:.2f}x), planner {counts[2] / 1e6:.0f}M ({counts[2] / counts[0]:.2f}x)")


if __name__ == "__main__":
    main()
