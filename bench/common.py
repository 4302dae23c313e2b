"""Shared by the bench scripts: timing, medians, the machine, a heavy workspace."""
from __future__ import annotations

import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def median_time(fn, runs: int = 5, setup=None) -> float:
    """Median seconds of `runs` calls (setup() before each, not timed)."""
    times = []
    for _ in range(runs):
        if setup:
            setup()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(title: str, rows: list[tuple[str, float, float | None, str]]) -> None:
    """rows: (what, seconds, baseline seconds or None, goal)."""
    print(f"\n## {title}  ({machine()})")
    print(f"{'what':46} {'median':>10} {'baseline':>10} {'ratio':>7}  goal")
    for what, value, base, goal in rows:
        ratio = f"{value / base:7.2f}" if base else "      -"
        base_text = f"{base * 1000:8.1f}ms" if base else "         -"
        print(f"{what:46} {value * 1000:8.1f}ms {base_text} {ratio}  {goal}")


def rss_mb() -> float:
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
