"""Where the shipped files are found: a checkout, or an installed wheel's share folder."""

from __future__ import annotations

from pathlib import Path

from rehab_app.core.paths import project_root, shipped_root


def test_checkout_holds_the_shipped_files() -> None:
    root = project_root()
    assert (root / "exercises").is_dir()
    assert (root / "assets" / "icons").is_dir()


def test_installed_wheel_keeps_them_under_share(tmp_path: Path) -> None:
    site = tmp_path / "venv" / "lib" / "site-packages"
    site.mkdir(parents=True)
    prefix = tmp_path / "venv"
    # No exercises anywhere yet: the checkout path is returned (the loader then says so).
    assert shipped_root(site, prefix) == site
    installed = prefix / "share" / "rehab-app"
    (installed / "exercises").mkdir(parents=True)
    assert shipped_root(site, prefix) == installed
    # A checkout with its own exercises always wins (editable installs, `make run`).
    (site / "exercises").mkdir()
    assert shipped_root(site, prefix) == site


def test_wheel_data_files_cover_every_shipped_file() -> None:
    import tomllib

    root = project_root()
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = [p for globs in config["tool"]["setuptools"]["data-files"].values() for p in globs]
    covered = {path for pattern in patterns for path in root.glob(pattern)}
    shipped = {
        path
        for folder in ("exercises", "assets")
        for path in (root / folder).rglob("*")
        if path.is_file()
    }
    assert sorted(p.relative_to(root) for p in shipped - covered) == []


def test_paths_are_an_immutable_value(tmp_path: Path) -> None:
    import pytest

    from rehab_app.core.paths import AppPaths

    paths = AppPaths(tmp_path / "data", tmp_path)
    assert paths == AppPaths(tmp_path / "data", tmp_path)
    assert paths != AppPaths(tmp_path / "other", tmp_path)
    assert len({paths, AppPaths(tmp_path / "data", tmp_path)}) == 1
    assert "data" in repr(paths)
    with pytest.raises(AttributeError):
        paths.root = tmp_path / "elsewhere"  # type: ignore[misc]
    assert paths.settings_file == tmp_path / "data" / "settings.json"
