"""Guards against Qt binding bugs that would crash a long session."""

from __future__ import annotations

import subprocess
import sys

EMIT_MANY = """
from PySide6.QtCore import QCoreApplication, QObject, Signal
class Source(QObject):
    ticked = Signal(int)
app = QCoreApplication([])
source = Source()
source.ticked.connect(lambda n: None)
for n in range(100_000):
    source.ticked.emit(n)
"""


def test_many_signal_emissions_do_not_corrupt_the_interpreter() -> None:
    # PySide6 6.12.0 over-releases a bool on every emit; the process then aborts at exit.
    result = subprocess.run([sys.executable, "-c", EMIT_MANY], capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode()[-500:]
