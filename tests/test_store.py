import sqlite3
from datetime import date

import pytest

from studio_dsar.core import store as store_mod
from studio_dsar.core.errors import InputError, NotFoundError, StateError
from studio_dsar.core.store import SCHEMA_VERSION, DuplicateError, Store
from studio_dsar.core.deadlines import studio_today


def _new(store, **kw):
    args = {"requester_name": "Anna de Vries", "requester_email": "anna@example.nl",
                "rights": ["access"], "received_at": "2026-03-05T10:00:00+01:00"}
    args.update(kw)
    return store.create_request(**args)


def test_fresh_database_is_at_latest_version_with_pragmas(store):
    assert store.schema_version == SCHEMA_VERSION
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.conn.execute("PRAGMA secure_delete").fetchone()[0] == 1


@pytest.mark.parametrize("start_version", range(SCHEMA_VERSION))
def test_migrates_from_every_earlier_version_keeping_data(tmp_path, start_version):
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    from studio_dsar.core.store import migrations

    for v in range(start_version):
        migrations.apply(conn, store_mod.MIGRATIONS[v])  # SQL text, or a function for data moves
        conn.execute(f"PRAGMA user_version = {v + 1}")
    if start_version >= 1:
        conn.execute(
            "INSERT INTO requests(reference, requester_name, requester_email, rights, received_at, created_at, updated_at)"
            " VALUES('2025-0001', 'Old Name', 'old@example.be', '[\"erasure\"]', '2025-12-01T09:00:00+01:00', 'x', 'x')"
        )
    conn.commit()
    conn.close()
    with Store.open(path) as s:
        assert s.schema_version == SCHEMA_VERSION
        if start_version >= 1:
            old = s.get_request("2025-0001")
            assert old.rights == ["erasure"] and old.requester_email == "old@example.be"
            assert old.is_dsar and old.source_key is None
        _new(s)  # the migrated schema takes new rows
        assert s.get_setting("nothing", "default") == "default"


def test_newer_database_is_refused(tmp_path):
    path = tmp_path / "new.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StateError):
        Store.open(path)


def test_references_are_sequential_per_year(store):
    year = studio_today().year
    a, b = _new(store), _new(store, requester_email="b@example.nl")
    assert a.reference == f"{year}-0001" and b.reference == f"{year}-0002"


def test_rights_are_validated_and_ordered(store):
    r = _new(store, rights=["withdraw_consent", "access", "access"])
    assert r.rights == ["access", "withdraw_consent"]
    with pytest.raises(InputError):
        _new(store, rights=["telepathy"])


def test_sensitive_numbers_never_reach_the_database(store):
    r = _new(store, notes="BSN 111222333, rrn 85.07.30-033.28", subject="inzage 111 222 333")
    store.set_status(r.reference, "refused", reason="ID toonde BSN 111222333")
    store.update_request(r.reference, notes="nog eens 111222333")
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = store.path.read_bytes()
    for needle in (b"111222333", b"111 222 333", b"85.07.30-033.28"):
        assert needle not in raw
    assert "[…]" in store.get_request(r.reference).refusal_reason


def test_status_changes_are_audited_and_refusal_needs_reason(store):
    r = _new(store)
    with pytest.raises(InputError):
        store.set_status(r.reference, "refused")
    with pytest.raises(InputError):
        store.set_status(r.reference, "refused", reason="   ")
    store.set_status(r.reference, "in_progress")
    done = store.set_status(r.reference, "answered")
    assert done.closed_at and not done.is_open
    events = [e.event for e in store.audit_entries(r.id)]
    assert events == ["created", "status_changed", "status_changed"]


def test_extension_only_within_the_first_month(store):
    r = _new(store)  # received 5 Mar 2026, legal due 7 Apr 2026
    with pytest.raises(InputError):
        store.extend(r.reference, reason="", country="NL", today=date(2026, 3, 20))
    with pytest.raises(StateError):
        store.extend(r.reference, reason="veel materiaal", country="NL", today=date(2026, 4, 8))
    ext = store.extend(r.reference, reason="veel materiaal", country="NL", today=date(2026, 4, 7))
    assert ext.status == "extended" and ext.extended
    assert ext.deadlines("NL").effective_due == date(2026, 6, 5)
    with pytest.raises(StateError):
        store.extend(r.reference, reason="nog eens", country="NL", today=date(2026, 4, 1))


def test_audit_chain_verifies_and_detects_tampering(store):
    r = _new(store)
    store.set_status(r.reference, "in_progress")
    assert store.verify_audit() == []
    # The log refuses edits through SQL...
    with pytest.raises(sqlite3.DatabaseError):
        store.conn.execute("UPDATE audit_log SET event = 'x' WHERE id = 1")
    with pytest.raises(sqlite3.DatabaseError):
        store.conn.execute("DELETE FROM audit_log")
    # ...and someone who drops the trigger is still caught by the hash chain.
    store.conn.execute("DROP TRIGGER audit_log_no_update")
    store.conn.execute("UPDATE audit_log SET details = '{}' WHERE id = 1")
    problems = store.verify_audit()
    assert len(problems) == 1 and "1" in problems[0]


def test_audit_chain_detects_a_removed_entry(store):
    r = _new(store)
    store.set_status(r.reference, "in_progress")
    store.set_status(r.reference, "answered")
    store.conn.execute("DROP TRIGGER audit_log_no_delete")
    store.conn.execute("DELETE FROM audit_log WHERE id = 2")
    assert store.verify_audit()


def test_source_key_prevents_duplicates(store):
    _new(store, source_key="<abc@example>")
    assert store.find_request_by_source_key("<abc@example>") is not None
    with pytest.raises(DuplicateError):
        _new(store, source_key="<abc@example>")
    assert len(store.list_requests()) == 1


def test_list_filters_and_search(store):
    a = _new(store)
    _new(store, requester_name="Bert Peeters", requester_email="bert@example.be")
    store.set_status(a.reference, "answered")
    assert [r.requester_name for r in store.list_requests("open")] == ["Bert Peeters"]
    assert [r.requester_name for r in store.list_requests("closed")] == ["Anna de Vries"]
    assert [r.requester_name for r in store.list_requests("all", search="example.be")] == ["Bert Peeters"]


def test_unknown_reference(store):
    with pytest.raises(NotFoundError):
        store.get_request("1999-0001")


def test_csv_export(store, tmp_path):
    _new(store, requester_name="Zoë Müller")
    out = tmp_path / "register.csv"
    assert store.export_csv(out, country="NL") == 1
    text = out.read_text(encoding="utf-8-sig")
    assert "Zoë Müller" in text and "2026-04-07" in text
    assert text.splitlines()[0].startswith("reference,received,")


def test_requests_are_deleted_only_with_a_reason_and_stay_restorable(store):
    r = _new(store)
    with pytest.raises(InputError):
        store.delete_request(r.reference, reason="")
    store.delete_request(r.reference, reason="Duplicate")
    with pytest.raises(StateError):
        store.update_request(r.reference, notes="x")
    assert store.restore_request(r.reference).deleted_at is None


def test_settings_defaults_and_damage(store):
    from studio_dsar.core import settings

    assert settings.load(store)["country"] == "NL"
    settings.save({"country": "BE", "promise_days": 21}, store)
    assert settings.load(store)["country"] == "BE"
    store.set_setting("app_settings", {"country": "XX", "promise_days": "abc"})
    loaded = settings.load(store)
    assert loaded["country"] == "NL" and loaded["promise_days"] == 28
