"""A lost laptop takes its keychain along: the recovery code (or the passphrase) opens the
backups on another computer, and the restored data folder adopts the key that made them."""

from __future__ import annotations

import pytest

from studio_dsar.core import keys
from studio_dsar.core.errors import InputError
from studio_dsar.core.store import Store, backup
from studio_dsar.core.store import keys as register_keys

PASS = "correct horse battery staple"


def _all_bytes(root):
    return b"".join(p.read_bytes() for p in root.rglob("*") if p.is_file())


def _first_computer(tmp_path):
    """A register with a request and a kept (redacted) ID copy, its recovery code and a backup."""
    from studio_dsar.core.studio import Studio
    from studio_dsar.core.vault import Vault

    with Studio.open() as studio:
        req = studio.store.create_request(requester_name="Anna de Vries", requester_email="anna@example.nl",
                                          rights=["access"], received_at="2026-03-05T10:00:00+01:00")
        kept = Vault(studio.store).put(b"REDACTED-COPY" * 50, filename="ID-redacted.png", kind="redacted",
                                       request_id=req.id)
        code = studio.new_recovery_code()
        target = tmp_path / "usb" / "register.sdsar-backup"
        target.parent.mkdir()
        studio.backup_to(target)
    return code, target, kept.id, keys.master_key()


def _new_computer(tmp_path, monkeypatch, memory_keyring=None):
    home = tmp_path / "new-laptop"
    monkeypatch.setenv("STUDIO_DSAR_HOME", str(home))
    if memory_keyring is not None:
        memory_keyring.secrets.clear()
    register_keys.forget()
    return home


def test_recovery_code_opens_the_backup_on_another_computer(private_home, memory_keyring, tmp_path, monkeypatch):
    from studio_dsar.core.studio import Studio
    from studio_dsar.core.vault import Vault

    code, target, kept_id, master = _first_computer(tmp_path)
    assert len(code.replace("-", "")) == 24 and keys.recovery_made()
    # neither the code nor the master key is written anywhere: not in the data folder, not in the backup
    for blob in (_all_bytes(private_home), target.read_bytes()):
        assert code.replace("-", "").encode() not in blob and code.encode() not in blob
        assert master not in blob

    home = _new_computer(tmp_path, monkeypatch, memory_keyring)
    with Studio.open() as studio:  # the app was started once on the new laptop: a key of its own
        assert studio.store.count_requests() == 0
    own_key = keys.master_key()
    with pytest.raises(backup.BackupKeyNeeded):
        backup.open_backup(target)
    with pytest.raises(backup.BackupKeyNeeded):
        Studio.restore_register(target, secret="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    with Studio.open() as studio:
        assert studio.store.count_requests() == 0  # a refused restore changed nothing

    # typed as people type it: lower case, spaces instead of dashes, a zero for an O
    typed = code.lower().replace("-", " ").replace("o", "0")
    result = Studio.restore_register(target, secret=typed)
    assert result.report.ok and result.aside is not None
    register_keys.forget()  # a later start reads the adopted key from the keychain
    with Studio.open() as studio:
        assert [r.requester_name for r in studio.store.list_requests()] == ["Anna de Vries"]
        assert Vault(studio.store).get(kept_id) == b"REDACTED-COPY" * 50
        assert studio.store.verify_report().ok
    assert keys.master_key() == master
    # the new laptop's own key was not thrown away (its set-aside register needs it)
    import base64

    assert base64.b64encode(own_key).decode() in [v for (_s, user), v in memory_keyring.secrets.items()
                                                   if "-replaced-" in user]
    assert list(home.glob("vault-key.json.replaced-*"))


def test_without_a_recovery_code_the_message_says_so(private_home, memory_keyring, tmp_path, monkeypatch, english):
    with Store.open() as s:
        s.create_request(requester_name="Bert", requester_email="bert@example.be", rights=["access"],
                         received_at="2026-03-05T10:00:00+01:00")
        s.backup_to(tmp_path / "b.sdsar-backup")
    assert "keys" not in (backup.read_header(tmp_path / "b.sdsar-backup") or {})
    _new_computer(tmp_path, monkeypatch, memory_keyring)
    with pytest.raises(InputError) as err:
        backup.open_backup(tmp_path / "b.sdsar-backup")
    assert not isinstance(err.value, backup.BackupKeyNeeded)
    assert "another computer" in str(err.value)


def test_a_new_code_replaces_the_old_one(private_home, memory_keyring, tmp_path, monkeypatch):
    from studio_dsar.core.studio import Studio

    with Studio.open() as studio:
        studio.store.create_request(requester_name="Bert", requester_email="bert@example.be", rights=["access"],
                                    received_at="2026-03-05T10:00:00+01:00")
        old = studio.new_recovery_code()
        new = studio.new_recovery_code()
        assert old != new
        studio.backup_to(tmp_path / "b.sdsar-backup")
        events = [e.event for e in studio.store.audit_entries()]
    assert events.count("recovery_code_made") == 2
    _new_computer(tmp_path, monkeypatch, memory_keyring)
    with pytest.raises(backup.BackupKeyNeeded):
        backup.open_backup(tmp_path / "b.sdsar-backup", secret=old)
    assert backup.open_backup(tmp_path / "b.sdsar-backup", secret=new).master is not None


@pytest.fixture
def no_keychain(monkeypatch):
    monkeypatch.setattr(keys, "secure_keychain", lambda: None)
    yield
    keys.lock()


def test_passphrase_folder_restores_elsewhere_with_its_passphrase(private_home, no_keychain, tmp_path,
                                                                   monkeypatch):
    from studio_dsar.core.studio import Studio

    monkeypatch.setenv(keys.PASSPHRASE_ENV, PASS)
    with Studio.open() as studio:
        studio.store.create_request(requester_name="Chloé Dubois", requester_email="chloe@example.be",
                                    rights=["erasure"], received_at="2026-03-05T10:00:00+01:00")
        studio.backup_to(tmp_path / "b.sdsar-backup")
    header = backup.read_header(tmp_path / "b.sdsar-backup") or {}
    assert set(header["keys"]) == {"passphrase"} and PASS not in str(header)

    monkeypatch.delenv(keys.PASSPHRASE_ENV)
    _new_computer(tmp_path, monkeypatch)
    keys.lock()
    with pytest.raises(backup.BackupKeyNeeded):
        Studio.restore_register(tmp_path / "b.sdsar-backup", secret="not the passphrase")
    Studio.restore_register(tmp_path / "b.sdsar-backup", secret=PASS)
    keys.lock()
    register_keys.forget()
    assert keys.needs_passphrase()
    keys.unlock(PASS)  # the restored folder asks for the same passphrase from now on
    with Studio.open() as studio:
        assert [r.requester_name for r in studio.store.list_requests()] == ["Chloé Dubois"]
        assert studio.store.verify_report().ok


def test_cli_makes_a_code_and_restores_with_it(private_home, memory_keyring, tmp_path, monkeypatch, capsys):
    from studio_dsar.cli.main import main
    from studio_dsar.core.studio import Studio

    with Studio.open() as studio:
        studio.store.create_request(requester_name="Dirk", requester_email="dirk@example.nl", rights=["access"],
                                    received_at="2026-03-05T10:00:00+01:00")
    assert main(["recovery-code"]) == 0
    assert "--new" in capsys.readouterr().out
    assert main(["recovery-code", "--new"]) == 0
    out = capsys.readouterr().out
    code = next(line.strip() for line in out.splitlines() if line.strip().count("-") == 5)
    assert main(["backup", str(tmp_path / "b.sdsar-backup")]) == 0
    _new_computer(tmp_path, monkeypatch, memory_keyring)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["restore", str(tmp_path / "b.sdsar-backup"), "--yes"]) != 0
    assert "STUDIO_DSAR_RECOVERY_CODE" in capsys.readouterr().err
    monkeypatch.setenv("STUDIO_DSAR_RECOVERY_CODE", code)
    assert main(["restore", str(tmp_path / "b.sdsar-backup"), "--yes"]) == 0
    with Studio.open() as studio:
        assert studio.store.count_requests() == 1


