"""Where the app's log goes: a rotating file in the data folder, one-line notes on the terminal."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TextIO

LOG_FOLDER = "logs"
LOG_NAME = "rehab-app.log"
MAX_BYTES = 1024 * 1024
BACKUPS = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Our handlers' names: configuring again replaces them rather than adding more.
_OURS = ("rehab-app-file", "rehab-app-terminal")


class OneLine(logging.Formatter):
    """A formatter that never prints a traceback: the terminal gets one line, the file the rest."""

    def __init__(self, log_file: Path | None) -> None:
        super().__init__()
        self.log_file = log_file

    def format(self, record: logging.LogRecord) -> str:
        """The message alone, with a pointer to the log when a traceback was left out."""
        text = f"{record.levelname.lower()}: {record.getMessage()}"
        if record.exc_info and self.log_file is not None:
            text += f" (details in {self.log_file})"
        return text


class RotatingLog(logging.FileHandler):
    """A log file that starts again when it passes `max_bytes`, keeping `backups` older ones.

    logging.handlers would do this too, but importing it (sockets, pickle, queues) costs the
    start-up several milliseconds before the window shows.
    """

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        # Opened on the first record: a quiet run never touches the disk.
        super().__init__(path, encoding="utf-8", delay=True)
        self.max_bytes, self.backups = max_bytes, backups

    def emit(self, record: logging.LogRecord) -> None:
        """Write `record`, first moving the full file aside if it has grown too large."""
        try:
            if self.stream is None and os.path.exists(self.baseFilename):
                size = os.path.getsize(self.baseFilename)
            else:
                size = self.stream.tell() if self.stream is not None else 0
            if size >= self.max_bytes:
                self._rotate()
        except OSError:
            self.handleError(record)
        super().emit(record)

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        for n in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{base}.{n}"):
                os.replace(f"{base}.{n}", f"{base}.{n + 1}")
        os.replace(base, f"{base}.1")


class _Stderr(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever `sys.stderr` is at the time (it may be replaced after set-up)."""

    @property
    def stream(self) -> TextIO:
        """The current standard error."""
        return sys.stderr

    @stream.setter
    def stream(self, _value: TextIO) -> None:
        pass


def log_file(data_dir: Path) -> Path:
    """The current log file of a data folder."""
    return data_dir / LOG_FOLDER / LOG_NAME


def configure_logging(
    data_dir: Path | None, stream: TextIO | None = None, level: int = logging.INFO
) -> Path | None:
    """Log to `<data_dir>/logs/rehab-app.log` (rotating) and one-line warnings to `stream`.

    Returns the log file, or None when it cannot be written (then everything goes to `stream`,
    still without tracebacks).
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() in _OURS:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    path: Path | None = None
    if data_dir is not None:
        target = log_file(data_dir)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            to_file = RotatingLog(target)
        except OSError:
            pass
        else:
            to_file.setFormatter(logging.Formatter(_FORMAT))
            to_file.set_name(_OURS[0])
            root.addHandler(to_file)
            path = target
    terminal = logging.StreamHandler(stream) if stream is not None else _Stderr()
    terminal.setLevel(logging.WARNING if path is not None else level)
    terminal.setFormatter(OneLine(path))
    terminal.set_name(_OURS[1])
    root.addHandler(terminal)
    return path
