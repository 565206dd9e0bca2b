"""The master key of a data folder, and keys derived from it for each purpose.

Where the master key lives is decided once per data folder and written (without any secret)
to ``<data folder>/vault-key.json``:

* ``keychain``: a random 256-bit key in the operating system's keychain, but only through a
  backend that keeps secrets encrypted by the OS (macOS Keychain, Windows Credential Locker,
  Secret Service / GNOME Keyring, KWallet). ``keyring``'s plaintext and "alt" backends
  (``keyrings.alt``), the null and fail backends and anything unknown are refused: with
  those the key would sit in a file next to what it protects.
* ``passphrase``: without such a keychain the master key is derived from a passphrase with
  scrypt (salt and cost in the file, plus a short check value so a wrong passphrase is told
  apart from a damaged document). The window asks for it once per session; the command line
  reads ``STUDIO_DSAR_PASSPHRASE`` or asks.

Other parts of the app never touch the master key itself: they ask for
:func:`derive_key` ``(purpose)``, an HKDF-SHA256 key bound to a purpose string (for example
``"vault-file-keys"``, ``"backup"``, ``"audit-seal"``), so one purpose's key says nothing about
another's.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import threading
from pathlib import Path
from typing import Any

from studio_dsar.core import paths, sealing
from studio_dsar.core.errors import DsarError
from studio_dsar.core.i18n import _
from studio_dsar.core.deadlines import studio_today

KEYRING_SERVICE = "studio-dsar"
PASSPHRASE_ENV = "STUDIO_DSAR_PASSPHRASE"
MIN_PASSPHRASE = 8
KEY_FILE = "vault-key.json"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 15, 8, 1

# Backends that keep secrets encrypted by the operating system (module.Class).
SECURE_BACKENDS = frozenset({
    "keyring.backends.macOS.Keyring",
    "keyring.backends.Windows.WinVaultKeyring",
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4",
})
# Test suites add their in-memory backend here; the application never does.
_EXTRA_TRUSTED: set[type] = set()

_session: dict[str, bytes] = {}
_lock = threading.RLock()


class VaultError(DsarError):
    """The keychain, the passphrase or a vault file cannot be used."""


class VaultLocked(VaultError):
    """The master key comes from a passphrase that was not given in this session."""


# ---------------------------------------------------------------------------------- keychain
def _qualname(obj: Any) -> str:
    cls = type(obj)
    return f"{cls.__module__}.{cls.__qualname__}"


def secure_keychain() -> Any:
    """The OS keychain backend to use, or None when only insecure ones are on offer."""
    try:
        import keyring
        from keyring.backends import chainer
    except Exception:  # noqa: BLE001 - a broken keyring install is "no keychain"
        return None
    try:
        kr = keyring.get_keyring()
    except Exception:  # noqa: BLE001
        return None
    candidates = list(kr.backends) if isinstance(kr, chainer.ChainerBackend) else [kr]
    candidates.sort(key=lambda b: -float(getattr(b, "priority", 0) or 0))
    for b in candidates:
        if _qualname(b) in SECURE_BACKENDS or type(b) in _EXTRA_TRUSTED:
            return b
    return None


def _keyring_user() -> str:
    """One master key per data folder, so a test or second profile never shares the real one."""
    home = str(paths.data_home().resolve())
    return "vault-master-key-" + hashlib.sha256(home.encode("utf-8")).hexdigest()[:16]


# ---------------------------------------------------------------------------------- key file
def _key_file() -> Path:
    return paths.data_home() / KEY_FILE


def key_info() -> dict[str, Any] | None:
    try:
        info = json.loads(_key_file().read_text("utf-8"))
        return info if isinstance(info, dict) else None
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        raise VaultError(_("The vault key settings ({file}) are damaged.").format(file=KEY_FILE)) from None


def _write_key_info(info: dict[str, Any]) -> None:
    from studio_dsar.core.fileutil import write_bytes_atomic

    path = _key_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(path, json.dumps(info, indent=1).encode("utf-8"))


def mode() -> str:
    """``keychain`` or ``passphrase``: what this data folder uses (or would use when new)."""
    info = key_info()
    if info:
        return str(info.get("mode"))
    return "keychain" if secure_keychain() is not None else "passphrase"


def is_new() -> bool:
    return key_info() is None


def _home_key() -> str:
    return str(paths.data_home().resolve())


def needs_passphrase() -> bool:
    """True when the master key must come from a passphrase not yet given in this session."""
    with _lock:
        return mode() == "passphrase" and _home_key() not in _session


# ---------------------------------------------------------------------------------- passphrase
def _scrypt(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _check_value(master: bytes) -> str:
    return base64.b64encode(hmac.new(master, b"studio-dsar passphrase check", "sha256").digest()[:16]).decode()


def unlock(passphrase: str) -> None:
    """Derive the master key from ``passphrase`` for this session (set it up when new).

    Raises :class:`VaultError` for a wrong or too short passphrase."""
    with _lock:
        info = key_info()
        if info is not None and info.get("mode") != "passphrase":
            return
        if info is None:
            if len(passphrase or "") < MIN_PASSPHRASE:
                raise VaultError(_("Choose a passphrase of at least {n} characters.").format(n=MIN_PASSPHRASE))
            salt = secrets.token_bytes(16)
            master = _scrypt(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
            _write_key_info({"version": 1, "mode": "passphrase", "kdf": "scrypt", "n": SCRYPT_N,
                             "r": SCRYPT_R, "p": SCRYPT_P, "salt": base64.b64encode(salt).decode(),
                             "check": _check_value(master)})
        else:
            try:
                salt = base64.b64decode(info["salt"])
                master = _scrypt(passphrase or "", salt, int(info["n"]), int(info["r"]), int(info["p"]))
            except (KeyError, ValueError, TypeError):
                raise VaultError(_("The vault key settings ({file}) are damaged.").format(file=KEY_FILE)) from None
            if not hmac.compare_digest(_check_value(master), str(info.get("check", ""))):
                raise VaultError(_("That is not the passphrase of this vault."))
        _session[_home_key()] = master


def lock() -> None:
    """Forget the master key(s) held for this session (without touching the data folder)."""
    with _lock:
        _session.clear()


# ---------------------------------------------------------------------------------- master key
def _from_keychain(create: bool) -> bytes:
    from keyring.errors import KeyringError

    backend = secure_keychain()
    if backend is None:
        raise VaultError(
            _("The vault key is kept in the system keychain, but no secure keychain is available now. "
              "Unlock GNOME Keyring, KWallet, the macOS Keychain or the Windows Credential Locker.")
        )
    user = _keyring_user()
    try:
        stored = backend.get_password(KEYRING_SERVICE, user)
        if stored is None and create:
            stored = base64.b64encode(secrets.token_bytes(32)).decode("ascii")
            backend.set_password(KEYRING_SERVICE, user, stored)
            if backend.get_password(KEYRING_SERVICE, user) != stored:
                raise VaultError(_("The system keychain did not keep the vault key."))
    except VaultError:
        raise
    except (KeyringError, Exception):  # noqa: BLE001 - D-Bus and platform errors alike
        raise VaultError(_("The system keychain refused access to the vault key.")) from None
    if stored is None:
        raise VaultError(_("The vault key is missing from the system keychain; stored ID documents cannot be opened."))
    return base64.b64decode(stored)


def master_key(create: bool = True) -> bytes:
    """The data folder's master key (set up on first use when ``create``)."""
    with _lock:
        home = _home_key()
        if home in _session:
            return _session[home]
        info = key_info()
        if info is None:
            backend = secure_keychain()
            if backend is not None:
                try:
                    key = _from_keychain(create=create)
                except VaultError:
                    if not create:
                        raise
                    key = None
                if key is not None:
                    _write_key_info({"version": 1, "mode": "keychain"})
                    _session[home] = key
                    return key
            if not create:
                raise VaultError(_("This data folder has no vault key yet."))
            passphrase = os.environ.get(PASSPHRASE_ENV)
            if passphrase:
                unlock(passphrase)
                return _session[home]
            raise VaultLocked(
                _("No secure system keychain is available. Choose a passphrase to protect ID documents "
                  "(set {env} on the command line).").format(env=PASSPHRASE_ENV)
            )
        if info.get("mode") == "keychain":
            key = _from_keychain(create=False)
            _session[home] = key
            return key
        passphrase = os.environ.get(PASSPHRASE_ENV)
        if passphrase:
            unlock(passphrase)
            return _session[home]
        raise VaultLocked(_("Enter the vault passphrase to open ID documents (on the command line: set {env}).")
                          .format(env=PASSPHRASE_ENV))


