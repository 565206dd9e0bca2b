"""The register's plumbing: a transaction whose COMMIT fails is rolled back (and not sealed),
and a register file travels with its SQLite companions (-wal, -shm) wherever it goes."""

from __future__ import annotations

import os
import sqlite3

import pytest

from studio_dsar.core.store import connection, seal


def _new(store):
    return store.create_request(requester_name="Anna de Vries", requester_email="anna@example.nl",
                                rights=["access"], received_at="2026-03-05T10:00:00+01:00")


def test_a_commit_that_fails_is_rolled_back_and_the_seal_not_moved(store):
    _new(store)
    before = seal.read(store.path)
    count = store.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    with pytest.raises(sqlite3.IntegrityError):
        with store.transaction() as conn:
            conn.execute("PRAGMA defer_foreign_keys = ON")  # the violation surfaces at COMMIT
            conn.execute("INSERT INTO attachments(request_id, filename) VALUES(999999, 'x')")
            store.audit("test_failed_commit")
    assert not store.conn.in_transaction
    assert store.conn.execute("SELECT COUNT(*) FROM attachments").fetchone()[0] == 0
    assert store.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0] == count
    assert before is not None and seal.read(store.path) == before
    _new(store)  # and the store goes on working, sealing again
    assert seal.read(store.path).count == count + 1


def test_a_body_that_fails_is_rolled_back(store):
    with pytest.raises(RuntimeError):
        with store.transaction() as conn:
            conn.execute("INSERT INTO settings(key, value) VALUES('k', '1')")
            raise RuntimeError("stop")
    assert not store.conn.in_transaction
    assert store.conn.execute("SELECT COUNT(*) FROM settings WHERE key = 'k'").fetchone()[0] == 0


def _companions(db):
    return [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]


def test_set_aside_moves_the_register_with_its_companions(tmp_path):
    db = tmp_path / "register.sqlite3"
    for i, p in enumerate(_companions(db)):
        p.write_bytes(bytes([i]) * 3)
    aside = connection.set_aside(db, "test")
    assert not any(p.exists() for p in _companions(db))
    assert [p.read_bytes() for p in _companions(aside)] == [b"\0" * 3, b"\1" * 3, b"\2" * 3]
    db.write_bytes(b"x")  # only the main file: the others are not invented
    second = connection.set_aside(db, "test")
    assert second != aside and second.read_bytes() == b"x"
    assert not any(p.exists() for p in _companions(second)[1:])


def test_make_private_covers_the_companions(tmp_path):
    db = tmp_path / "register.sqlite3"
    for p in _companions(db)[:2]:
        p.write_bytes(b"x")
        os.chmod(p, 0o644)
    connection.make_private(db)
    assert [p.stat().st_mode & 0o777 for p in _companions(db)[:2]] == [0o600, 0o600]


def test_an_interrupted_first_start_leaves_no_stale_companion(private_home):
    from studio_dsar.core import paths

    db = paths.db_path()
    db.parent.mkdir(parents=True, exist_ok=True)
    db.write_bytes(b"")  # cut short before anything was written, with a stale WAL beside it
    wal = db.with_name(db.name + "-wal")
    wal.write_bytes(b"stale")
    conn = connection.open_checked(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert not wal.exists() or b"stale" not in wal.read_bytes()


def test_remove_register_files_removes_what_is_there(tmp_path):
    db = tmp_path / "register.sqlite3"
    _companions(db)[1].write_bytes(b"wal only")
    keep = tmp_path / "register.sqlite3.seal"
    keep.write_bytes(b"{}")
    connection.remove_register_files(db)
    assert not any(p.exists() for p in _companions(db)) and keep.exists()
    connection.remove_register_files(db)  # nothing there: no error
