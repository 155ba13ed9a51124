"""PyInstaller entry point: the same `checkin` command as the installed package."""

import sys

from checkin.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
