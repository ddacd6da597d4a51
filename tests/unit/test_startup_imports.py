"""Start-up stays quick: the app's window opens without the PDF and migration libraries."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
import infoshare_desktop.ui.app, infoshare_desktop.ui.main_window, infoshare_desktop.cli
heavy = [name for name in ("alembic", "reportlab.platypus", "reportlab.graphics")
         if name in sys.modules]
print(",".join(heavy))
"""


def test_the_window_and_cli_import_neither_reportlab_layout_nor_alembic() -> None:
    found = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True,
                           check=True, env={"QT_QPA_PLATFORM": "offscreen"})
    assert found.stdout.strip() == ""
