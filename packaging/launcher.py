"""The frozen app's entry point: the same ``main()`` as the ``infoshare`` command."""

import os
import sys

from infoshare_desktop.cli import main

if __name__ == "__main__":
    # Windows' windowed program (infoshare-desktop.exe) has no console: give Python
    # somewhere to write, so a message meant for a terminal cannot crash the app.
    for stream in ("stdout", "stderr"):
        if getattr(sys, stream) is None:
            setattr(sys, stream, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    sys.exit(main())
