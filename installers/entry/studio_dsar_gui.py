"""Frozen entry point of the window (``studio-dsar-gui``; the app bundle's main program)."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # helper processes of a frozen build start through here
    from studio_dsar.gui.app import main

    sys.exit(main())
