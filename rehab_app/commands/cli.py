"""Command line: argument parsing and the commands that need no window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from rehab_app import __version__
from rehab_app.core.paths import DATA_DIR_ENV, AppPaths

# Loaded by the commands that need them: the app's start-up parses arguments too.
if TYPE_CHECKING:
    from rehab_app.core.content.loader import Library
    from rehab_app.core.models import Program


# Commands that write to the data folder, so it must be writable (the others only read it).
WRITES_DATA = frozenset({"export", "backup", "restore", "runs"})


def _add_data_dir(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        default=default,
        help=f"keep settings, your exercises and programs, and history in DIR (or set {DATA_DIR_ENV})",
    )


def build_parser() -> argparse.ArgumentParser:
    """The parser for `rehab-app`; `--data-dir` may come before or after the command."""
    parser = argparse.ArgumentParser(
        prog="rehab-app",
        description="Guided back-rehab sessions for runners. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_data_dir(parser, None)
    parser.add_argument(
        "--screenshots",
        type=Path,
        metavar="DIR",
        help="render each main screen with sample data to PNG files in DIR, then exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    validate = commands.add_parser(
        "validate", help="check exercise and program files; exit 1 if any has a problem"
    )
    validate.add_argument(
        "paths", nargs="*", type=Path, metavar="PATH", help="files or folders (default: all loaded)"
    )
    commands.add_parser("list", help="list the exercises and programs")
    plan = commands.add_parser("plan", help="print a program's timeline and total time")
    plan.add_argument("program_id", metavar="PROGRAM_ID")
    plan.add_argument(
        "--flare-up", action="store_true", help="the flare-up day's easier timeline instead"
    )
    suggest = commands.add_parser(
        "suggest",
        help="print the change the app would suggest for a program today, and every reason",
    )
    suggest.add_argument("program_id", metavar="PROGRAM_ID")
    export = commands.add_parser("export", help="export your session history for a spreadsheet")
    export.add_argument(
        "--csv", type=Path, metavar="FILE", help="sessions to FILE, exercises to FILE-exercises"
    )
    export.add_argument("--json", type=Path, metavar="FILE", help="everything as one JSON file")
    backup = commands.add_parser(
        "backup", help="save your history, settings, programs, exercises and pictures in one file"
    )
    backup.add_argument(
        "file", type=Path, metavar="FILE", help="the backup file, or a folder to put it in"
    )
    restore = commands.add_parser(
        "restore",
        help="replace your data with a backup (or put back a history export);"
        " the data it replaces is kept",
    )
    restore.add_argument(
        "file", type=Path, metavar="FILE", help="a .rehab-backup file or an `export --json` file"
    )
    _add_runs(commands)
    for command in commands.choices.values():
        # SUPPRESS: given only before the command, the top-level value is kept.
        _add_data_dir(command, argparse.SUPPRESS)
    return parser


def _add_runs(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    runs = commands.add_parser("runs", help="your runs log: import run files, list your runs")
    actions = runs.add_subparsers(dest="runs_command", metavar="ACTION", required=True)
    add = actions.add_parser(
        "import",
        help="import runs from .fit, .gpx and .tcx files (also gzipped), folders and Strava"
        " exports (.zip or unpacked); duplicates are stored once",
    )
    add.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders")
    actions.add_parser("list", help="list your runs and cross-training, with flags")
    for action in actions.choices.values():
        _add_data_dir(action, argparse.SUPPRESS)


def cmd_validate(paths: AppPaths, targets: Sequence[Path], out: TextIO) -> int:
    """Print one line per problem, then per warning; 1 if there is any problem."""
    from rehab_app.core.content.loader import check_files, load_library
    from rehab_app.core.content.validate import Problem

    warnings: list[Problem] = []
    if targets:
        problems = check_files(targets, paths, warnings)
    else:
        library = load_library(paths)
        problems, warnings = library.problems, library.warnings
    for problem in problems:
        print(problem, file=out)
    for warning in warnings:
        print(f"warning: {warning}", file=out)
    also = f"; {len(warnings)} warning{'s' if len(warnings) != 1 else ''}" if warnings else ""
    if problems:
        print(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found{also}.", file=out)
        return 1
    print(f"No problems found{also}.", file=out)
    return 0


def _mark(library: Library, kind: str, key: str) -> str:
    origins = library.exercise_origins if kind == "exercise" else library.program_origins
    origin = origins[key]
    if origin.overrides_shipped:
        return "yours, replaces shipped"
    return "yours" if origin.user else ""


def cmd_list(paths: AppPaths, out: TextIO) -> int:
    """Print the exercises and programs in aligned columns."""
    from rehab_app.core.content.loader import load_library
    from rehab_app.core.session.plan import build_plan, format_duration

    library = load_library(paths)
    rows: list[tuple[str, ...]] = [("ID", "NAME", "CATEGORY", "")]
    for key, ex in sorted(library.exercises.items(), key=lambda kv: (kv[1].category, kv[0])):
        rows.append((key, ex.name, ex.category.value, _mark(library, "exercise", key)))
    print(f"Exercises ({len(library.exercises)})", file=out)
    _table(rows, out)
    print(file=out)
    rows = [("ID", "NAME", "STAGE", "TOTAL", "")]
    for key, prog in sorted(library.programs.items()):
        total = build_plan(prog, library.exercise).total_s
        rows.append(
            (key, prog.name, prog.stage, format_duration(total), _mark(library, "program", key))
        )
    print(f"Programs ({len(library.programs)})", file=out)
    _table(rows, out)
    if library.problems:
        print(f"\n{len(library.problems)} file problem(s): run 'rehab-app validate'.", file=out)
    return 0


def _program(library: Library, program_id: str) -> Program | None:
    program = library.programs.get(program_id)
    if program is None:
        known = ", ".join(sorted(library.programs)) or "none"
        print(f"No program '{program_id}'. Known programs: {known}", file=sys.stderr)
    return program


def cmd_plan(paths: AppPaths, program_id: str, out: TextIO, flare_up: bool = False) -> int:
    """Print a program's timeline (or its flare-up day's): start, segment, duration, total."""
    from rehab_app.core.content.loader import load_library
    from rehab_app.core.progression.flare_up import flare_up as easier
    from rehab_app.core.session.plan import build_plan, format_duration

    library = load_library(paths)
    program = _program(library, program_id)
    if program is None:
        return 1
    if flare_up:
        normal = build_plan(program, library.exercise).total_s
        program = easier(program, library)
        print(f"A normal day takes {format_duration(normal)} ({normal} s).", file=out)
    plan = build_plan(program, library.exercise)
    rows: list[tuple[str, ...]] = [("START", "SEGMENT", "DURATION")]
    for seg in plan.segments:
        note = " (press Done; estimated)" if seg.manual else ""
        rows.append((format_duration(seg.start_s), seg.label + note, f"{seg.duration_s} s"))
    rows.append((format_duration(plan.total_s), "Finish", ""))
    print(f"{program.name} ({program.id})", file=out)
    _table(rows, out)
    print(f"Total: {format_duration(plan.total_s)} ({plan.total_s} s)", file=out)
    return 0


def cmd_suggest(paths: AppPaths, program_id: str, out: TextIO, today: Callable[[], date]) -> int:
    """Print the suggestion the app would show for a program today and the facts behind it."""
    from rehab_app.core.content.loader import load_library
    from rehab_app.core.history.store import HistoryStore, NewerDatabaseError
    from rehab_app.core.models import PainModel
    from rehab_app.core.progression.suggestions import allowed_by_safety, history_start, suggest
    from rehab_app.core.progression.text import describe, explain
    from rehab_app.core.settings import load_settings

    library = load_library(paths)
    program = _program(library, program_id)
    if program is None:
        return 1
    pain_model = library.safety.pain_model if library.safety else PainModel()
    day = today()
    sessions, checkins = [], []
    if paths.history_db.exists():
        try:
            opened = HistoryStore.open(paths.history_db, lambda: datetime.now(UTC))
        except NewerDatabaseError as exc:
            print(exc, file=sys.stderr)
            return 1
        try:
            sessions = opened.store.records_since(history_start(pain_model, day))
            checkins = opened.store.checkins()
        finally:
            opened.store.close()
    found = suggest(program, library, sessions, checkins, pain_model, day)
    held = found is not None and not allowed_by_safety(
        found, load_settings(paths.settings_file).safety, library
    )
    print(f"{program.name} ({program.id}), {day.isoformat()}", file=out)
    if held and found is not None:
        print(f"Held back by a safety decision in force: {describe(found, library)}", file=out)
        found = None
    shown = "none: keep going as you are" if found is None else describe(found, library)
    print(f"Suggestion: {shown}", file=out)
    print("Reasons:", file=out)
    for line in explain(program, library, sessions, checkins, pain_model, day):
        print(f"  - {line}" if not line.startswith("  ") else f"      {line.strip()}", file=out)
    return 0


def _table(rows: Sequence[Sequence[str]], out: TextIO) -> None:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip(), file=out)


def run_command(
    args: argparse.Namespace,
    paths: AppPaths,
    out: TextIO | None = None,
    now_utc: Callable[[], datetime] | None = None,
    today: Callable[[], date] = date.today,
) -> int:
    """Run a non-GUI command and return the exit code (`today` dates `suggest`)."""
    out = out or sys.stdout
    if args.command in ("backup", "restore"):
        from rehab_app.commands.backup import cmd_backup, cmd_restore

        clock = now_utc or (lambda: datetime.now(UTC))
        run = cmd_backup if args.command == "backup" else cmd_restore
        return run(paths.data_dir, args.file, out, sys.stderr, clock)
    if args.command == "runs":
        from rehab_app.commands.runs import cmd_runs_import, cmd_runs_list

        clock = now_utc or (lambda: datetime.now(UTC))
        if args.runs_command == "import":
            return cmd_runs_import(paths.history_db, args.paths, out, sys.stderr, clock)
        return cmd_runs_list(paths.history_db, out, sys.stderr, clock)
    if args.command == "validate":
        return cmd_validate(paths, args.paths, out)
    if args.command == "list":
        return cmd_list(paths, out)
    if args.command == "plan":
        return cmd_plan(paths, args.program_id, out, args.flare_up)
    if args.command == "suggest":
        return cmd_suggest(paths, args.program_id, out, today)
    if args.command == "export":
        from rehab_app.core.history.export import run_export

        return run_export(paths.history_db, args.csv, args.json, out, sys.stderr)
    raise AssertionError(f"unknown command {args.command}")
