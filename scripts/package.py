"""Build InfoShare for this operating system into dist/ (what `make package` runs).

1. PyInstaller builds the one-folder app dist/infoshare/ from packaging/infoshare.spec.
2. On Linux: dist/infoshare-VERSION-linux-ARCH.tar.gz holds that folder with the desktop
   entry, icons, install.sh and uninstall.sh (packaging/linux/).
   On Windows: Inno Setup's compiler (ISCC.exe, on PATH or in its usual folder) makes
   dist/InfoShare-VERSION-setup.exe from packaging/windows/infoshare.iss.

Run with the Python that has InfoShare installed (`pip install -e '.[test]'`): the
version comes from that installation's metadata.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "infoshare.spec"
LINUX = ROOT / "packaging" / "linux"
WINDOWS_SCRIPT = ROOT / "packaging" / "windows" / "infoshare.iss"
ICONS = ROOT / "infoshare_desktop" / "assets" / "icons"


def version() -> str:
    from infoshare_desktop.version import app_version

    return app_version()


def build_bundle(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; returns the app folder (``dist/infoshare``)."""
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
        check=True, cwd=ROOT,
    )
    return dist / "infoshare"


def _tar_filter(info: tarfile.TarInfo) -> tarfile.TarInfo:
    """Files owned by root and readable by all, whoever built the tarball."""
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    info.mode = (info.mode | 0o444 | (0o111 if info.mode & 0o100 else 0)) & ~0o022
    return info


def linux_tarball(bundle: Path, dist: Path, compresslevel: int = 6) -> Path:
    """The app folder with its desktop entry, icons and install scripts, as a tarball."""
    name = f"infoshare-{version()}-linux-{platform.machine()}"
    target = dist / f"{name}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=compresslevel) as tar:
        tar.add(bundle, f"{name}/infoshare", filter=_tar_filter)
        for script in ("install.sh", "uninstall.sh"):
            tar.add(LINUX / script, f"{name}/{script}", filter=_tar_filter)
        tar.add(LINUX / "infoshare.desktop", f"{name}/infoshare.desktop", filter=_tar_filter)
        for icon in [*sorted(ICONS.glob("infoshare-*.png")), ICONS / "infoshare.svg"]:
            tar.add(icon, f"{name}/icons/{icon.name}", filter=_tar_filter)
        stamp = (version() + "\n").encode()
        info = _tar_filter(tarfile.TarInfo(f"{name}/VERSION"))
        info.size, info.mode, info.mtime = len(stamp), 0o644, int(time.time())
        tar.addfile(info, io.BytesIO(stamp))
    return target


def _iscc() -> str | None:
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        candidate = Path(base or "") / "Inno Setup 6" / "ISCC.exe"
        if base and candidate.is_file():
            return str(candidate)
    return None


def windows_installer(bundle: Path, dist: Path) -> Path | None:
    """InfoShare-VERSION-setup.exe, or None (with a message) without Inno Setup."""
    iscc = _iscc()
    if iscc is None:
        print("Inno Setup 6 is not installed: the app folder is built, the installer is not. "
              "Install Inno Setup 6 and run this again.", file=sys.stderr)
        return None
    subprocess.run([iscc, f"/DAppVersion={version()}", f"/DSourceDir={bundle}",
                    f"/O{dist}", str(WINDOWS_SCRIPT)], check=True)
    return dist / f"InfoShare-{version()}-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the app folder and the installer go (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work folder (default: build/pyinstaller)")
    parser.add_argument("--bundle-only", action="store_true",
                        help="build the app folder only, not the tarball or installer")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    bundle = build_bundle(dist, work)
    print(f"Built {bundle}")
    if args.bundle_only:
        return 0
    if sys.platform.startswith("linux"):
        print(f"Built {linux_tarball(bundle, dist)}")
    elif sys.platform == "win32":
        installer = windows_installer(bundle, dist)
        if installer is not None:
            print(f"Built {installer}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
