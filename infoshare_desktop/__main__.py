"""``python -m infoshare_desktop`` does what the ``infoshare`` command does."""

import sys

from infoshare_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
