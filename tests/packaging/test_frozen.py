"""The frozen app, built as `make package` builds it, works without Python installed.

Once per session: scripts/package.py builds the one-folder app from
packaging/infoshare.spec into a temporary folder (and, on Linux, the tarball, which
is unpacked and installed with its install.sh into a staging root). The installed
``infoshare`` binary then runs headless against a temporary database.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import pytest
from pypdf import PdfReader

from infoshare_desktop.demo import DEMO_PASSWORD
from infoshare_desktop.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
LINUX = sys.platform.startswith("linux")
VERSION = metadata.version("infoshare-desktop")


@dataclass(frozen=True)
class Frozen:
    program: Path
    #: The bundle's copy of the infoshare_desktop package folder.
    package: Path
    home: Path


def _package(dist: Path, work: Path) -> None:
    command = [sys.executable, str(ROOT / "scripts" / "package.py"),
               "--dist", str(dist), "--work", str(work)]
    if not LINUX:
        command.append("--bundle-only")
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]


@pytest.fixture(scope="session")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Frozen]:
    base = tmp_path_factory.mktemp("package")
    dist, work = base / "dist", base / "build"
    _package(dist, work)
    home = base / "home"
    home.mkdir()
    if not LINUX:
        program = dist / "infoshare" / ("infoshare.exe" if sys.platform == "win32"
                                         else "infoshare")
        yield Frozen(program, dist / "infoshare" / "_internal" / "infoshare_desktop", home)
        return
    (tarball,) = dist.glob(f"infoshare-{VERSION}-linux-*.tar.gz")
    unpacked, staging = base / "unpacked", base / "root"
    with tarfile.open(tarball) as tar:
        tar.extractall(unpacked, filter="tar")
    (folder,) = unpacked.iterdir()
    installed = subprocess.run(["sh", str(folder / "install.sh")], capture_output=True,
                               text=True, env={**os.environ, "DESTDIR": str(staging)})
    assert installed.returncode == 0, installed.stderr
    assert f"InfoShare Desktop {VERSION} is installed" in installed.stdout
    app = staging / "opt" / "infoshare"
    assert (staging / "usr" / "share" / "applications" / "infoshare.desktop").is_file()
    assert (staging / "usr/share/icons/hicolor/256x256/apps/infoshare.png").is_file()
    command = staging / "usr" / "local" / "bin" / "infoshare"
    assert os.readlink(command) == "/opt/infoshare/infoshare"
    yield Frozen(app / "infoshare", app / "_internal" / "infoshare_desktop", home)


def run(frozen: Frozen, *args: str, user: str | None = None) -> subprocess.CompletedProcess[str]:
    """The frozen binary, headless, with its own home (no real user's folders)."""
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(frozen.home),
        "XDG_DATA_HOME": str(frozen.home / "data"),
        "XDG_STATE_HOME": str(frozen.home / "state"),
        "XDG_CONFIG_HOME": str(frozen.home / "config"),
        "XDG_CACHE_HOME": str(frozen.home / "cache"),
        "LOCALAPPDATA": str(frozen.home / "local"),
        "APPDATA": str(frozen.home / "roaming"),
        "SYSTEMROOT": os.environ.get("SYSTEMROOT", ""),
        "QT_QPA_PLATFORM": "offscreen",
        "TZ": "Europe/London",
        "INFOSHARE_PASSWORD": DEMO_PASSWORD,
    }
    if user:
        env["INFOSHARE_USER"] = user
    return subprocess.run([str(frozen.program), *args], capture_output=True, text=True,
                          env=env, timeout=120, cwd=frozen.home)


def test_version_is_the_package_version(frozen: Frozen) -> None:
    done = run(frozen, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"infoshare {VERSION}"


def test_demo_report_and_audit_verify_on_a_new_database(frozen: Frozen, tmp_path: Path) -> None:
    db = tmp_path / "frozen.db"
    # A new database: the migrations run from the files inside the bundle.
    demo = run(frozen, "demo", "--db", str(db), "--records", "6", "--seed", "8")
    assert demo.returncode == 0, demo.stderr
    assert "Added 6 fictional records" in demo.stdout
    assert db.is_file()

    pdf = tmp_path / "guardian.pdf"
    report = run(frozen, "report", "guardian", "--db", str(db), "--from", "2000-01-01",
                 "--to", "2099-12-31", "-o", str(pdf), user="guardian1")
    assert report.returncode == 0, report.stderr
    assert "Wrote the Caldicott Guardian report" in report.stdout
    reader = PdfReader(pdf)
    pages = [page.extract_text() for page in reader.pages]
    assert "Caldicott Guardian report" in pages[0]
    for number, text in enumerate(pages, start=1):
        assert f"InfoShare {VERSION}" in text
        assert f"Page {number} of {len(pages)}" in text
    assert reader.metadata is not None
    assert reader.metadata.creator == f"InfoShare Desktop {VERSION}"

    verify = run(frozen, "audit", "verify", "--db", str(db), user="guardian1")
    assert verify.returncode == 0, verify.stderr
    assert verify.stdout.startswith("OK: ")


def test_the_bundle_holds_every_resource(frozen: Frozen) -> None:
    """Every file resource_path can find in the source is in the bundle (translations
    compiled), with the package metadata that app_version() and About read."""
    source = resource_path()
    wanted = {
        path.relative_to(source).with_suffix(".qm" if path.suffix == ".ts" else path.suffix)
        for folder in ("assets", "reports/fonts", "ui/assets", "storage/migrations")
        for path in (source / folder).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    shipped = {path.relative_to(frozen.package) for path in frozen.package.rglob("*")
               if path.is_file()}
    assert wanted - shipped == set()
    internal = frozen.package.parent
    assert (internal / f"infoshare_desktop-{VERSION}.dist-info" / "METADATA").is_file()
    assert list(internal.glob("sqlcipher3-*.dist-info/licenses/LICENSE"))
