"""Sub-commands that keep the register safe: ``backup``, ``restore`` and ``retention``."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

from studio_dsar.core.i18n import _


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help=_("make an encrypted backup of the register now"))
    p.add_argument("file", nargs="?",
                   help=_("file or folder to write it to (default: the backup folders)"))
    p.add_argument("--list", action="store_true", help=_("list the backups instead"))
    p.add_argument("--folder", metavar="DIR",
                   help=_("also keep automatic backups in DIR (an external disk or synced folder); "
                          "'none' to stop"))
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help=_("replace the register with a backup, after checking it"))
    p.add_argument("file", nargs="?", help=_("the backup file"))
    p.add_argument("--latest", action="store_true", help=_("restore the newest backup"))
    p.add_argument("--empty", action="store_true",
                   help=_("start a new, empty register (the current file is kept aside)"))
    p.add_argument("--yes", action="store_true", help=_("do not ask for confirmation"))
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("recovery-code", help=_(
        "make the code that opens the backups on another computer (shown once; write it down)"))
    p.add_argument("--new", action="store_true", help=_("make a new code (the previous one stops working)"))
    p.set_defaults(func=cmd_recovery_code)

    p = sub.add_parser("retention", help=_("how long closed requests keep personal data"))
    p.add_argument("--years", type=int, help=_("anonymise closed requests this many years after closing"))
    p.add_argument("--run", action="store_true", help=_("anonymise the requests that are due now"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_retention)


def _db() -> Path:
    from studio_dsar.core import paths

    return paths.db_path()


def _saved_backup_folder() -> str | None:
    """The owner's backup folder, read without opening (or judging) the register."""
    from studio_dsar.core.store.connection import peek_setting

    value = peek_setting(_db(), "backup_folder")
    return value if isinstance(value, str) and value else None


def cmd_backup(args) -> int:
    from studio_dsar.core.store import backup
    from studio_dsar.core.studio import Studio

    if args.list:
        for folder in backup.folders(_db(), _saved_backup_folder()):
            for p in backup.list_backups(folder):
                header = backup.read_header(p) or {}
                print(f"{p}\t{header.get('created', '')}\t{header.get('entries', '?')}")
        return 0
    with Studio.open() as studio:
        if args.folder:
            chosen = None if args.folder.lower() == "none" else args.folder
            studio.set_backup_folder(chosen)
            saved = studio.store.backup_folder()
            print(_("Automatic backups also go to {folder}.").format(folder=saved) if saved
                  else _("Automatic backups go to the data folder only."))
            if not args.file:
                return 0
        if args.file:
            info = studio.backup_to(args.file)
            print(_("Backup written to {file} ({n} audit entries; encrypted).").format(file=info.path, n=info.entries))
        else:
            written = studio.backup_if_due()
            if not written:
                print(_("Nothing changed since the latest backup ({file}).").format(file=studio.latest_backup()))
            for p in written:
                print(_("Backup written to {file} (encrypted).").format(file=p))
    return 0


def _confirm(question: str) -> bool:
    try:
        answer = input(question + " [y/N] ")
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes", "j", "ja")


def cmd_restore(args) -> int:
    from studio_dsar.core.errors import InputError, NotFoundError
    from studio_dsar.core.store import backup
    from studio_dsar.core.studio import Studio

    if args.empty:
        if not args.yes and not _confirm(_("Start a new, empty register? The current file is kept aside.")):
            print(_("Nothing changed."))
            return 1
        aside = Studio.start_empty_register()
        print(_("A new, empty register was started.") + (" " + _("The previous file was kept as {file}.").format(
            file=aside) if aside else ""))
        return 0
    if args.latest:
        newest = Studio.newest_backup()
        if newest is None:
            raise NotFoundError(_("No backup was found."))
        source = newest
    elif args.file:
        source = Path(args.file)
    else:
        raise InputError(_("Name the backup file, or use --latest."))
    header = backup.read_header(source) or {}
    if not args.yes and not _confirm(_("Replace the register with the backup of {when} ({n} audit entries)?").format(
            when=header.get("created", "?"), n=header.get("entries", "?"))):
        print(_("Nothing changed."))
        return 1
    try:
        result = Studio.restore_register(source)
    except backup.BackupKeyNeeded as exc:
        secret = _recovery_secret(str(exc))
        result = Studio.restore_register(source, secret=secret)
    print(_("The register was restored from {file} ({n} audit entries checked).").format(
        file=result.backup, n=result.entries))
    if result.aside:
        print(_("The previous file was kept as {file}.").format(file=result.aside))
    return 0


RECOVERY_ENV = "STUDIO_DSAR_RECOVERY_CODE"


def _recovery_secret(why: str) -> str:
    """The recovery code (or the other computer's passphrase): from the environment or typed."""
    from studio_dsar.core.errors import InputError

    env = os.environ.get(RECOVERY_ENV)
    if env:
        return env
    if not sys.stdin.isatty():
        raise InputError(why + " " + _("Set {env} or run this command in a terminal.").format(env=RECOVERY_ENV))
    print(why, file=sys.stderr)
    return getpass.getpass(_("Recovery code or passphrase: "))


def cmd_recovery_code(args) -> int:
    from studio_dsar.core.studio import Studio

    made = Studio.recovery_code_made()
    if not args.new:
        if made:
            print(_("A recovery code was made on {date}. It is not stored anywhere: if it is lost, make a new "
                    "one with --new.").format(date=made))
        else:
            print(_("No recovery code yet. Without one, the backups open only on this computer. Make one with "
                    "--new."))
        return 0
    from studio_dsar.cli._unlock import ensure_unlocked

    ensure_unlocked()
    with Studio.open() as studio:
        code = studio.new_recovery_code()
    print(_("Your recovery code (shown only now; print it or write it down and keep it apart from this "
            "computer):"))
    print()
    print("    " + code)
    print()
    print(_("With it, the backups open on another computer when this one is lost or replaced. Anyone who "
            "has it and a backup file can open that backup."))
    return 0


def cmd_retention(args) -> int:
    from studio_dsar.core.studio import Studio

    with Studio.open() as studio:
        if args.years is not None:
            studio.set_retention_years(args.years)
        done = studio.anonymise_due() if args.run else []
        data = {"years": studio.retention_years(), "anonymised": done,
                "due": studio.store.anonymisation_due()}
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
        return 0
    print(_("Closed requests are anonymised {n} years after closing.").format(n=data["years"]))
    if done:
        print(_("Anonymised now: {refs}").format(refs=", ".join(done)))
    return 0
