"""List a Qt .ts catalogue's unfinished messages, or fill them in from a tab-separated file.

    python tools/fill_translations.py CATALOGUE.ts               # print unfinished as TSV
    python tools/fill_translations.py CATALOGUE.ts FILLED.tsv    # write translations in
    python tools/fill_translations.py --finished CATALOGUE.ts    # print finished ones as TSV

The last form helps merge two branches' catalogues: dump theirs, take ours, run
`make translations`, then fill the dump in.

The TSV has three columns: context, source, translation (tabs and newlines in a text are written
as \\t and \\n). Run `make translations` afterwards to compile the .qm file.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def _unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append({"t": "\t", "n": "\n", "\\": "\\"}.get(text[i + 1], text[i + 1]))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def unfinished(catalogue: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    root = ET.parse(catalogue).getroot()
    found = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                found.append((name, message.findtext("source") or ""))
    return found


def finished(catalogue: Path) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every message with a finished translation."""
    root = ET.parse(catalogue).getroot()
    found = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                found.append((name, message.findtext("source") or "", translation.text))
    return found


def fill(catalogue: Path, rows: dict[tuple[str, str], str]) -> int:
    """Write the translations in `rows` into `catalogue`; returns how many were filled."""
    tree = ET.parse(catalogue)
    count = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            text = rows.get((name, message.findtext("source") or ""))
            translation = message.find("translation")
            if text is None or translation is None:
                continue
            translation.text = text
            translation.attrib.pop("type", None)
            count += 1
    ET.indent(tree, space="    ")
    with catalogue.open("wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
    return count


def main(argv: list[str]) -> int:
    """Command-line entry point."""
    if len(argv) == 2 and argv[0] == "--finished":
        for context, source, text in finished(Path(argv[1])):
            sys.stdout.write(f"{context}\t{_escape(source)}\t{_escape(text)}\n")
        return 0
    if len(argv) == 1:
        for context, source in unfinished(Path(argv[0])):
            sys.stdout.write(f"{context}\t{_escape(source)}\t\n")
        return 0
    if len(argv) == 2:
        rows = {}
        for line in Path(argv[1]).read_text(encoding="utf-8").splitlines():
            if line.strip():
                context, source, text = line.split("\t")
                if text:
                    rows[(context, _unescape(source))] = _unescape(text)
        sys.stdout.write(f"filled {fill(Path(argv[0]), rows)} of {len(rows)}\n")
        return 0
    sys.stderr.write(__doc__ or "")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
