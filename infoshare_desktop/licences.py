"""The components shipped inside InfoShare, with their versions and licences, for the
About dialog.

Python packages are read from their installed metadata (the frozen app carries it),
so the list stays true as dependencies change: each package InfoShare requires, and
what those require in turn. Components that are not Python packages (Qt, SQLCipher,
OpenSSL, Python itself and the report fonts) are added by hand, with licence texts
shipped in ``assets/licences`` or beside the fonts.
"""

from __future__ import annotations

import platform
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import metadata

from infoshare_desktop.resources import resource_path
from infoshare_desktop.version import DISTRIBUTION

#: Licences that a package's metadata does not state in a short form.
_KNOWN_LICENCES = {"sqlcipher3": "Zlib"}
#: Files in a .dist-info folder that hold licence texts.
_LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)
#: A requirement's name: letters, digits, ".", "_" and "-" up to the first other character.
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


@dataclass(frozen=True)
class Component:
    """One bundled component: its name, version, licence and a way to read the texts."""

    name: str
    version: str
    licence: str
    #: Each returns one licence text; read only when someone asks to see it.
    texts: Sequence[Callable[[], str]] = field(default=(), compare=False, repr=False)

    def licence_text(self) -> str:
        """Every licence text of the component, one after another ("" if none shipped)."""
        parts = []
        for read in self.texts:
            try:
                parts.append(read().strip())
            except OSError:
                continue
        return ("\n\n" + "-" * 72 + "\n\n").join(parts)


def _file_reader(*parts: str) -> Callable[[], str]:
    path = resource_path(*parts)
    return lambda: path.read_text(encoding="utf-8", errors="replace")


def _requirement_names(distribution: metadata.Distribution) -> list[str]:
    """The distributions ``distribution`` needs at run time (extras left out)."""
    names = []
    for requirement in distribution.requires or []:
        if "extra ==" in requirement.replace("extra==", "extra =="):
            continue
        match = _NAME.match(requirement)
        if match:
            names.append(match.group(1))
    return names


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _licence_name(distribution: metadata.Distribution) -> str:
    meta = distribution.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    known = _KNOWN_LICENCES.get(_normalise(meta["Name"]))
    if known:
        return known
    stated = (meta.get("License") or "").strip()
    if stated and "\n" not in stated and len(stated) <= 60:
        return stated
    for classifier in meta.get_all("Classifier") or []:
        if classifier.startswith("License ::"):
            return classifier.rsplit("::", 1)[-1].strip()
    return "see licence text"


def _lgpl_texts() -> list[Callable[[], str]]:
    """The LGPL v3 and the GPL v3 it builds on: Qt's and PySide's licence."""
    return [_file_reader("assets", "licences", "LGPL-3.0.txt"),
            _file_reader("assets", "licences", "GPL-3.0.txt")]


def _licence_texts(
    distribution: metadata.Distribution, licence: str
) -> list[Callable[[], str]]:
    texts: list[Callable[[], str]] = [
        file.read_text
        for file in distribution.files or []
        if ".dist-info" in str(file) and _LICENCE_FILE.search(file.name)
    ]
    if not texts and "LGPL-3.0" in licence:
        texts = _lgpl_texts()  # PySide6's wheels ship no licence file of their own
    return texts


def python_packages() -> list[Component]:
    """InfoShare's run-time dependencies, and theirs, as installed (sorted by name)."""
    try:
        queue = _requirement_names(metadata.distribution(DISTRIBUTION))
    except metadata.PackageNotFoundError:
        return []
    found: dict[str, Component] = {}
    while queue:
        name = queue.pop()
        key = _normalise(name)
        if key in found:
            continue
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a dependency for another platform or Python version
        licence = _licence_name(distribution)
        found[key] = Component(distribution.metadata["Name"], distribution.version, licence,
                               _licence_texts(distribution, licence))
        queue.extend(_requirement_names(distribution))
    return sorted(found.values(), key=lambda component: component.name.lower())


def _qt_version() -> str:
    from PySide6.QtCore import qVersion

    return qVersion()


def _sqlcipher_version() -> str:
    """SQLCipher's own version, asked of an in-memory database (nothing is written)."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        return ""
    connection = dbapi2.connect(":memory:")
    try:
        row = connection.execute("PRAGMA cipher_version").fetchone()
    except dbapi2.Error:
        row = None
    finally:
        connection.close()
    return str(row[0]).split(" ")[0] if row else ""


def _openssl_version() -> str:
    try:
        from cryptography.hazmat.backends.openssl import backend
    except ImportError:
        return ""
    return backend.openssl_version_text().removeprefix("OpenSSL ").split(" ")[0]


def _font_version() -> str:
    """The report font's revision, from the font file itself (e.g. "2.37")."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    try:
        major, fraction = TTFontFile(str(resource_path("reports", "fonts", "DejaVuSans.ttf")),
                                     validate=0).fontRevision
    except (OSError, ValueError, TypeError):
        return ""
    return f"{major}.{round(fraction / 65536 * 100):02d}"


def other_components() -> list[Component]:
    """What ships inside the app but is not a Python package."""
    return [
        Component("Qt", _qt_version(), "LGPL-3.0-only", _lgpl_texts()),
        Component("SQLCipher", _sqlcipher_version(), "BSD-3-Clause",
                  [_file_reader("assets", "licences", "SQLCipher.txt")]),
        Component("OpenSSL (in cryptography)", _openssl_version(), "Apache-2.0",
                  [_file_reader("assets", "licences", "Apache-2.0.txt")]),
        Component("Python", platform.python_version(), "PSF-2.0",
                  [_file_reader("assets", "licences", "Python.txt")]),
        Component("DejaVu Sans fonts", _font_version(), "Bitstream Vera and public domain",
                  [_file_reader("reports", "fonts", "LICENSE")]),
    ]


def bundled_components() -> list[Component]:
    """Everything the About dialog lists: the app's own parts first, then packages."""
    return other_components() + python_packages()
