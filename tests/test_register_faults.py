"""Faults: disk full, read-only folder, permission denied, busy register, kill -9 at random
points of intake, the ID check and backups, concurrent first starts. Each gives a clear
message and loses nothing; no half-written file is ever left in place of a real one.

The kill loops are bounded (a few runs each); benchmarks/register_faults.py runs many more
and prints the figures per fault kind.
"""

from __future__ import annotations

import errno
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from studio_dsar.core import faults, paths
from studio_dsar.core.errors import DsarError
from studio_dsar.core.store import Store, backup

SUPPORT = Path(__file__).resolve().parent / "support"
sys.path.insert(0, str(SUPPORT))
import faultlab  # noqa: E402

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and mounts")


def _new(store, **kw):
    args = {"requester_name": "Anna de Vries", "requester_email": "anna@example.nl",
                "rights": ["access"], "received_at": "2026-03-05T10:00:00+01:00"}
    args.update(kw)
    return store.create_request(**args)


# -- the one mapping ---------------------------------------------------------------------------
@pytest.mark.parametrize("exc, expected", [
    (OSError(errno.ENOSPC, "No space left on device"), faults.DiskFullError),
    (OSError(errno.EROFS, "Read-only file system"), faults.ReadOnlyError),
    (PermissionError(errno.EACCES, "Permission denied"), faults.PermissionDeniedError),
    (sqlite3.OperationalError("database or disk is full"), faults.DiskFullError),
    (sqlite3.OperationalError("attempt to write a readonly database"), faults.ReadOnlyError),
    (sqlite3.OperationalError("database is locked"), faults.RegisterBusyError),
    (sqlite3.DatabaseError("database disk image is malformed"), faults.RegisterDamagedError),
])
def test_storage_failures_become_typed_translated_errors(exc, expected):
    typed = faults.translate(exc, "/some/folder")
    assert isinstance(typed, expected)
    assert str(typed) and "Traceback" not in str(typed)
    assert "Errno" not in str(typed)


def test_unrelated_errors_are_not_dressed_up():
    assert faults.translate(ValueError("x")) is None


# -- disk full ----------------------------------------------------------------------------------
def test_disk_full_in_sqlite_loses_nothing(store):
    kept = _new(store)
    store.checkpoint()
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own 'disk is full'
    with pytest.raises(faults.DiskFullError):
        for _ in range(200):
            _new(store, notes="x" * 4000)
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    assert store.get_request(kept.reference).requester_name == "Anna de Vries"
    assert store.verify_report().ok


def test_disk_full_while_writing_a_backup_leaves_no_partial_file(store, memory_keyring, tmp_path, monkeypatch):
    _new(store)
    target = tmp_path / "out" / "b.sdsar-backup"
    target.parent.mkdir()
    real_fdopen = os.fdopen

    class FullFile:
        def __init__(self, fh):
            self.fh = fh

        def write(self, data):
            self.fh.write(data[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name):
            return getattr(self.fh, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: FullFile(real_fdopen(fd, *a, **k)))
    with pytest.raises(faults.DiskFullError):
        store.backup_to(target)
    monkeypatch.undo()
    assert list(target.parent.iterdir()) == []


def test_disk_full_in_csv_export(store, tmp_path, monkeypatch):
    _new(store)
    import studio_dsar.core.fileutil as fu

    real = fu.os.replace

    def full(*a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fu.os, "replace", full)
    with pytest.raises(faults.DiskFullError):
        store.export_csv(tmp_path / "r.csv", country="NL")
    monkeypatch.setattr(fu.os, "replace", real)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".csv")] == []


def _mount_tmpfs(where: Path, size: str) -> bool:
    if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    where.mkdir(parents=True, exist_ok=True)
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True).returncode == 0


@posix_only
def test_real_full_disk_on_a_small_filesystem(tmp_path, monkeypatch):
    """A 1 MB tmpfs filled up: every command says 'disk full', nothing stored is lost."""
    mnt = tmp_path / "small"
    if not _mount_tmpfs(mnt, "1m"):
        pytest.skip("mounting a small filesystem needs root on Linux (the fault hook tests cover the rest)")
    try:
        home = mnt / "home"
        monkeypatch.setenv("STUDIO_DSAR_HOME", str(home))
        with Store.open() as s:
            first = _new(s)
        env = faultlab.child_env(home)
        filler = mnt / "filler"
        with open(filler, "wb") as fh:
            try:
                while True:
                    fh.write(b"\0" * 65536)
                    fh.flush()
            except OSError:
                pass
        results = []
        for argv in (["new", "--name", "B" * 50, "--rights", "access", "--received", "2026-01-02",
                      "--notes", "n" * 20_000],
                     ["export-csv", str(mnt / "out.csv")],
                     ["backup", str(mnt / "b.sdsar-backup")]):
            p = subprocess.run([sys.executable, "-m", "studio_dsar", "--lang", "en", *argv], env=env,
                               capture_output=True, text=True, timeout=120)
            results.append(p)
            assert p.returncode != 0, argv
            assert "Traceback" not in p.stderr, p.stderr
            assert "disk is full" in p.stderr.lower() or "keychain" in p.stderr.lower(), p.stderr
        assert not (mnt / "out.csv").exists()
        filler.unlink()
        with Store.open() as s:
            assert s.get_request(first.reference).requester_name == "Anna de Vries"
            assert s.count_requests() == 1
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


