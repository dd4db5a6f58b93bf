"""The history store's one writer connection: its clock, pragmas, closing and transactions."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

Clock = Callable[[], datetime]


class HistoryConnection:
    """An open history database connection and the clock that stamps what is written."""

    def __init__(self, con: sqlite3.Connection, path: Path, now_utc: Clock) -> None:
        self._con, self.path, self._now_utc = con, path, now_utc

    def pragma(self, name: str) -> Any:
        """The value of `PRAGMA name` on the writer connection (for diagnostics and tests)."""
        if not name.isidentifier():
            raise ValueError(name)
        return self._con.execute(f"PRAGMA {name}").fetchone()[0]

    def close(self) -> None:
        """Close the connection (WAL is checkpointed by SQLite)."""
        self._con.close()

    @contextlib.contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        self._con.execute("BEGIN IMMEDIATE")
        try:
            yield self._con
            self._con.execute("COMMIT")
        except BaseException:
            if self._con.in_transaction:
                self._con.execute("ROLLBACK")
            raise
