"""Frozen entry point of the command-line program (``studio-dsar``).

With no arguments it opens the window, like the installed console script.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # helper processes of a frozen build start through here
    from studio_dsar.cli import main

    sys.exit(main())
