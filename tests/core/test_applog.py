"""The log: a rotating file in the data folder; the terminal gets one line and never a traceback."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from rehab_app.core.applog import RotatingLog, configure_logging, log_file


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)


def test_tracebacks_go_to_the_file_not_the_terminal(tmp_path: Path) -> None:
    terminal = io.StringIO()
    path = configure_logging(tmp_path, terminal)
    assert path == log_file(tmp_path) == tmp_path / "logs" / "rehab-app.log"
    log = logging.getLogger("rehab_app.test")
    log.info("quiet detail")
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        log.exception("it broke")
    assert terminal.getvalue() == f"error: it broke (details in {path})\n"
    text = path.read_text(encoding="utf-8")
    assert "quiet detail" in text
    assert "Traceback (most recent call last)" in text
    assert "RuntimeError: boom" in text


def test_without_a_writable_folder_the_terminal_gets_everything_but_tracebacks(
    tmp_path: Path,
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    terminal = io.StringIO()
    assert configure_logging(blocker, terminal) is None
    log = logging.getLogger("rehab_app.test")
    log.info("hello")
    try:
        raise ValueError("bad")
    except ValueError:
        log.exception("failed")
    assert terminal.getvalue() == "info: hello\nerror: failed\n"


def test_configuring_twice_does_not_double_the_lines(tmp_path: Path) -> None:
    terminal = io.StringIO()
    configure_logging(tmp_path, terminal)
    configure_logging(tmp_path, terminal)
    logging.getLogger("rehab_app.test").warning("once")
    assert terminal.getvalue() == "warning: once\n"


def test_the_file_rotates_and_keeps_three_old_ones(tmp_path: Path) -> None:
    path = tmp_path / "app.log"
    handler = RotatingLog(path, max_bytes=200, backups=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    for n in range(200):
        handler.emit(logging.LogRecord("x", logging.INFO, __file__, 1, f"line {n:03d}", None, None))
    handler.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "app.log",
        "app.log.1",
        "app.log.2",
        "app.log.3",
    ]
    assert all(p.stat().st_size <= 200 + 10 for p in tmp_path.iterdir())
    assert "line 199" in path.read_text(encoding="utf-8")
