"""What a requester wrote is sealed at rest: the kept mail's subject and body and the
evidence sentences are stored encrypted, bound to their request, and open again after a
restore on another computer; texts stored while no key was there are sealed at the next start."""

from __future__ import annotations

import sqlite3

from studio_dsar.core import mailkeep
from studio_dsar.core.store import intake as intake_store
from studio_dsar.core.store import keys as register_keys
from studio_dsar.core.store import textseal

SECRET = "mijn dochter heeft astma"


def _request(store, name="Olga Mail"):
    return store.create_request(requester_name=name, requester_email="olga@example.nl", rights=["access"],
                                received_at="2026-11-20T10:00:00+01:00")


def _kept(body=f"Graag inzage. {SECRET}. BSN 111222333"):
    return mailkeep.KeptMail(sender="Olga <olga@example.nl>", recipients="info@studio.nl",
                             sent="2026-11-20T10:00:00+01:00", subject="Inzage in mijn foto's", body=body)


def _raw(store, sql, *args):
    return store.conn.execute(sql, args).fetchone()[0]


def _file_bytes(store):
    store.checkpoint()
    return b"".join(p.read_bytes() for p in store.path.parent.glob(store.path.name + "*") if p.is_file())


def test_mail_text_and_evidence_are_stored_sealed_and_read_back(store, memory_keyring):
    req = _request(store)
    store.save_mail(req.id, _kept())
    intake_store.save_details(store, req.id, detected={"rights": ["access"]},
                              evidence={"access": [f"Graag inzage, {SECRET}."]}, representative=None,
                              processor=False)
    body = _raw(store, "SELECT body FROM request_mail_text WHERE request_id = ?", req.id)
    subject = _raw(store, "SELECT subject FROM request_mail_text WHERE request_id = ?", req.id)
    evidence = _raw(store, "SELECT evidence FROM request_intake WHERE request_id = ?", req.id)
    for cell in (body, subject, evidence):
        assert cell.startswith(textseal.PREFIX)
    assert SECRET.encode() not in _file_bytes(store)

    back = store.get_mail(req.id)
    assert SECRET in back.body and back.subject == "Inzage in mijn foto's"
    assert "111222333" not in back.body  # scrubbed before sealing, as before
    details = intake_store.details(store, req.id)
    assert details.evidence == {"access": [f"Graag inzage, {SECRET}."]} and not details.evidence_sealed


def test_a_sealed_text_copied_to_another_request_does_not_open(store, memory_keyring, english):
    a, b = _request(store, "Anna"), _request(store, "Bert")
    store.save_mail(a.id, _kept())
    store.save_mail(b.id, _kept("Bert's own mail"))
    stolen = _raw(store, "SELECT body FROM request_mail_text WHERE request_id = ?", a.id)
    store.conn.execute("UPDATE request_mail_text SET body = ? WHERE request_id = ?", (stolen, b.id))
    assert SECRET not in store.get_mail(b.id).body
    assert "sealed" in store.get_mail(b.id).body


def test_texts_kept_without_a_key_are_sealed_at_the_next_start(private_home, monkeypatch, memory_keyring):
    from studio_dsar.core.studio import Studio

    with monkeypatch.context() as locked, Studio.open() as studio:
        locked.setattr(textseal.keys, "register_key", lambda purpose: None)  # a locked register
        req = _request(studio.store)
        studio.store.save_mail(req.id, _kept())
        assert SECRET in _raw(studio.store, "SELECT body FROM request_mail_text WHERE request_id = ?", req.id)
        studio.id_housekeeping()  # still no key: nothing can be sealed, nothing is lost
        assert SECRET in studio.store.get_mail(req.id).body
    register_keys.forget()
    with Studio.open() as studio:
        studio.id_housekeeping()
        assert _raw(studio.store, "SELECT body FROM request_mail_text WHERE request_id = ?",
                    req.id).startswith(textseal.PREFIX)
        assert SECRET in studio.store.get_mail(req.id).body
        assert not textseal.has_plain_rows(studio.store.conn)


def test_without_the_key_the_text_reads_as_sealed_not_as_garbage(store, memory_keyring, monkeypatch, english):
    req = _request(store)
    store.save_mail(req.id, _kept())
    monkeypatch.setattr(textseal.keys, "register_key", lambda purpose: None)
    mail = store.get_mail(req.id)
    assert SECRET not in mail.body and "passphrase" in mail.body and mail.subject == textseal.LOCKED
    assert mail.sender.startswith("Olga")  # the register's own columns stay readable


def test_sealed_texts_open_after_a_restore_on_another_computer(private_home, memory_keyring, tmp_path,
                                                                monkeypatch):
    from studio_dsar.core.studio import Studio

    with Studio.open() as studio:
        req = _request(studio.store)
        studio.store.save_mail(req.id, _kept())
        code = studio.new_recovery_code()
        target = tmp_path / "usb" / "register.sdsar-backup"
        target.parent.mkdir()
        studio.backup_to(target)
    assert SECRET.encode() not in target.read_bytes()

    monkeypatch.setenv("STUDIO_DSAR_HOME", str(tmp_path / "new-laptop"))
    memory_keyring.secrets.clear()
    register_keys.forget()
    with Studio.open():
        pass  # the new laptop got a key of its own first
    Studio.restore_register(target, secret=code)
    register_keys.forget()
    with Studio.open() as studio:
        assert SECRET in studio.store.get_mail(req.id).body


def test_the_sealed_columns_exist_in_the_schema(store):
    for table, column in textseal.SEALED_COLUMNS:
        cols = {r[1] for r in store.conn.execute(f"PRAGMA table_info({table})")}
        assert column in cols, (table, column)
    assert isinstance(store.conn, sqlite3.Connection)
