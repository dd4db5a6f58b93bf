"""Where shipped content and the user's data live."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "rehab-app"
DATA_DIR_ENV = "REHAB_APP_DATA_DIR"


def project_root() -> Path:
    """The folder holding the shipped `exercises/` and `assets/`.

    In a checkout (and an editable install) they sit next to the package; an installed wheel
    puts them in `<prefix>/share/rehab-app` (see pyproject.toml's data-files).
    """
    return shipped_root(Path(__file__).resolve().parents[2], Path(sys.prefix))


def shipped_root(checkout: Path, prefix: Path) -> Path:
    """`checkout` when it holds `exercises/`, else the installed copy under `prefix`."""
    if (checkout / "exercises").is_dir():
        return checkout
    installed = prefix / "share" / APP_DIR_NAME
    return installed if (installed / "exercises").is_dir() else checkout


def default_data_dir(environ: dict[str, str] | None = None) -> Path:
    """The user's data folder: $REHAB_APP_DATA_DIR, else the platform's per-user data folder."""
    env = os.environ if environ is None else environ
    if env.get(DATA_DIR_ENV):
        return Path(env[DATA_DIR_ENV]).expanduser()
    home = Path.home()
    if sys.platform == "win32":
        base = Path(env.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(env.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / APP_DIR_NAME


class AppPaths:
    """Every folder the app reads or writes, decided once at start-up (immutable).

    A plain class rather than a frozen dataclass: start-up would import dataclasses for this
    one class before the window shows (~3 ms).
    """

    __slots__ = ("data_dir", "root")
    data_dir: Path
    root: Path

    def __init__(self, data_dir: Path, root: Path) -> None:
        object.__setattr__(self, "data_dir", data_dir)
        object.__setattr__(self, "root", root)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"AppPaths is immutable; cannot set {name}")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AppPaths):
            return NotImplemented
        return (self.data_dir, self.root) == (other.data_dir, other.root)

    def __hash__(self) -> int:
        return hash((self.data_dir, self.root))

    def __repr__(self) -> str:
        return f"AppPaths(data_dir={self.data_dir!r}, root={self.root!r})"

    @classmethod
    def create(cls, data_dir: Path | None = None, root: Path | None = None) -> AppPaths:
        """Paths for `data_dir` (default: the platform's) and the shipped files under `root`."""
        return cls(data_dir or default_data_dir(), root or project_root())

    @property
    def shipped_exercises(self) -> Path:
        """Shipped exercise files (read-only)."""
        return self.root / "exercises"

    @property
    def shipped_programs(self) -> Path:
        """Shipped program files (read-only)."""
        return self.root / "exercises" / "programs"

    @property
    def shipped_assets(self) -> Path:
        """Shipped pictures and sounds."""
        return self.root / "assets"

    @property
    def user_exercises(self) -> Path:
        """The user's own exercise files."""
        return self.data_dir / "exercises"

    @property
    def user_programs(self) -> Path:
        """The user's own and edited program files."""
        return self.data_dir / "programs"

    @property
    def user_assets(self) -> Path:
        """Pictures the user added to their own exercises."""
        return self.data_dir / "assets"

    @property
    def settings_file(self) -> Path:
        """The settings file."""
        return self.data_dir / "settings.json"

    @property
    def history_db(self) -> Path:
        """The session history database."""
        return self.data_dir / "history.sqlite3"


class DataDirProblem:
    """Why a folder cannot hold the user's data: `kind`, the folder and the system's detail.

    Kinds: "is_file" (a file is in the way), "cannot_create", "not_writable", "disk_full".
    """

    __slots__ = ("detail", "kind", "path")

    def __init__(self, kind: str, path: Path, detail: str = "") -> None:
        self.kind, self.path, self.detail = kind, path, detail

    def __repr__(self) -> str:
        return f"DataDirProblem({self.kind!r}, {self.path!r}, {self.detail!r})"

    @property
    def message(self) -> str:
        """One sentence saying what is wrong and what to do (English; the GUI translates)."""
        where = str(self.path)
        if self.kind == "is_file":
            return (
                f"The data folder {where} is a file, not a folder: move that file away, or choose "
                "another folder with --data-dir."
            )
        if self.kind == "cannot_create":
            return (
                f"The data folder {where} cannot be created ({self.detail}): choose a folder you "
                "can write to with --data-dir."
            )
        if self.kind == "disk_full":
            return f"The disk holding {where} is full: free some space, then start the app again."
        return (
            f"The data folder {where} cannot be written to ({self.detail}): check its "
            "permissions, or choose another folder with --data-dir."
        )


def data_dir_problem(path: Path, write: bool = True) -> DataDirProblem | None:
    """Check that `path` can hold the user's data (creating it when `write`); None when it can."""
    import errno

    if path.exists() and not path.is_dir():
        return DataDirProblem("is_file", path)
    if not write:
        return None
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        return DataDirProblem("is_file", _first_file(path))
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            return DataDirProblem("disk_full", path, exc.strerror or "")
        if exc.errno == errno.ENOTDIR:
            return DataDirProblem("is_file", _first_file(path))
        return DataDirProblem("cannot_create", path, exc.strerror or str(exc))
    # A real write: permissions alone do not tell a read-only mount (or root) or a full disk.
    probe = path / f".write-test-{os.getpid()}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, b"\0" * 4096)
        finally:
            os.close(fd)
            os.unlink(probe)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return DataDirProblem("disk_full", path, exc.strerror or "")
        return DataDirProblem("not_writable", path, exc.strerror or str(exc))
    return None


def _first_file(path: Path) -> Path:
    """The nearest ancestor of `path` (or `path` itself) that is a file, else `path`."""
    for candidate in (path, *path.parents):
        if candidate.exists() and not candidate.is_dir():
            return candidate
    return path
