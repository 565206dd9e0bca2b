"""Fault injection for the register, shared by tests/test_register_faults.py and
benchmarks/register_faults.py: kill -9 a child at random points of intake, the ID-check
storage steps and backups; concurrent first starts; damaged and empty files.

Every run uses a fresh data folder; the key comes from a passphrase (no keychain), as on a
machine without a secure keychain.
``python faultlab.py KIND HOME N`` is the child: it loops over KIND's work N times.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
PASSPHRASE_ENV = "STUDIO_DSAR_PASSPHRASE"
TEST_PASSPHRASE = "fault-injection passphrase"

MAIL = """From: Anna de Vries <anna{n}@example.nl>
To: studio@example.nl
Subject: Inzageverzoek {n} BSN 111-222-333
Date: Tue, 05 Mar 2024 10:00:00 +0100
Message-ID: <{n}.111222333.{salt}@mail.example.nl>
Content-Type: text/plain; charset=utf-8

Beste studio,

Ik wil graag inzage in mijn persoonsgegevens (artikel 15 AVG).

Met vriendelijke groet,
Anna de Vries
"""


def child_env(home: Path) -> dict:
    env = dict(os.environ)
    env["STUDIO_DSAR_HOME"] = str(home)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(HERE), env.get("PYTHONPATH", "")) if p)
    # No keychain in the children (a file is no secure keychain): the key comes from a
    # passphrase, as on a machine without one.
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env[PASSPHRASE_ENV] = TEST_PASSPHRASE
    env["STUDIO_DSAR_LANG"] = "en"
    return env


@contextmanager
def test_keyring(home: Path) -> Iterator[None]:
    """In this process, for a while: the same key source as the children (the passphrase)."""
    import keyring
    from keyring.backends import fail

    from studio_dsar.core.store import keys

    saved_env = {k: os.environ.get(k) for k in (PASSPHRASE_ENV, "STUDIO_DSAR_HOME")}
    previous = keyring.get_keyring()
    os.environ[PASSPHRASE_ENV] = TEST_PASSPHRASE
    os.environ["STUDIO_DSAR_HOME"] = str(home)
    keyring.set_keyring(fail.Keyring())
    keys.forget()
    try:
        yield
    finally:
        keyring.set_keyring(previous)
        keys.forget()
        for k, v in saved_env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


# -- the child ------------------------------------------------------------------------------
def _work(kind: str, home: Path, n: int, mails: Path) -> None:
    from studio_dsar.core.store import Store

    if kind == "intake":
        from studio_dsar.core.intake.importer import import_files

        files = []
        for i in range(n):
            path = mails / f"mail-{os.getpid()}-{i}.eml"
            path.write_text(MAIL.format(n=i, salt=os.getpid()), encoding="utf-8")
            files.append(path)
        store = Store.open()
        try:
            outcomes = import_files(files, store)
        finally:
            store.close()
        bad = [o.error for o in outcomes if o.error]
        if bad:
            print(json.dumps({"errors": bad}), file=sys.stderr)
            raise SystemExit(3)
        return
    if kind == "idcheck":
        from studio_dsar.core.vault import Vault

        with Store.open() as store:
            req = store.create_request(requester_name="Anna", requester_email="a@example.nl",
                                       rights=["access"], received_at="2024-03-05")
            vault = Vault(store)
            for i in range(n):
                original = vault.put(os.urandom(20_000), filename=f"scan-{i}.jpg", kind="original",
                                     request_id=req.id)
                vault.put(os.urandom(8_000), filename=f"ID-{i}-redacted.png", kind="redacted",
                          request_id=req.id)
                vault.wipe(original.id)
                store.audit("id_checked", request_id=req.id, details={"identity_verified": True})
        return
    if kind == "backup":
        with Store.open() as store:
            for i in range(n):
                store.create_request(requester_name=f"Anna {i}", requester_email="a@example.nl",
                                     rights=["access"], received_at="2024-03-05")
                store.backup_to(home / "manual")
                store.backup_if_due()
        return
    raise SystemExit(f"unknown kind {kind}")


def main(argv: list[str]) -> int:
    kind, home, n = argv[0], Path(argv[1]), int(argv[2])
    mails = home.parent / f"{home.name}-mails"
    mails.mkdir(parents=True, exist_ok=True)
    (home / "manual").mkdir(parents=True, exist_ok=True)
    _work(kind, home, n, mails)
    return 0


# -- the parent -----------------------------------------------------------------------------
def spawn(kind: str, home: Path, n: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(HERE / "faultlab.py"), kind, str(home), str(n)],
                            env=child_env(home), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def warm_up(home: Path) -> None:
    """Create the register (and its seal and first backup) before the killing starts."""
    p = spawn("intake", home, 1)
    _out, err = p.communicate(timeout=120)
    if p.returncode != 0:
        raise RuntimeError(err.decode(errors="replace"))


def check_after(home: Path) -> dict:
    """Open the register as the app would and say what state it is in."""
    from studio_dsar.core import faults
    from studio_dsar.core.store import Store

    result: dict = {"opened": False, "verify_ok": False, "problems": [], "partial_files": []}
    with test_keyring(home):
        try:
            with Store.open() as store:
                result["opened"] = True
                report = store.verify_report()
                result["verify_ok"] = report.ok
                result["problems"] = [p.kind for p in report.problems]
                result["requests"] = store.count_requests()
                result["entries"] = report.entries
                blobs = {r[0] for r in store.conn.execute("SELECT blob FROM vault_items")}
                vdir = home / "vault"
                files = {p.name for p in vdir.iterdir()} if vdir.is_dir() else set()
                # Ciphertext whose key never reached the register (killed in between): unreadable.
                result["orphan_vault_files"] = len(files - blobs)
                result["unfinished_originals"] = store.conn.execute(
                    "SELECT COUNT(*) FROM vault_items WHERE kind = 'original' AND wiped_at IS NULL").fetchone()[0]
        except faults.RegisterDamagedError as exc:
            result["error"] = type(exc).__name__
        result["partial_files"] = _unreadable_backups(home)
        result["backups"] = len(list((home / "backups").glob("*.sdsar-backup"))) if (home / "backups").is_dir() else 0
    return result


def _unreadable_backups(home: Path) -> list[str]:
    bad = []
    # A killed atomic write may leave its hidden temporary file, never a half target file.
    for folder in (home, home / "backups", home / "manual"):
        if folder.is_dir():
            for p in folder.iterdir():
                if p.name.endswith(".sdsar-backup"):
                    from studio_dsar.core.store import backup

                    try:
                        backup.open_backup(p)
                    except Exception:  # noqa: BLE001
                        bad.append(p.name)
    return bad


def kill_run(kind: str, home: Path, *, n: int = 30, max_delay: float = 1.5, rng: random.Random) -> dict:
    """One run: warm up, start the child, kill -9 it after a random delay, check."""
    warm_up(home)
    p = spawn(kind, home, n)
    delay = rng.uniform(0.05, max_delay)
    start = time.monotonic()
    while time.monotonic() - start < delay and p.poll() is None:
        time.sleep(0.01)
    killed = p.poll() is None
    if killed:
        p.send_signal(signal.SIGKILL)
    p.wait(timeout=60)
    if p.stderr is not None:
        p.stderr.close()
    result = check_after(home)
    result["killed"] = killed
    return result


def concurrent_first_start(home: Path, *, n: int = 3) -> dict:
    """Two intakes on a new data folder at once: both must succeed."""
    a, b = spawn("intake", home, n), spawn("intake", home, n)
    ea = a.communicate(timeout=180)[1].decode(errors="replace")
    eb = b.communicate(timeout=180)[1].decode(errors="replace")
    result = check_after(home)
    result["exit_codes"] = [a.returncode, b.returncode]
    result["stderr"] = (ea + eb)[-2000:]
    return result


if __name__ == "__main__":
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    raise SystemExit(main(sys.argv[1:]))
