"""The guarded YAML reader: plain data with lines, and cheap refusal of hostile input."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from rehab_app.core.yamlsafe import MAX_BYTES, YamlError, load_file, parse


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


@pytest.mark.parametrize("text", ["[" * 100_000 + "]" * 100_000, "- " * 100_000 + "x", "a:\n" * 1])
def test_deep_nesting_refused_fast(text: str) -> None:
    start = time.perf_counter()
    if text == "a:\n":
        assert parse(text).data == {"a": None}
        return
    with pytest.raises(YamlError, match="nested too deeply"):
        parse(text)
    assert time.perf_counter() - start < 0.5


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
