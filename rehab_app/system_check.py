"""Can Qt open a window here? Checked before Qt is imported, so the answer is a plain message."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

# Libraries Qt's X11 window plugin loads at start: name, file, and the Debian/Ubuntu package.
_XCB_LIBS = (
    ("xcb-cursor", "libxcb-cursor.so.0", "libxcb-cursor0"),
    ("xkbcommon-x11", "libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("xcb-icccm", "libxcb-icccm.so.4", "libxcb-icccm4"),
    ("xcb-keysyms", "libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("EGL", "libEGL.so.1", "libegl1"),
    ("fontconfig", "libfontconfig.so.1", "libfontconfig1"),
)


def _library_dirs(env: Mapping[str, str]) -> list[str]:
    """Where the dynamic linker usually finds libraries (no ldconfig run)."""
    multiarch = getattr(sys.implementation, "_multiarch", "") or ""
    dirs = [d for d in env.get("LD_LIBRARY_PATH", "").split(os.pathsep) if d]
    for base in ("/usr/lib", "/lib", "/usr/lib64", "/lib64", "/usr/local/lib"):
        if multiarch:
            dirs.append(f"{base}/{multiarch}")
        dirs.append(base)
    return dirs


def missing_system_libraries(environ: Mapping[str, str] | None = None) -> list[str]:
    """Debian packages that Qt needs to open a window here but cannot find (Linux only)."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return []
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform.startswith(("offscreen", "minimal", "vnc")):
        return []
    wayland = platform.startswith("wayland") or bool(
        env.get("WAYLAND_DISPLAY") and not env.get("DISPLAY")
    )
    wanted = [entry for entry in _XCB_LIBS if not wayland or entry[0] in ("EGL", "fontconfig")]
    dirs = _library_dirs(env)
    # Looking in the usual folders costs well under a millisecond; only a library not found
    # there is asked of ctypes (20 ms to import, and every lookup runs ldconfig).
    unsure = [e for e in wanted if not any(os.path.exists(f"{d}/{e[1]}") for d in dirs)]
    if not unsure:
        return []
    import ctypes.util

    return [pkg for lib, _file, pkg in unsure if not ctypes.util.find_library(lib)]


def no_display(environ: Mapping[str, str] | None = None) -> bool:
    """True on a Linux machine with no graphical desktop to open a window on."""
    env = os.environ if environ is None else environ
    return (
        sys.platform.startswith("linux")
        and not env.get("DISPLAY")
        and not env.get("WAYLAND_DISPLAY")
        and not env.get("QT_QPA_PLATFORM")
    )
