"""The guarded YAML reader: plain data with lines, and cheap refusal of hostile input."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from rehab_app.core.content.yamlsafe import MAX_BYTES, YamlError, load_file, parse


def test_plain_data_and_lines() -> None:
    doc = parse("a: 1\nb:\n  - x: yes\n    y: 2.5\n  - hello\nc: null\n")
    assert doc.data == {"a": 1, "b": [{"x": True, "y": 2.5}, "hello"], "c": None}
    assert doc.line_of(("b", 0, "y")) == 4
    assert doc.line_of(("b", 1)) == 5
    assert doc.line_of(("c", "missing")) == 6


def test_dates_stay_text() -> None:
    assert parse("d: 2024-01-31\n").data == {"d": "2024-01-31"}


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("a: !!python/object/apply:os.system ['echo hi']\n", "not allowed", 1),
        ("a: !!python/name:os.getpid\n", "not allowed", 1),
        ("x: 1\na: &anchor [1]\nb: *anchor\n", "anchors and aliases", 2),
        ("a: 1\na: 2\n", "appears twice", 2),
        ("a: [1, 2\nb: 3\n", "YAML syntax error", 2),
        ("---\na: 1\n---\nb: 2\n", "more than one YAML document", 3),
        ("? [a, b]\n: 1\n", "plain word", 1),
    ],
)
def test_refused(text: str, message: str, line: int) -> None:
    with pytest.raises(YamlError) as err:
        parse(text)
    assert message in err.value.message
    assert err.value.line == line


def test_syntax_error_has_column() -> None:
    with pytest.raises(YamlError) as err:
        parse("a: b: c\n")
    assert (err.value.line, err.value.column) == (1, 5)


def test_billion_laughs_refused_fast() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(1, 10):
        prev = chr(ord("a") + n - 1)
        cur = chr(ord("a") + n)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    start = time.perf_counter()
    with pytest.raises(YamlError, match="aliases"):
        parse("\n".join(lines))
    assert time.perf_counter() - start < 0.5


DEEP_DOCUMENTS = {
    # Deep enough that libyaml (PyYAML >= 6.0.4) stops it before the app's own check sees it.
    "libyaml's limit": "[" * 100_000 + "]" * 100_000,
    "block lists": "- " * 100_000 + "x",
    # Past the app's limit (32) but far below libyaml's (1000): the app's own check stops it.
    "app's limit": "[" * 40 + "]" * 40,
    "nested mappings": "a:\n" + "".join("  " * i + f"b{i}:\n" for i in range(1, 40)),
}


@pytest.mark.parametrize("text", DEEP_DOCUMENTS.values(), ids=DEEP_DOCUMENTS.keys())
def test_deep_nesting_refused_fast_with_the_apps_message(text: str) -> None:
    start = time.perf_counter()
    with pytest.raises(YamlError) as err:
        parse(text)
    assert time.perf_counter() - start < 0.5
    assert err.value.message == "the document is nested too deeply (limit 32 levels)"
    assert err.value.line >= 1


def test_nesting_at_the_limit_is_read() -> None:
    assert parse("[" * 32 + "]" * 32).data is not None
    assert parse("a:\n").data == {"a": None}


def test_deep_file_reported_with_file_and_line(tmp_path: Path) -> None:
    from rehab_app.core.content.loader import check_files
    from rehab_app.core.paths import AppPaths

    path = tmp_path / "deep.yaml"
    path.write_text("id: deep\nsteps: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    problems = check_files([path], AppPaths.create(tmp_path / "data"))
    assert [str(p) for p in problems] == [
        f"{path}:2: the document is nested too deeply (limit 32 levels)"
    ]


def test_huge_file_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    start = time.perf_counter()
    with pytest.raises(YamlError, match="too large"):
        load_file(path)
    assert time.perf_counter() - start < 0.5
    assert MAX_BYTES < 50 * 1024 * 1024


def test_invalid_utf8_names_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_bytes(b"a: 1\nb: caf\xe9\n")
    with pytest.raises(YamlError, match="not valid UTF-8") as err:
        load_file(path)
    assert err.value.line == 2


@pytest.mark.parametrize("content", [b"", b"   \n\n# only a comment\n"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.yaml"
    path.write_bytes(content)
    with pytest.raises(YamlError, match="empty"):
        load_file(path)


def test_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes("\ufeffa: 1\n".encode())
    assert load_file(path).data == {"a": 1}
