"""Compare two `tools/record_widgets.py` recordings: every widget that differs, per screen.

python tools/compare_widgets.py BEFORE_DIR AFTER_DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _rows(path: Path) -> dict[str, list[str]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {win: sorted(json.dumps(r, sort_keys=True) for r in rows) for win, rows in data.items()}


def main(argv: list[str]) -> int:
    """Print the differing widgets; 1 if any screen differs."""
    before, after = Path(argv[0]), Path(argv[1])
    differences = 0
    for path in sorted(before.rglob("*.json")):
        x, y = _rows(path), _rows(after / path.relative_to(before))
        for win in sorted(set(x) | set(y)):
            gone = set(x.get(win, [])) - set(y.get(win, []))
            new = set(y.get(win, [])) - set(x.get(win, []))
            if gone or new:
                differences += 1
                print(
                    f"{path.relative_to(before)} {win}: {len(gone)} before only, {len(new)} after only"
                )
                for row in sorted(gone)[:3]:
                    print("  -", row[:300])
                for row in sorted(new)[:3]:
                    print("  +", row[:300])
    print(f"{differences} screen(s) differ")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
