"""Guarded YAML reading: plain data only, with the line of every key, refusing hostile input cheaply.

The document is built straight from libyaml's event stream (the C parser is iterative), so nesting
depth, aliases and tags are refused before any recursive code runs: the C composer segfaults on deep
nesting, and an alias bomb only explodes later, when the data is walked.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

MAX_BYTES = 512 * 1024
MAX_DEPTH = 32
MAX_NODES = 50_000
TOO_DEEP = f"the document is nested too deeply (limit {MAX_DEPTH} levels)"

Path_ = tuple[str | int, ...]

_Parser: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STANDARD_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:map",
}
_BOOL = {"yes": True, "true": True, "on": True, "no": False, "false": False, "off": False}


class YamlError(Exception):
    """A document that cannot be read; `line` and `column` are 1-based (0 when unknown)."""

    def __init__(self, message: str, line: int = 0, column: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


@dataclass(frozen=True, slots=True)
class Document:
    """Plain data read from YAML, with the 1-based line where each key path starts."""

    data: Any
    lines: dict[Path_, int]

    def line_of(self, path: Path_) -> int:
        """Line of `path`, or of its nearest ancestor that has one."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)


_resolver = yaml.resolver.Resolver()
_constructor = yaml.constructor.SafeConstructor()
# Plain scalars starting with any other character can only be strings.
_MAY_RESOLVE = frozenset(k for k in yaml.resolver.Resolver.yaml_implicit_resolvers if k is not None)


def _where(event: Any) -> tuple[int, int]:
    return event.start_mark.line + 1, event.start_mark.column + 1


def _scalar(event: Any) -> Any:
    """Turn a scalar event into str, int, float, bool or None, as YAML 1.1's safe schema does."""
    value: str = event.value
    tag = event.tag
    if tag in (None, "!"):
        if not event.implicit[0] or (value and value[0] not in _MAY_RESOLVE):
            return value
        tag = _resolver.resolve(yaml.ScalarNode, value, event.implicit)  # type: ignore[no-untyped-call]
        if tag not in _STANDARD_TAGS:  # an implicit date or merge key stays text
            return value
    if tag not in _STANDARD_TAGS:
        raise YamlError(
            f"the tag {event.tag or tag!r} is not allowed (only plain data)", *_where(event)
        )
    if tag == "tag:yaml.org,2002:str":
        return value
    if tag == "tag:yaml.org,2002:null":
        return None
    if tag == "tag:yaml.org,2002:bool":
        return _BOOL[value.lower()]
    node = yaml.ScalarNode(tag, value)
    try:
        if tag == "tag:yaml.org,2002:int":
            return _constructor.construct_yaml_int(node)
        number = _constructor.construct_yaml_float(node)
    except ValueError as exc:
        raise YamlError(f"{value!r} is not a valid number", *_where(event)) from exc
    return number if math.isfinite(number) else value


class _NoKey:
    __slots__ = ()


_NO_KEY: Any = _NoKey()
_SCALAR = yaml.ScalarEvent
_STARTS = (yaml.SequenceStartEvent, yaml.MappingStartEvent)
_ENDS = (yaml.SequenceEndEvent, yaml.MappingEndEvent)


def parse(text: str) -> Document:
    """Build plain data from YAML text; raise YamlError on anything but plain, modest data."""
    loader = _Parser(text)
    try:
        return _build(loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or str(exc)
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        if _is_nesting_error(problem):
            # libyaml (PyYAML >= 6.0.4) may stop a deep document before our own depth check
            # sees it; the user gets the same message whoever stopped it.
            raise YamlError(TOO_DEEP, line, column) from None
        raise YamlError(f"YAML syntax error: {problem}", line, column) from None
    except yaml.YAMLError as exc:
        raise YamlError(f"YAML syntax error: {exc}") from None
    finally:
        loader.dispose()


def _is_nesting_error(problem: str) -> bool:
    """True for libyaml's own nesting-limit error, however a release words it."""
    words = problem.lower()
    return "nesting" in words or "depth" in words


def _build(loader: Any) -> Document:
    lines: dict[Path_, int] = {}
    # Each open collection: [container, its path, pending key (maps) or None (lists)].
    stack: list[list[Any]] = []
    root: Any = None
    documents = 0
    nodes = 0
    get_event = loader.get_event
    while True:
        event = get_event()
        cls = event.__class__
        if cls is _SCALAR:
            if event.anchor:
                raise YamlError("anchors and aliases (& and *) are not allowed", *_where(event))
            value = _scalar(event)
            nodes += 1
        elif cls in _STARTS:
            if event.anchor:
                raise YamlError("anchors and aliases (& and *) are not allowed", *_where(event))
            nodes += 1
            if len(stack) >= MAX_DEPTH:
                raise YamlError(TOO_DEEP, *_where(event))
            if nodes > MAX_NODES:
                raise YamlError(
                    f"the document is too large (limit {MAX_NODES} values)", *_where(event)
                )
            if event.tag not in (None, "!") and event.tag not in _STANDARD_TAGS:
                raise YamlError(
                    f"the tag {event.tag!r} is not allowed (only plain data)", *_where(event)
                )
            value = [] if cls is yaml.SequenceStartEvent else {}
        elif cls in _ENDS:
            stack.pop()
            continue
        elif cls is yaml.AliasEvent:
            raise YamlError("anchors and aliases (& and *) are not allowed", *_where(event))
        elif cls is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise YamlError("the file holds more than one YAML document (---)", *_where(event))
            continue
        elif cls is yaml.StreamEndEvent:
            return Document(root, lines)
        else:
            continue
        # Attach the new value to its parent and note the line of its path.
        if not stack:
            root = value
            child: Path_ = ()
        else:
            top = stack[-1]
            container = top[0]
            if top[2] is None:
                child = (*top[1], len(container))
                container.append(value)
            elif top[2] is _NO_KEY:
                if value.__class__ in (list, dict):
                    raise YamlError(
                        "a key must be a plain word, not a list or mapping", *_where(event)
                    )
                top[2] = value
                continue
            else:
                key = top[2]
                if key in container:
                    raise YamlError(f"the key {key!r} appears twice", *_where(event))
                child = (*top[1], str(key))
                container[key] = value
                top[2] = _NO_KEY
        lines[child] = event.start_mark.line + 1
        if cls is not _SCALAR:
            stack.append([value, child, None if cls is yaml.SequenceStartEvent else _NO_KEY])


def read_text(path: Path, max_bytes: int = MAX_BYTES) -> str:
    """Read a file as UTF-8 text, refusing huge files before reading them."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise YamlError(f"cannot read the file: {exc.strerror or exc}") from None
    if size > max_bytes:
        raise YamlError(
            f"the file is too large ({size // 1024} KiB; the limit is {max_bytes // 1024} KiB)"
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise YamlError(f"cannot read the file: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise YamlError(f"the file is not valid UTF-8 text (byte {exc.start + 1})", line) from None
    return text.removeprefix("\ufeff")


def load_file(path: Path, max_bytes: int = MAX_BYTES) -> Document:
    """Read and parse one YAML file with every guard applied."""
    text = read_text(path, max_bytes)
    if not text.strip():
        raise YamlError("the file is empty", 1)
    doc = parse(text)
    if () not in doc.lines:
        raise YamlError("the file is empty (it holds only comments)", 1)
    return doc