def derive_key(purpose: str, length: int = 32) -> bytes:
    """A key for one purpose (HKDF-SHA256 from the master key; the same purpose gives the same key)."""
    return derive_from(master_key(create=True), purpose, length)


def derive_from(master: bytes, purpose: str, length: int = 32) -> bytes:
    """:func:`derive_key` for a given master key (a backup made on another computer)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    if not purpose:
        raise ValueError("purpose")
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=None,
                info=b"studio-dsar/" + purpose.encode("utf-8")).derive(master)


# ---------------------------------------------------------------------------------- recovery
# A lost or replaced laptop takes its keychain with it, and with it the key of every backup.
# The recovery code (120 random bits, shown once for the owner to print or write down, never
# stored) wraps the master key; the wrapped key (useless without the code) is kept in the key
# file and copied into every backup's header, like the passphrase's salt and check value. On
# another computer either secret opens the backup, and the restored folder adopts its key.
RECOVERY_BYTES = 15
_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B", "9": "G"})
_RECOVERY_BOUND = b"recovery"  # associated data of the wrapped master key


def _normalise_code(code: str) -> str:
    return "".join(ch for ch in (code or "").upper().translate(_LOOKALIKES) if ch in _B32)


def new_recovery_code() -> str:
    """Make a new recovery code for this data folder (the old one stops working) and return it,
    grouped in fours. Only its wrapping of the master key is stored."""
    with _lock:
        master = master_key(create=True)
        raw = base64.b32encode(secrets.token_bytes(RECOVERY_BYTES)).decode("ascii")
        salt = secrets.token_bytes(16)
        sealed = sealing.seal(_scrypt(raw, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P), master, _RECOVERY_BOUND)
        nonce, wrapped = sealed[:sealing.NONCE_BYTES], sealed[sealing.NONCE_BYTES:]  # kept apart in the file
        info = key_info() or {"version": 1, "mode": mode()}

        info["recovery"] = {"kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
                            "salt": base64.b64encode(salt).decode(), "nonce": base64.b64encode(nonce).decode(),
                            "wrapped": base64.b64encode(wrapped).decode(), "made": studio_today().isoformat()}
        _write_key_info(info)
    return "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def recovery_made() -> str | None:
    """ISO date of this data folder's recovery code, or None when there is none."""
    info = key_info() or {}
    block = info.get("recovery")
    return str(block.get("made")) if isinstance(block, dict) and block.get("made") else None


