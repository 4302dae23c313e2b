"""1. Cold start to the first painted main window, against a bare PySide6 QMainWindow."""
import os
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


def timed(args, env) -> float:
    """Seconds from starting the process to its first painted window (teardown excluded)."""
    start = time.time()
    out = subprocess.run(args, env=env, check=True, capture_output=True, text=True).stdout
    painted = float(next(line for line in out.splitlines() if line.startswith("painted")).split()[1])
    return painted - start


def main(runs: int = 7):
    tmp = Path(tempfile.mkdtemp())
    ws = tmp / "demo.sqlite"
    env = {**os.environ, "COMMUNITY_PLANNER_SETTINGS": str(tmp / "settings.ini"),
           "COMMUNITY_PLANNER_QUIT_AFTER_PAINT": "1"}
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--workspace", str(ws), "demo"], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    app_args = [sys.executable, str(ROOT / "main.py"), "--workspace", str(ws)]
    timed(app_args, env)  # warm the file cache once, as a second launch of the day would be
    bare, app = [], []
    for _ in range(runs):  # interleaved, so both see the same machine load
        bare.append(timed([sys.executable, "-c", BARE], env))
        app.append(timed(app_args, env))
    bare.sort()
    app.sort()
    report("Cold start to first paint (whole process, median of %d)" % runs,
           [("bare PySide6 QMainWindow", bare[runs // 2], None, "floor"),
            ("planner on the demo workspace", app[runs // 2], bare[runs // 2], "ratio <= 1.5")])


if __name__ == "__main__":
    main()
