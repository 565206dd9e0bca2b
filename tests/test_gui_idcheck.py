"""The ID-check window: keep only after a look when the app is unsure; closing wipes."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from studio_dsar.core.vault import Vault

pytestmark = pytest.mark.usefixtures("memory_keyring", "sync_tasks")


@pytest.fixture
def req(store):
    return store.create_request(requester_name="Anna de Vries", requester_email="anna@example.nl",
                                rights=["access"], received_at="2026-11-02")


@pytest.fixture
def scan(tmp_path):
    img = np.full((500, 700, 3), 230, np.uint8)
    path = tmp_path / "id.png"
    cv2.imwrite(str(path), img)
    return path


def test_unsure_result_needs_the_owner_to_confirm(qtbot, store, req, scan):
    from studio_dsar.gui.idcheck_dialog import IdCheckDialog

    dialog = IdCheckDialog(store, req.reference, scan)
    qtbot.addWidget(dialog)
    assert dialog.check is not None and dialog.check.needs_review
    assert not dialog.keep_button.isEnabled()
    assert dialog.review_label.text()
    dialog.reviewed_box.setChecked(True)
    assert dialog.keep_button.isEnabled()
    dialog.name_box.setChecked(True)
    dialog.wipe_source_box.setChecked(False)
    dialog.keep()
    kinds = [i.kind for i in Vault(store).items(req.id, include_wiped=False)]
    assert kinds == ["redacted"] and scan.exists()
    checked = [e for e in store.audit_entries(req.id) if e.event == "id_checked"]
    assert checked and checked[0].details["name_matches"] and not checked[0].details["identity_verified"]


def test_closing_the_window_wipes_the_original(qtbot, store, req, scan):
    from studio_dsar.gui.idcheck_dialog import IdCheckDialog

    dialog = IdCheckDialog(store, req.reference, scan)
    qtbot.addWidget(dialog)
    dialog.reject()
    assert Vault(store).items(req.id, include_wiped=False) == []
    assert scan.exists()  # only "keep" with the box ticked wipes the source


def test_detail_pane_offers_the_check_and_lists_kept_copies(qtbot, store, req, scan, monkeypatch):
    from studio_dsar.gui import dialogs
    from studio_dsar.gui.idcheck_dialog import IdCheckDialog
    from studio_dsar.gui.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.select_reference(req.reference)
    opened = []

    def fake_exec(self):
        opened.append(self.reference)
        self.reviewed_box.setChecked(True)
        self.wipe_source_box.setChecked(False)
        self.keep()
        return 1

    monkeypatch.setattr(IdCheckDialog, "exec", fake_exec)
    monkeypatch.setattr(dialogs, "ask_id_path", lambda parent: str(scan))
    window.detail.idcheck_button.click()
    assert opened == [req.reference]
    shown = []
    monkeypatch.setattr(dialogs, "show_document", lambda parent, title, data, ctype: shown.append(data[:4]))
    buttons = [b for b in window.detail.attachments_box.findChildren(type(window.detail.idcheck_button))
               if b.text() and b.isVisibleTo(window.detail)]
    assert buttons, "a View button for the kept copy"
    buttons[-1].click()
    assert shown == [b"\x89PNG"]


def test_dropping_a_scan_on_a_selected_request_starts_the_check(qtbot, store, req, scan, monkeypatch):
    from studio_dsar.gui.idcheck_dialog import IdCheckDialog
    from studio_dsar.gui.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    opened = []
    monkeypatch.setattr(IdCheckDialog, "exec", lambda self: opened.append((self.reference, self.source)) or 0)
    window.select_reference(req.reference)
    window.handle_drop([str(scan)])
    assert opened == [(req.reference, scan)]
    assert Vault(store).items(req.id, include_wiped=False) == []  # exec returned without a choice: wiped
