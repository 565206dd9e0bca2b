"""The window's side of a safe register: recovery offered at start, File ▸ Back up now and
Restore from backup, storage failures shown as sentences. Offscreen; dialogs replaced."""

from __future__ import annotations

import errno
import logging
import sys

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QApplication

from studio_dsar.core import faults, logs, paths
from studio_dsar.core.store import Store, backup
from studio_dsar.gui import app as gui_app
from studio_dsar.gui import dialogs, recovery, tasks
from studio_dsar.gui.main_window import MainWindow
from studio_dsar.core.deadlines import studio_today

pytestmark = pytest.mark.usefixtures("sync_tasks")


def _new(store, name="Anna de Vries"):
    return store.create_request(requester_name=name, requester_email="anna@example.nl", rights=["access"],
                                received_at="2026-03-05T10:00:00+01:00")


@pytest.fixture
def messages(monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_message",
                        lambda parent, kind, title, text, details=None: shown.append((kind, text)))
    return shown


def test_file_menu_offers_backup_and_restore(qtbot, store):
    win = MainWindow(store)
    qtbot.addWidget(win)
    file_menu = win.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert win.backup_action.text() in texts and win.restore_action.text() in texts
    assert "back-up" in win.backup_action.text().lower()  # Dutch by default


def test_back_up_now_then_restore_from_the_window(qtbot, memory_keyring, tmp_path, monkeypatch, messages):
    with Store.open() as s:
        _new(s)
    store = Store.open()
    win = MainWindow(store)
    qtbot.addWidget(win)
    target = tmp_path / "mine.sdsar-backup"
    monkeypatch.setattr(recovery, "ask_backup_target", lambda parent: str(target))
    win.backup_action.trigger()
    assert target.exists() and "versleuteld" in win.statusBar().currentMessage()
    _new(store, "Bert Peeters")
    win.reload()
    assert win.model.rowCount() == 2
    monkeypatch.setattr(recovery, "ask_backup_file", lambda parent: str(target))
    monkeypatch.setattr(recovery, "ask_confirm", lambda parent, text: True)
    win.restore_action.trigger()
    assert messages == []
    assert win.model.rowCount() == 1  # the window shows the restored register
    assert win.studio.verify_report().ok
    win.close()
    store.close()


def test_a_damaged_register_at_start_offers_the_latest_backup(qapp, memory_keyring, monkeypatch, messages):
    with Store.open() as s:
        _new(s)
    with Store.open():  # a start after the change: makes the backup
        pass
    db = paths.db_path()
    db.write_bytes(b"")
    asked = []

    def choose(parent, text, has_backup):
        asked.append((text, has_backup))
        return recovery.RESTORE_LATEST

    monkeypatch.setattr(recovery, "ask_recovery_choice", choose)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    logger = logging.getLogger("studio_dsar")
    monkeypatch.setattr(logger, "handlers", list(logger.handlers))
    monkeypatch.setattr(MainWindow, "maybe_first_run", lambda self: False)
    shown = []
    monkeypatch.setattr(QApplication, "exec", lambda *a: shown.append(QApplication.topLevelWidgets()) or 0)
    try:
        assert gui_app.main([]) == 0
    finally:
        for w in [w for w in (shown[0] if shown else []) if type(w).__name__ == "MainWindow"]:
            w.close()
        tasks.use_runner(None)
    assert asked and asked[0][1] is True and "leeg" in asked[0][0]
    assert any(kind == "info" and "teruggezet" in text for kind, text in messages)
    with Store.open() as s:
        assert s.count_requests() == 1
    assert list(db.parent.glob("*.damaged-*"))  # the empty file was kept aside


def test_quitting_at_the_recovery_question_changes_nothing(qapp, memory_keyring, monkeypatch, messages):
    with Store.open() as s:
        _new(s)
    with Store.open():
        pass
    paths.db_path().write_bytes(b"")
    monkeypatch.setattr(recovery, "ask_recovery_choice", lambda parent, text, has_backup: recovery.QUIT)
    assert gui_app.main([]) == faults.RegisterDamagedError.exit_code
    assert backup.list_backups(paths.data_home() / "backups")


def test_storage_failures_in_the_window_are_sentences_not_crash_reports(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    said, crashed = [], []
    logs.install_excepthook(show=crashed.append, show_error=said.append)
    try:
        raise OSError(errno.ENOSPC, "No space left on device")
    except OSError:
        sys.excepthook(*sys.exc_info())
    assert crashed == [] and said and "schijf is vol" in said[0].lower()


def test_the_window_sorts_references_as_numbers(qtbot, store):

    from PySide6.QtCore import Qt

    from studio_dsar.gui.models import REFERENCE, REQUEST_ROLE

    year = studio_today().year
    store.conn.execute(
        "INSERT INTO requests(reference, rights, received_at, created_at, updated_at, ref_year, ref_number) "
        "VALUES(?, '[]', '2026-01-01T12:00:00+01:00', 'x', 'x', ?, 9999)", (f"{year}-9999", year))
    _new(store)  # becomes 10000
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.table.sortByColumn(REFERENCE, Qt.SortOrder.AscendingOrder)
    proxy = win.proxy
    refs = [proxy.index(r, REFERENCE).data(REQUEST_ROLE).reference for r in range(proxy.rowCount())]
    assert refs == [f"{year}-9999", f"{year}-10000"]


def test_settings_dialog_sets_retention_and_backup_folder(qtbot, store, tmp_path):
    dialog = dialogs.SettingsDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.retention.value() == 2
    dialog.retention.setValue(4)
    dialog.backup_folder.setText(str(tmp_path / "usb"))
    dialog.accept()
    assert store.retention_years() == 4
    assert store.backup_folder() == str((tmp_path / "usb").resolve())
    events = [e.details for e in store.audit_entries() if e.event == "settings_changed"]
    assert {"retention_years": 4} in events


def test_recovery_code_made_in_the_window_opens_a_backup_on_a_new_laptop(qtbot, memory_keyring, tmp_path,
                                                                        monkeypatch, messages):
    from PySide6.QtWidgets import QMessageBox

    from studio_dsar.core.store import keys as register_keys

    with Store.open() as s:
        _new(s)
    store = Store.open()
    win = MainWindow(store)
    qtbot.addWidget(win)
    assert win.recovery_code_action in win.file_menu.actions()
    shown = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(recovery, "show_recovery_code", lambda parent, code: shown.append(code))
    win.recovery_code_action.trigger()
    assert len(shown) == 1 and messages == []
    target = tmp_path / "mine.sdsar-backup"
    monkeypatch.setattr(recovery, "ask_backup_target", lambda parent: str(target))
    win.backup_action.trigger()
    win.close()
    store.close()

    # the new laptop: another data folder, an empty keychain
    monkeypatch.setenv("STUDIO_DSAR_HOME", str(tmp_path / "new-laptop"))
    memory_keyring.secrets.clear()
    register_keys.forget()
    store = Store.open()
    win = MainWindow(store)
    qtbot.addWidget(win)
    assert win.model.rowCount() == 0
    asked = []
    monkeypatch.setattr(recovery, "ask_backup_file", lambda parent: str(target))
    monkeypatch.setattr(recovery, "ask_confirm", lambda parent, text: True)
    monkeypatch.setattr(recovery, "ask_recovery_secret", lambda parent, why: asked.append(why) or shown[0])
    win.restore_action.trigger()
    assert len(asked) == 1 and messages == []
    assert win.model.rowCount() == 1
    assert win.studio.verify_report().ok
    win.close()
    store.close()
