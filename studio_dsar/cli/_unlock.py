"""The vault passphrase on the command line: ``STUDIO_DSAR_PASSPHRASE`` or a prompt."""

from __future__ import annotations

import getpass
import os
import sys

from studio_dsar.core import keys
from studio_dsar.core.i18n import _


def ensure_unlocked() -> None:
    """Make the vault's master key available for this command (no-op with an OS keychain)."""
    if not keys.needs_passphrase():
        return
    env = os.environ.get(keys.PASSPHRASE_ENV)
    if env:
        keys.unlock(env)
        return
    if not sys.stdin.isatty():
        raise keys.VaultLocked(_("No secure system keychain is available: set {env} or run this command in a "
                                 "terminal to type the vault passphrase.").format(env=keys.PASSPHRASE_ENV))
    if keys.is_new():
        print(_("No secure system keychain is available. Choose a passphrase to protect ID documents; "
                "without it they cannot be opened."), file=sys.stderr)
        first = getpass.getpass(_("New vault passphrase: "))
        if getpass.getpass(_("Repeat the passphrase: ")) != first:
            raise keys.VaultError(_("The passphrases differ."))
        keys.unlock(first)
        return
    keys.unlock(getpass.getpass(_("Vault passphrase: ")))
