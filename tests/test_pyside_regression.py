"""PySide6 6.12.0 on CPython 3.11 aborted with 'none_dealloc' after ~5,000 void Qt calls.

The pin in pyproject.toml keeps us off it; this runs the trigger in a child process so a
regression shows as a failed test, not a crashed test run.
"""
import subprocess
import sys

SCRIPT = r"""
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

class Emitter(QObject):
    fired = Signal(int)

app = QApplication([])
label = QLabel()
for i in range(20_000):
    label.setText(str(i))
emitter = Emitter()
seen = []
emitter.fired.connect(seen.append)
for i in range(2_000):
    emitter.fired.emit(i)
assert len(seen) == 2_000 and label.text() == "19999"
print("ok")
"""


def test_many_void_calls_and_emits_do_not_abort():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"