def escrow() -> dict[str, Any]:
    """What a backup's header carries so another computer can open it with a secret: the
    passphrase's salt and check value, the recovery code's wrapping. No secret in it."""
    info = key_info() or {}
    out: dict[str, Any] = {}
    if info.get("mode") == "passphrase":
        out["passphrase"] = {k: info[k] for k in ("kdf", "n", "r", "p", "salt", "check") if k in info}
    if isinstance(info.get("recovery"), dict):
        out["recovery"] = {k: v for k, v in info["recovery"].items() if k != "made"}
    return out


def master_from_escrow(block: dict[str, Any], secret: str) -> bytes | None:
    """The master key an escrow block (see :func:`escrow`) gives for ``secret`` (a recovery
    code or a passphrase), or None."""
    rec = block.get("recovery") if isinstance(block, dict) else None
    code = _normalise_code(secret)
    if isinstance(rec, dict) and len(code) == len(base64.b32encode(bytes(RECOVERY_BYTES))):
        try:
            kek = _scrypt(code, base64.b64decode(rec["salt"]), int(rec["n"]), int(rec["r"]), int(rec["p"]))
            nonce = base64.b64decode(rec["nonce"])
            if len(nonce) == sealing.NONCE_BYTES:  # always, unless the block was changed
                return sealing.unseal(kek, nonce + base64.b64decode(rec["wrapped"]), _RECOVERY_BOUND)
        except (sealing.SealBroken, KeyError, ValueError, TypeError):
            pass
    pp = block.get("passphrase") if isinstance(block, dict) else None
    if isinstance(pp, dict) and secret:
        try:
            master = _scrypt(secret, base64.b64decode(pp["salt"]), int(pp["n"]), int(pp["r"]), int(pp["p"]))
        except (KeyError, ValueError, TypeError):
            return None
        if hmac.compare_digest(_check_value(master), str(pp.get("check", ""))):
            return master
    return None


def adopt_master(master: bytes, block: dict[str, Any]) -> None:
    """Make ``master`` (recovered from a backup) this data folder's master key, so the restored
    register's seal and kept ID copies open. The key it replaces is not thrown away: in the
    keychain it stays under a second name, a passphrase folder keeps its old key file aside."""
    from datetime import datetime, UTC

    with _lock:
        home = _home_key()
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        info = key_info()
        backend = secure_keychain()
        if (info is not None and info.get("mode") == "keychain") or (info is None and backend is not None):
            if backend is None:
                raise VaultError(_("The vault key is kept in the system keychain, but no secure keychain is "
                                   "available now."))
            user = _keyring_user()
            try:
                old = backend.get_password(KEYRING_SERVICE, user)
                if old is not None:
                    backend.set_password(KEYRING_SERVICE, f"{user}-replaced-{stamp}", old)
                backend.set_password(KEYRING_SERVICE, user, base64.b64encode(master).decode("ascii"))
            except Exception:  # noqa: BLE001 - D-Bus and platform errors alike
                raise VaultError(_("The system keychain refused access to the vault key.")) from None
            new_info: dict[str, Any] = {"version": 1, "mode": "keychain"}
        else:
            pp = block.get("passphrase") if isinstance(block, dict) else None
            if not isinstance(pp, dict):
                raise VaultError(_("This backup was protected by another computer's keychain; restore it on a "
                                   "computer with a secure keychain (macOS, Windows, or Linux with GNOME Keyring "
                                   "or KWallet)."))
            new_info = {"version": 1, "mode": "passphrase", **pp}
        if isinstance(block, dict) and isinstance(block.get("recovery"), dict):
            new_info["recovery"] = dict(block["recovery"])
        path = _key_file()
        if path.exists():
            os.replace(path, path.with_name(f"{KEY_FILE}.replaced-{stamp}"))
        _write_key_info(new_info)
        _session[home] = master

