"""Before Qt starts on Linux: are the system libraries of its X11 (xcb) plugin there?

pip brings Qt but not the X11 libraries its xcb platform plugin links to. Without them Qt
aborts the process (exit 134, a core dump) and its one hint names libxcb-cursor0 even
when that one is installed and others are missing. So the planner loads each library the
plugin needs first (they are loaded by Qt a moment later anyway) and, if any is missing,
names exactly those, with the package to install on Debian/Ubuntu and on Fedora.

The list is the plugin's own (`ldd libqxcb.so` and `libQt6XcbQpa.so.6` of PySide6 6.11)
less what every Linux has (libc, libstdc++, zlib and the like).
"""
from __future__ import annotations

import os
import sys

from app.i18n import tr

# soname -> (Debian/Ubuntu package, Fedora package)
XCB_LIBRARIES = {
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
}


def uses_xcb(environ=os.environ, platform: str = sys.platform) -> bool:
    """Whether Qt will start with its xcb plugin: Linux, and the platform asked for (or, when
    none is, no Wayland session to prefer)."""
    if not platform.startswith("linux"):
        return False
    asked = environ.get("QT_QPA_PLATFORM", "")
    if asked:
        return asked.split(":")[0].split(";")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def _loads(soname: str) -> bool:
    import ctypes
    try:
        ctypes.CDLL(soname)
        return True
    except OSError:
        return False


def missing_libraries(load=_loads) -> list[str]:
    return [soname for soname in XCB_LIBRARIES if not load(soname)]


def problem(environ=os.environ, load=_loads) -> str | None:
    """What stops the window from opening, in words with the fix; None when nothing does."""
    if not uses_xcb(environ):
        return None
    missing = missing_libraries(load)
    if missing:
        debian = sorted({XCB_LIBRARIES[s][0] for s in missing})
        fedora = sorted({XCB_LIBRARIES[s][1] for s in missing})
        return tr("community-planner: cannot open its window: Qt's X11 plugin needs system libraries that are "
                  "not installed: {libraries}.\n  Debian/Ubuntu:  sudo apt-get install {debian}\n"
                  "  Fedora:         sudo dnf install {fedora}\n"
                  "The command-line commands work without them (see --help).",
                  libraries=", ".join(missing), debian=" ".join(debian), fedora=" ".join(fedora))
    if not environ.get("DISPLAY"):
        return tr("community-planner: cannot open its window: there is no display (DISPLAY is not set). Start it "
                  "from a desktop session; the command-line commands work without one (see --help).")
    return None