def test_restore_from_the_command_line_waits_for_an_open_window(private_home, memory_keyring, tmp_path):
    """A window of another process holds the register: the command line must not swap the file
    under it (what the window writes next would be lost); once it is gone, restore works."""
    import subprocess
    import sys

    from studio_dsar.core import paths
    from studio_dsar.core.errors import DsarError
    from studio_dsar.core.store import connection
    from studio_dsar.core.studio import Studio

    with Studio.open() as studio:
        studio.store.create_request(requester_name="Emma", requester_email="emma@example.nl", rights=["access"],
                                    received_at="2026-03-05T10:00:00+01:00")
        studio.backup_to(tmp_path / "b.sdsar-backup")
    db = paths.db_path()
    window = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from filelock import FileLock; "
         "l = FileLock(sys.argv[1], timeout=0); l.acquire(); print('held', flush=True); time.sleep(60)",
         str(connection.window_lock_path(db))], stdout=subprocess.PIPE, text=True)
    try:
        assert window.stdout is not None and window.stdout.readline().strip() == "held"
        with pytest.raises(DsarError, match="studio-dsar"):
            Studio.restore_register(tmp_path / "b.sdsar-backup")
        with pytest.raises(DsarError, match="studio-dsar"):
            Studio.start_empty_register()
    finally:
        window.kill()
        window.wait()
    assert Studio.restore_register(tmp_path / "b.sdsar-backup").report.ok
    # the window of this very process restores through its own Studio
    with Studio.open() as studio:
        studio.hold_for_window()
        assert not connection.open_in_another_window(db)
        assert studio.restore(tmp_path / "b.sdsar-backup").report.ok
        studio.release_window()
