"""One function finds every bundled file; one version number, from the metadata."""

from __future__ import annotations

import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from infoshare_desktop import resources
from infoshare_desktop.reports.layout import FONT_FOLDER
from infoshare_desktop.resources import resource_path
from infoshare_desktop.storage.migrate import MIGRATIONS_DIR
from infoshare_desktop.ui.icons import ICON_SIZES, icon_file
from infoshare_desktop.ui.translations import TRANSLATIONS_DIR
from infoshare_desktop.version import app_version

ROOT = Path(__file__).resolve().parents[2]

#: One file of every kind the app ships, as resource_path is asked for it.
EVERY_KIND = [
    ("assets", "icons", "infoshare.svg"),
    ("assets", "icons", "infoshare.ico"),
    ("assets", "icons", "infoshare-256.png"),
    ("assets", "translations", "infoshare_cy.ts"),
    ("assets", "licences", "LGPL-3.0.txt"),
    ("assets", "licences", "SQLCipher.txt"),
    ("reports", "fonts", "DejaVuSans.ttf"),
    ("reports", "fonts", "LICENSE"),
    ("ui", "assets", "chevron-down.svg"),
    ("storage", "migrations", "env.py"),
    ("storage", "migrations", "script.py.mako"),
    ("storage", "migrations", "versions", "0001_first_schema.py"),
]


@pytest.mark.parametrize("parts", EVERY_KIND, ids="/".join)
def test_resource_path_finds_every_kind_of_bundled_file(parts: tuple[str, ...]) -> None:
    path = resource_path(*parts)
    assert path.is_file(), path
    assert path.is_relative_to(ROOT / "infoshare_desktop")


def test_the_modules_find_their_files_through_resource_path() -> None:
    assert resource_path("assets", "translations") == TRANSLATIONS_DIR
    assert resource_path("reports", "fonts") == FONT_FOLDER
    assert resource_path("storage", "migrations") == MIGRATIONS_DIR
    assert all(icon_file(size).is_file() for size in ICON_SIZES)


def test_no_module_finds_a_bundled_file_beside_itself() -> None:
    """Paths built from __file__ break in a frozen app: resource_path is the one way."""
    offenders = [
        str(path.relative_to(ROOT)) for path in (ROOT / "infoshare_desktop").rglob("*.py")
        if "__file__" in path.read_text(encoding="utf-8") and path.name != "resources.py"
    ]
    assert offenders == []


def test_resource_path_reads_from_a_frozen_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("reports", "fonts") == tmp_path / "infoshare_desktop" / "reports" / "fonts"


def test_resource_path_refuses_a_path_outside_the_package() -> None:
    with pytest.raises(ValueError):
        resource_path("..", "pyproject.toml")
    with pytest.raises(ValueError):
        resource_path("assets/../../pyproject.toml")
    assert resources.package_root() == ROOT / "infoshare_desktop"


def test_app_version_is_the_package_metadata_version() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert app_version() == metadata.version("infoshare-desktop")
    assert app_version() == pyproject["project"]["version"]


def test_wheel_package_data_covers_every_resource_folder() -> None:
    """What setuptools puts in the wheel includes each folder resource_path reads."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["infoshare_desktop"]
    package = ROOT / "infoshare_desktop"
    for parts in EVERY_KIND:
        relative = Path(*parts)
        if relative.suffix == ".py":
            continue  # the migrations are Python packages, installed as code
        assert any(relative.match(pattern) for pattern in patterns), relative
        assert (package / relative).is_file()
