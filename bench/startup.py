"""Start-up and memory: a fresh process until the main window shows the list's first page.

The clock starts in the parent just before the child process is started and
stops at the wall-clock time the child prints once the window is up, so Python's
own start, every import, opening the database, the sign-in (a real argon2 check,
through the service, as guardian1 who sees every record) and the first page of
the list are all inside it. Peak RSS is read in the same child at that moment, as
``VmHWM`` (``ru_maxrss`` is carried over from the parent through fork and exec, so in
a large parent it reports the parent's size).
The floor is a bare script showing a bare PySide6 window, measured the same way.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bench.databases import ROOT

APP = """
import json, sys, time
from pathlib import Path
from infoshare_desktop.ui import app as ui_app
from infoshare_desktop.ui.dialogs import sign_in
from infoshare_desktop.services import accounts

application = ui_app.create_application([sys.argv[0]])
db = ui_app.open_database(Path(sys.argv[1]))
# Sign in through the service (argon2 and all), as the login dialog would.
sign_in.ask_login = lambda db, parent=None: accounts.authenticate(db, "guardian1", sys.argv[2])
session = ui_app.Session(db)
assert session.start()
window = session.window
application.processEvents()
model = window.decisions.table.model()
rows = model.rowCount()
first = [model.data(model.index(0, c)) for c in range(model.columnCount())] if rows else []
shown = time.time()
status = open('/proc/self/status').read().splitlines()
rss = next(int(line.split()[1]) for line in status if line.startswith('VmHWM:')) / 1024
print(json.dumps({"shown": shown, "rows": rows, "rss_mb": rss}), flush=True)
"""

BARE = """
import json, sys, time
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([sys.argv[0]])
w = QWidget(); w.resize(1280, 800); w.show(); app.processEvents()
shown = time.time()
status = open('/proc/self/status').read().splitlines()
rss = next(int(line.split()[1]) for line in status if line.startswith('VmHWM:')) / 1024
print(json.dumps({"shown": shown, "rows": 0, "rss_mb": rss}), flush=True)
"""


@dataclass(frozen=True)
class Start:
    seconds: float
    rows: int
    rss_mb: float


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT)
    return env


def start_once(script: str, *args: str) -> Start:
    """One fresh process: seconds from just before it starts to its window shown."""
    began = time.time()
    out = subprocess.run([sys.executable, "-c", script, *args], check=True,
                         capture_output=True, text=True, env=child_env(), cwd=ROOT)
    report = json.loads(out.stdout.strip().splitlines()[-1])
    return Start(report["shown"] - began, report["rows"], report["rss_mb"])


@dataclass(frozen=True)
class Startups:
    app: list[Start]
    bare: list[Start]

    @property
    def median_s(self) -> float:
        return statistics.median(s.seconds for s in self.app)

    @property
    def floor_s(self) -> float:
        return statistics.median(s.seconds for s in self.bare)

    @property
    def rss_mb(self) -> float:
        return max(s.rss_mb for s in self.app)

    @property
    def floor_rss_mb(self) -> float:
        return max(s.rss_mb for s in self.bare)


def measure(path: Path, repeats: int, password: str) -> Startups:
    """``repeats`` app start-ups on ``path`` and as many bare windows, taking turns."""
    app: list[Start] = []
    bare: list[Start] = []
    if repeats > 1:  # the first start of each pays for cold disk caches: not counted
        start_once(BARE)
        start_once(APP, str(path), password)
    for _ in range(repeats):
        bare.append(start_once(BARE))
        app.append(start_once(APP, str(path), password))
        if app[-1].rows == 0:
            raise RuntimeError("the main window opened with an empty list")
    return Startups(app, bare)
