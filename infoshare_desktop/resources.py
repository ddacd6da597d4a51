"""Where the files shipped inside the app are: icons, translations, fonts, migrations.

Every bundled file is found through ``resource_path``, so a source checkout, an
installed wheel and the PyInstaller one-folder app (which unpacks the package's data
files under ``sys._MEIPASS``) all read the same layout. Nothing here is written to:
the user's data lives in the folders ``config`` names.
"""

from __future__ import annotations

import sys
from pathlib import Path

#: The package's import name: bundled files sit inside its folder, as in the wheel.
PACKAGE = "infoshare_desktop"


def package_root() -> Path:
    """The ``infoshare_desktop`` folder: beside this module, or inside a frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None) if getattr(sys, "frozen", False) else None
    if bundle is not None:
        return Path(bundle) / PACKAGE
    return Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """The path of a file (or folder) shipped in the package, e.g.
    ``resource_path("assets", "icons", "infoshare.svg")``.

    ``parts`` are relative to the package folder and may not climb out of it: a
    bundled file is always inside the bundle.
    """
    root = package_root()
    path = root.joinpath(*parts)
    if ".." in parts or not path.resolve().is_relative_to(root.resolve()):
        raise ValueError(f"Not a bundled file: {'/'.join(parts)}")
    return path
