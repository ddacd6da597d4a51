"""Every link a reader follows resolves: Markdown links in the README and docs/, and
the documents the code, tests and Makefile name (``docs/….md``).

A link to a file that was moved or never written sends IT staff and developers
nowhere; this keeps them honest as files move.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: ``[text](target)`` and ``![alt](target)``; the target ends at a space or ")".
MARKDOWN_LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
#: A document named in code or the Makefile: docs/something.md.
DOC_PATH = re.compile(r"\bdocs/[A-Za-z0-9_./-]+\.md\b")


def _markdown_files() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]


def _named_in(path: Path) -> list[str]:
    return DOC_PATH.findall(path.read_text(encoding="utf-8"))


def _sources() -> list[Path]:
    found = [ROOT / "Makefile", *sorted((ROOT / "scripts").glob("*"))]
    for folder in ("infoshare_desktop", "tests", "bench"):
        found += sorted((ROOT / folder).rglob("*.py"))
    # This file's own examples of broken names are not references.
    return [p for p in found if p.is_file() and p != Path(__file__).resolve()]


@pytest.mark.parametrize("document", _markdown_files(), ids=lambda p: p.name)
def test_every_relative_link_in_the_documents_resolves(document: Path) -> None:
    broken = []
    for target in MARKDOWN_LINK.findall(document.read_text(encoding="utf-8")):
        if re.match(r"^[a-z]+:", target) or target.startswith("#"):
            continue  # a web address, or a heading on the same page
        relative = target.split("#", 1)[0]
        if not (document.parent / relative).exists():
            broken.append(target)
    assert broken == [], f"{document.relative_to(ROOT)} links to missing files: {broken}"


def test_every_document_named_in_the_code_exists() -> None:
    missing = sorted({
        f"{path.relative_to(ROOT)}: {named}"
        for path in _sources() for named in _named_in(path)
        if not (ROOT / named).is_file()
    })
    assert missing == []


def test_the_check_itself_finds_a_broken_link(tmp_path: Path) -> None:
    """The patterns find what they must (so the tests above cannot pass vacuously)."""
    text = "See [the guide](docs/missing.md#part) and ![a picture](pic.png) and docs/x.md."
    assert MARKDOWN_LINK.findall(text) == ["docs/missing.md#part", "pic.png"]
    assert DOC_PATH.findall(text) == ["docs/missing.md", "docs/x.md"]
    assert [p for p in _markdown_files() if p.name == "README.md"]
    assert any(_named_in(p) for p in _sources()), "some code names a document"
