"""Render the first page of the Caldicott Guardian report and of a subject access pack
from a fresh demo database, as docs/reports/guardian.png and docs/reports/subject.png.

    .venv/bin/python scripts/oversight_pages.py [RECORDS]

Needs ``pdftoppm`` (poppler-utils). Signs in as the demo Guardian ``guardian1``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections import Counter
from datetime import timedelta
from pathlib import Path

from infoshare_desktop import demo
from infoshare_desktop.domain.vocab import PersonRole
from infoshare_desktop.services import accounts, records, reporting
from infoshare_desktop.storage.database import Database

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "reports"


def first_page(pdf: Path, png: Path) -> None:
    stem = png.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(stem)], check=True)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "demo.db")
        try:
            demo.create_demo_data(db, count)
            guardian = accounts.authenticate(db, "guardian1", demo.DEMO_PASSWORD)
            pairs = list(records.readable_records(db, guardian))
            dates = [r.decided_at.date() for _, r in pairs if r.decided_at]
            until = max(dates)
            since = until - timedelta(days=120)
            pdf = Path(folder) / "guardian.pdf"
            pages = reporting.write_guardian_report(db, guardian, since, until, pdf)
            first_page(pdf, OUT / "guardian.png")
            print(f"guardian: {pages} pages, {since} to {until}")
            with_third = Counter(
                r.case_reference for _, r in pairs
                if any(p.role is PersonRole.THIRD_PARTY for p in r.people))
            case = (with_third or Counter(r.case_reference for _, r in pairs)).most_common(1)[0][0]
            pdf = Path(folder) / "subject.pdf"
            pages = reporting.write_subject_pack(db, guardian, case, pdf, True)
            first_page(pdf, OUT / "subject.png")
            print(f"subject: {pages} pages, case {case}")
        finally:
            db.close()


if __name__ == "__main__":
    main()
