"""The one version number: the installed package's, shown in About, by
``infoshare --version`` and in report footers.

It is read from the package metadata (``pyproject.toml`` is its only source), which
the frozen app carries too: the PyInstaller spec copies the ``.dist-info`` folder.
"""

from __future__ import annotations

from functools import cache
from importlib import metadata

#: The distribution name in ``pyproject.toml``.
DISTRIBUTION = "infoshare-desktop"


@cache
def app_version() -> str:
    """"0.1.0", or "unknown" when run from a tree that was never installed."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "unknown"
