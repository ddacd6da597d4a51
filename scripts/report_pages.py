"""Write the decision record and supervision reports from a demo database, and render
each one's first page to PNG for the README (docs/reports/*.png).

Usage: python scripts/report_pages.py [OUTPUT_FOLDER]   (default: docs/reports)

Builds a fresh demo database in a temporary folder (fictional people only), prints
the reports as the demo manager, and runs ``pdftoppm -png -r 80 -f 1 -l 1`` (poppler).
The PDFs are kept beside the PNGs only while the script runs.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from infoshare_desktop import demo  # noqa: E402
from infoshare_desktop.services import accounts, records, reporting  # noqa: E402
from infoshare_desktop.storage.database import Database  # noqa: E402

#: A fixed "now", so the pages look the same each time the script runs.
NOW = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)


def _png(pdf: Path, png: Path) -> None:
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm (poppler-utils) is needed to render the pages.")
    stem = png.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(stem)], check=True)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        db = Database.open(work / "demo.db")
        try:
            demo.create_demo_data(db, 80, now=NOW)
            manager = accounts.authenticate(db, "manager1", demo.DEMO_PASSWORD)
            practitioner = accounts.authenticate(db, "practitioner1", demo.DEMO_PASSWORD)
            mine = [s for s in records.list_records(db, manager, author_id=practitioner.id)
                    if s.decided_at is not None]
            # The record with the longest history shows the most of the report.
            richest = max(mine, key=lambda s: (
                len(records.record_history(db, manager, s.id).versions), s.reference))
            reporting.write_record_report(db, manager, richest.reference,
                                          work / "record.pdf", now=NOW)
            days = sorted(reporting.today_uk(s.decided_at) for s in mine)  # type: ignore[arg-type]
            reporting.write_supervision_report(db, manager, "practitioner1", days[0],
                                               days[-1], work / "supervision.pdf", now=NOW)
        finally:
            db.close()
        for name in ("record", "supervision"):
            _png(work / f"{name}.pdf", out / f"{name}.png")
            print(f"Wrote {out / f'{name}.png'}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "reports")