# -- read-only folder, permission denied ------------------------------------------------------------
@posix_only
def test_read_only_filesystem(tmp_path, monkeypatch):
    mnt = tmp_path / "ro"
    if not _mount_tmpfs(mnt, "4m"):
        pytest.skip("remounting read-only needs root on Linux (the mapping test covers the message)")
    try:
        home = mnt / "home"
        monkeypatch.setenv("STUDIO_DSAR_HOME", str(home))
        with Store.open() as s:
            kept = _new(s)
        subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)
        env = faultlab.child_env(home)
        for argv in (["new", "--name", "B", "--rights", "access", "--received", "2026-01-02"],
                     ["list"], ["export-csv", str(mnt / "x.csv")]):
            p = subprocess.run([sys.executable, "-m", "studio_dsar", "--lang", "en", *argv], env=env,
                               capture_output=True, text=True, timeout=120)
            assert "Traceback" not in p.stderr, p.stderr
            if p.returncode:
                assert "read-only" in p.stderr or "permission" in p.stderr.lower(), p.stderr
        subprocess.run(["mount", "-o", "remount,rw", str(mnt)], check=True)
        with Store.open() as s:
            assert s.get_request(kept.reference).requester_name == "Anna de Vries"
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def test_permission_denied_on_the_data_folder_is_a_sentence(tmp_path, monkeypatch):
    monkeypatch.setenv("STUDIO_DSAR_HOME", str(tmp_path / "home"))

    def denied(*a, **k):
        raise PermissionError(errno.EACCES, "Permission denied", str(tmp_path / "home"))

    monkeypatch.setattr("studio_dsar.core.store.connection._create_private", denied)
    with pytest.raises(faults.PermissionDeniedError) as info:
        Store.open()
    assert str(tmp_path / "home") in str(info.value)


def test_cli_turns_storage_failures_into_messages(private_home, monkeypatch, capsys):
    from studio_dsar.cli import main

    def full(*a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("studio_dsar.core.store.connection._create_private", full)
    code = main(["new", "--name", "A", "--rights", "access", "--received", "2026-01-02"])
    err = capsys.readouterr().err
    assert code == faults.DiskFullError.exit_code and "Traceback" not in err
    assert "schijf" in err.lower()  # Dutch by default


def test_busy_register_waits_instead_of_failing(store, tmp_path):
    other = sqlite3.connect(store.path, timeout=0, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    import threading

    timer = threading.Timer(0.3, lambda: other.execute("COMMIT"))
    timer.start()
    try:
        r = _new(store)  # waits for the other writer (busy_timeout), no 'database is locked'
    finally:
        timer.join()
        other.close()
    assert r.reference


# -- kill -9 and concurrent first starts ----------------------------------------------------------------
@posix_only
@pytest.mark.parametrize("kind", ["intake", "idcheck", "backup"])
def test_kill_9_at_random_points_loses_nothing(tmp_path, kind):
    rng = random.Random(f"{kind}-11")
    for run in range(2):
        home = tmp_path / f"{kind}-{run}"
        result = faultlab.kill_run(kind, home, n=40, max_delay=2.0, rng=rng)
        assert result["opened"], result
        assert result["verify_ok"], result
        assert result["partial_files"] == [], result
        assert result["backups"] >= 1, result  # the key was there: backups were made


@posix_only
def test_two_first_starts_importing_at_once_both_succeed(tmp_path):
    for run in range(2):
        result = faultlab.concurrent_first_start(tmp_path / f"race-{run}", n=3)
        assert result["exit_codes"] == [0, 0], result["stderr"]
        assert result["verify_ok"] and result["requests"] == 6, result
        assert "locked" not in result["stderr"] and "Traceback" not in result["stderr"]


def test_two_stores_importing_the_same_mail_both_succeed(private_home):
    a, b = Store.open(), Store.open()
    try:
        _new(a, source_key="message-id:<same@mail>")
        from studio_dsar.core.store import DuplicateError

        with pytest.raises(DuplicateError) as info:
            _new(b, source_key="message-id:<same@mail>")
        assert info.value.reference
        assert isinstance(info.value, DsarError)
    finally:
        a.close()
        b.close()


def test_backups_do_not_pile_up_temporary_files(private_home, memory_keyring):
    with Store.open() as s:
        _new(s)
    folder = paths.data_home() / "backups"
    folder.mkdir(exist_ok=True)
    stale = folder / ".register-x.sdsar-backup.abc.part"
    stale.write_bytes(b"half")
    os.utime(stale, (0, 0))
    with Store.open():
        pass
    assert not stale.exists()
    assert backup.list_backups(folder)
