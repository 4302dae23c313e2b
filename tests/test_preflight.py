"""Before Qt starts: missing X11 libraries are named with their packages, no core dump;
--version and Help ▸ About agree."""
import subprocess
import sys
from pathlib import Path

from app import __version__
from ui.shell import preflight

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = {"DISPLAY": ":0"}


def test_only_the_missing_libraries_are_named_with_their_packages():
    gone = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    text = preflight.problem(DESKTOP, load=lambda soname: soname not in gone)
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in text
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1\n" in text
    assert "sudo dnf install xcb-util-keysyms xcb-util-wm\n" in text
    assert "libxcb-cursor0" not in text  # Qt's own hint names it even when it is there
    assert preflight.problem(DESKTOP, load=lambda soname: True) is None


def test_the_check_runs_only_where_qt_would_use_xcb():
    assert preflight.uses_xcb({}, "linux")
    assert preflight.uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not preflight.uses_xcb({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not preflight.uses_xcb({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not preflight.uses_xcb({}, "darwin") and not preflight.uses_xcb({}, "win32")
    assert preflight.problem({"QT_QPA_PLATFORM": "offscreen"}, load=lambda s: False) is None
    assert "DISPLAY is not set" in preflight.problem({}, load=lambda s: True)


def test_a_machine_without_the_libraries_gets_the_packages_and_a_clean_exit(tmp_path):
    """The real entry point, with the dynamic loader refusing two libraries as on a fresh
    Debian: one message, exit 3, and Qt never started (no abort, no core dump)."""
    script = (f"import sys, ctypes; sys.path.insert(0, {str(ROOT)!r})\n"
              "real = ctypes.CDLL\n"
              "def cdll(name, *a, **k):\n"
              "    if name in ('libxcb-icccm.so.4', 'libxcb-keysyms.so.1'): raise OSError(name + ': cannot open')\n"
              "    return real(name, *a, **k)\n"
              "ctypes.CDLL = cdll\n"
              "from main import main; code = main(sys.argv[1:])\n"
              "assert 'PySide6.QtWidgets' not in sys.modules, 'Qt was started'\n"
              "sys.exit(code)")
    env = {"PATH": "/usr/bin:/bin", "DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb", "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", script, "--workspace", str(tmp_path / "w.sqlite")],
                            capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 3, result.stderr
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in result.stderr
    assert not (tmp_path / "w.sqlite").exists()


def test_version_and_about_agree(qtbot, workspace, monkeypatch):
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--version"], capture_output=True, text=True,
                            timeout=60)
    assert result.stdout.strip() == f"community-planner {__version__}"
    from tests.ui_helpers import open_window
    from ui.shell.start import create_app, finish_start
    create_app("en")  # what run_gui does first: name, version
    shown = []
    monkeypatch.setattr("ui.widgets.dialogs.about", lambda parent, title, text: shown.append(text))
    window = open_window(qtbot, workspace)
    finish_start(window)  # once the window is on screen: the icon, the day's backup, the agenda
    window.show_about()
    assert f"Community planner {__version__}" in shown[0]
    from PySide6.QtWidgets import QApplication
    assert QApplication.applicationVersion() == __version__
    assert QApplication.windowIcon().availableSizes()  # the icon file loaded, not an empty icon
