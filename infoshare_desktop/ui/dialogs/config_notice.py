"""Tell whoever opens the app that IT's machine-wide configuration file has mistakes.

The app still starts: each mistaken line is ignored and the rest of the file applies.
The message names the file, the key and what to do, for the person to pass on to IT.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from infoshare_desktop.services import settings as settings_service
from infoshare_desktop.ui import dialogs


def config_problems_text() -> str:
    """The problems as one message, or "" when the file (if any) is fine."""
    problems = settings_service.machine_config_problems()
    if not problems:
        return ""
    translate = QCoreApplication.translate
    lines = [translate(
        "ConfigNotice",
        "InfoShare's configuration file, set up by your IT department, has mistakes. "
        "InfoShare works, but ignores the lines below. Please pass this message on to "
        "your IT service desk:")]
    lines += [f"• {problem.render(translate)}" for problem in problems]
    return "\n\n".join(lines)


def show_config_problems(parent: QWidget | None = None) -> bool:
    """Show the configuration's mistakes, if any; True when a message was shown."""
    text = config_problems_text()
    if not text:
        return False
    dialogs.show_error(parent, QCoreApplication.translate(
        "ConfigNotice", "The IT configuration has mistakes"), text)
    return True
