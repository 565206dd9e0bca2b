"""Command-line interface: every capability of the window is scriptable from here.

``studio-dsar`` with no arguments opens the window. Each command group is one module of
this package with a ``register(subparsers)`` function; those modules keep heavy imports (OpenCV, PyMuPDF, ...) inside the command functions so that
``studio-dsar --help`` stays fast.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys

from studio_dsar import __version__
from studio_dsar.core.errors import DsarError
from studio_dsar.core.i18n import _, init_language
from studio_dsar.cli import about, backup, daily, idcheck, intake, letters, redact, register

# Modules that contribute sub-commands, each with register(subparsers). They keep heavy
# imports inside their command functions, so building the parser stays cheap.
_COMMAND_MODULES = (register, daily, idcheck, intake, redact, letters, backup, about)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="studio-dsar",
        description=_("GDPR data-subject requests for your studio, entirely on this computer."),
    )
    parser.add_argument("--version", action="version", version=f"studio-dsar {__version__}")
    parser.add_argument("--lang", choices=["nl", "en"], help=_("language of messages"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help=_("open the window (the default)"))
    gui.set_defaults(func=_run_gui)
    for module in _COMMAND_MODULES:
        module.register(sub)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from studio_dsar.gui.app import main as gui_main

    return gui_main([])


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # Pick the language before building the parser so --help is translated too.
    # Only a --lang before the sub-command is ours; `letter ... --lang en` is the letter's.
    lang = None
    for i, arg in enumerate(argv):
        if arg == "--lang":
            lang = argv[i + 1] if i + 1 < len(argv) else None
            break
        if arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
            break
        if not arg.startswith("-"):
            break
    init_language(lang or _stored_language())
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        return _run_gui(args)
    from studio_dsar.core import faults
    from studio_dsar.core.store import db as store_db

    store_db.WARNING_SINK = lambda text: print(f"studio-dsar: {text}", file=sys.stderr)
    _setup_logging()
    try:
        _startup_cleanup()
        return int(args.func(args) or 0)
    except DsarError as exc:
        print(f"studio-dsar: {exc}", file=sys.stderr)
        return exc.exit_code
    except (OSError, sqlite3.Error) as exc:  # disk full, read-only, permission denied, ...
        typed = faults.translate(exc)
        if typed is None:
            raise
        print(f"studio-dsar: {typed}", file=sys.stderr)
        return typed.exit_code
    except KeyboardInterrupt:
        return 130


def _startup_cleanup() -> None:
    """Wipe what an interrupted ID check left and copies past their end date; say so."""
    from studio_dsar.core import paths

    if not paths.db_path().exists():
        return
    from studio_dsar.core.studio import Studio

    with Studio.open() as studio:
        message = studio.id_housekeeping().message()
    if message:
        print(f"studio-dsar: {message}", file=sys.stderr)


def _setup_logging() -> None:
    """The same scrubbed log file and crash reports as the window (a read-only data folder
    must not stop a command)."""
    from studio_dsar.core import logs

    try:
        logs.setup()
    except OSError:
        return

    def tell(path: str) -> None:
        print(_("studio-dsar stopped on an unexpected error; a report without personal numbers "
                "was written to {path}.").format(path=path), file=sys.stderr)

    logs.install_excepthook(show=tell)


def _stored_language() -> str | None:
    """The UI language saved in the settings, without creating a database just to ask."""
    try:
        from studio_dsar.core import paths
        from studio_dsar.core.store.connection import peek_setting

        saved = peek_setting(paths.db_path(), "app_settings")
        return saved.get("language") if isinstance(saved, dict) else None
    except Exception:  # noqa: BLE001 - a broken settings store must never stop the CLI
        return None


if __name__ == "__main__":
    raise SystemExit(main())
