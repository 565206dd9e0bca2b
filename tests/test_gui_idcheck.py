"""The ID-check window, the whole flow: drop, draw a box, compare, decide, destroy."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from studio_dsar.core import identity, idcheck
from studio_dsar.core.vault import Vault

from conftest import corpus_dir
from studio_dsar.core.deadlines import studio_today

pytestmark = pytest.mark.usefixtures("memory_keyring", "sync_tasks")
# Screenshots to look at: set STUDIO_DSAR_SHOTS to a folder (default: the test's temp folder).
SHOTS = Path(os.environ.get("STUDIO_DSAR_SHOTS") or tempfile.gettempdir()) / "studio-dsar-shots"


@pytest.fixture
def req(store):
    return store.create_request(requester_name="Anna de Vries", requester_email="anna@example.nl",
                                rights=["access"], received_at="2026-11-02", status="awaiting_id")


@pytest.fixture
def scan(tmp_path):
    img = np.full((500, 700, 3), 230, np.uint8)
    path = tmp_path / "paspoort Anna 111222333.png"
    cv2.imwrite(str(path), img)
    return path


def _live(store):
    return store.conn.execute("SELECT kind FROM vault_items WHERE wiped_at IS NULL").fetchall()


def _drag(view, a: tuple[float, float], b: tuple[float, float]) -> None:
    """Drag on the first page from ``a`` to ``b`` (fractions of the page)."""
    rect, _i = view.pages[0]
    pa = view.mapFromScene(rect.left() + a[0] * rect.width(), rect.top() + a[1] * rect.height())
    pb = view.mapFromScene(rect.left() + b[0] * rect.width(), rect.top() + b[1] * rect.height())
    vp = view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pa)
    QTest.mouseMove(vp, QPoint((pa.x() + pb.x()) // 2, (pa.y() + pb.y()) // 2))
    QTest.mouseMove(vp, pb)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pb)


def test_whole_flow_drop_box_compare_decide_destroy(qtbot, store, req, scan, monkeypatch):
    from studio_dsar.gui import idcheck_dialog
    from studio_dsar.gui.idcheck_dialog import IdCheckDialog
    from studio_dsar.gui.main_window import MainWindow

    # what the engine would read from a Dutch passport for this person
    doc = identity.IdentityFields("mrz", "DE VRIES", "ANNA", birth_date=date(1980, 1, 2),
                                  expiry_date=studio_today() + timedelta(days=700), document_type="passport",
                                  issuing_country="NLD")
    real_start = idcheck.start

    def start(*a, **k):
        check = real_start(*a, **k)
        check.result.identities = [doc]
        idcheck.recompare(*((a[0], check, k.get("birth_date"))))
        return check

    monkeypatch.setattr(idcheck, "start", start)
    told = []
    monkeypatch.setattr(idcheck_dialog, "confirm", lambda *a: told.append(a[2]) or True)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.select_reference(req.reference)
    seen = {}

    def drive(dialog):
        seen["dialog"] = dialog
        assert dialog.check is not None and dialog.check.original_wiped and _live(store) == []
        # nothing is pre-decided or pre-ticked
        assert dialog.decision() is None and not dialog.reviewed_box.isChecked() and not dialog.keep_box.isChecked()
        assert not dialog.decide_button.isEnabled()
        labels = [i.text() for i in dialog.view.scene().items() if hasattr(i, "text")]
        assert labels == ["Pagina 1 van 1"]
        # draw a box over something the app missed, draw another, undo it
        dialog.resize(1280, 860)
        dialog.view.fit_width()
        _drag(dialog.view, (0.1, 0.1), (0.4, 0.3))
        _drag(dialog.view, (0.6, 0.6), (0.7, 0.7))
        assert dialog.check.box_count == 2
        dialog.undo_box()
        assert dialog.check.box_count == 1 and len(dialog.view.box_items) == 1
        # compare: the name matches; the date of birth typed is compared
        assert dialog.name_verdict.text().startswith("✔")
        dialog.birth_edit.setText("1980-01-02")
        dialog._recompare()
        assert dialog.dob_verdict.text().startswith("✔") and "NLD" in dialog.document_label.text()
        # decide: verified, keep the copy for a month (needs reason and "I checked")
        dialog.decision_buttons["verified"].setChecked(True)
        dialog.keep_box.setChecked(True)
        assert not dialog.decide_button.isEnabled()
        dialog.keep_reason_edit.setText("complaint pending at the AP")
        assert not dialog.decide_button.isEnabled()
        dialog.reviewed_box.setChecked(True)
        assert dialog.decide_button.isEnabled()
        dialog.wipe_source_box.setChecked(True)
        SHOTS.mkdir(exist_ok=True)
        dialog.grab().save(str(SHOTS / "idcheck_dialog.png"))
        dialog.decide_button.click()
        return 1

    monkeypatch.setattr(IdCheckDialog, "exec", drive)
    window.handle_drop([str(scan)])
    assert "dialog" in seen
    # destroy: the dropped file is gone, the owner was told about the mail copies
    assert not scan.exists() and told and "mail" in told[0].lower()
    wiped = [e for e in store.audit_entries(req.id) if e.event == "id_source_wiped"]
    assert wiped and wiped[0].details == {"owner_told_mail_still_holds_copy": True}
    # the proof, and one redacted copy with an end date and the owner's box burnt in
    (proof,) = idcheck.proofs(store, req.reference)
    assert proof.decision == "verified" and proof.fields_matched == ["name", "birth_date"]
    assert proof.document_type == "passport" and proof.issuing_country == "NLD" and proof.expiry_valid
    items = idcheck.copies(store, req.reference)
    assert [i["kind"] for i in items] == ["redacted"] and items[0]["keep_until"]
    img = cv2.imdecode(np.frombuffer(Vault(store).get(items[0]["id"]), np.uint8), cv2.IMREAD_COLOR)
    h, w = img.shape[:2]
    assert img[int(0.2 * h), int(0.25 * w)].max() == 0 and img[int(0.65 * h), int(0.65 * w)].min() > 200
    assert store.get_request(req.reference).status == "in_progress"
    # the dropped file's name is nowhere in the register
    raw = store.path.read_bytes()
    assert b"paspoort" not in raw and b"111222333" not in raw
    assert not any("paspoort" in json.dumps(e.details) for e in store.audit_entries())


def test_mismatch_needs_a_reason_and_closing_keeps_nothing(qtbot, store, req, scan, monkeypatch):
    from studio_dsar.gui.idcheck_dialog import IdCheckDialog

    real_compare = identity.compare
    monkeypatch.setattr(identity, "compare", lambda name, dob, docs, **k: real_compare(
        name, dob, [identity.IdentityFields("mrz", "JANSEN", "PIETER")], **k))
    dialog = IdCheckDialog(store, req.reference, scan)
    qtbot.addWidget(dialog)
    assert dialog.check.comparison.name == "mismatch" and dialog.mismatch_label.isVisibleTo(dialog)
    dialog.decision_buttons["verified"].setChecked(True)
    assert not dialog.decide_button.isEnabled() and dialog.reason_edit.isVisibleTo(dialog)
    dialog.decision_buttons["not_verified"].setChecked(True)
    assert dialog.decide_button.isEnabled() and not dialog.keep_box.isEnabled()
    dialog.reject()
    assert _live(store) == [] and idcheck.proofs(store, req.reference) == []
    assert scan.exists()


def test_side_without_a_name_asks_for_the_other_side(qtbot, store, req, scan):
    from studio_dsar.gui.idcheck_dialog import IdCheckDialog

    dialog = IdCheckDialog(store, req.reference, scan)
    qtbot.addWidget(dialog)
    assert dialog.check.comparison.needs_other_side and dialog.other_side_label.isVisibleTo(dialog)
    assert dialog.name_verdict.text().startswith("?")
    dialog.reject()


def test_passphrase_is_asked_once_per_session(qtbot, store, req, scan, monkeypatch, tmp_path):
    import keyring
    from keyring.backends import null

    from studio_dsar.core import keys
    from studio_dsar.gui import idcheck_dialog
    from studio_dsar.gui.idcheck_dialog import IdCheckDialog
    from studio_dsar.gui.main_window import MainWindow

    previous = keyring.get_keyring()
    keyring.set_keyring(null.Keyring())
    keys.lock()   # a machine without a keychain: the register may have set up a key meanwhile
    (keys.paths.data_home() / keys.KEY_FILE).unlink(missing_ok=True)
    monkeypatch.delenv(keys.PASSPHRASE_ENV, raising=False)
    asked = []
    monkeypatch.setattr(idcheck_dialog, "ask_passphrase",
                        lambda parent, title, text, confirm=False: asked.append(confirm) or "a long passphrase")
    monkeypatch.setattr(IdCheckDialog, "exec", lambda self: 0)
    try:
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.open_idcheck(req.reference, str(scan))
        window.open_idcheck(req.reference, str(scan))
        assert asked == [True]
        assert keys.key_info()["mode"] == "passphrase"
    finally:
        keyring.set_keyring(previous)
        keys.lock()


def test_startup_wipes_an_interrupted_original_and_tells(qtbot, store, req, monkeypatch):
    from studio_dsar.gui import dialogs
    from studio_dsar.gui.main_window import MainWindow

    Vault(store).put(b"left by a crash", filename="ID-x-original.png", kind="original", request_id=req.id)
    shown = []
    monkeypatch.setattr(dialogs, "show_message", lambda *a, **k: shown.append(a[3]))
    window = MainWindow(store)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(shown))
    assert _live(store) == []
    assert "onderbroken" in shown[0].lower()


@pytest.mark.corpus
def test_screenshot_of_a_real_passport_check(qtbot, store, tmp_path):
    """Look at the window on a real scan (../shared): the PNG lands in .screenshots/."""
    from studio_dsar.gui.idcheck_dialog import IdCheckDialog

    src = corpus_dir("idscans") / "dev" / "0004.jpg"
    truth = json.loads(src.with_suffix(".json").read_text("utf-8"))["person"]
    r = store.create_request(requester_name=f"{truth['given_names']} {truth['surname']}",
                             requester_email="x@example.nl", rights=["access"], received_at="2026-11-02")
    scan = tmp_path / "scan.jpg"
    shutil.copy(src, scan)
    dialog = IdCheckDialog(store, r.reference, scan)
    qtbot.addWidget(dialog)
    dialog.resize(1400, 900)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.view.fit_width()
    assert dialog.check.comparison.name == "match"
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "idcheck_passport.png"))
    dialog.reject()


def test_check_straight_from_the_mail_asks_for_it_when_it_moved(qtbot, store, scan, tmp_path, monkeypatch):
    from test_idcheck import _mail_with_scan

    from studio_dsar.gui import dialogs, idcheck_dialog
    from studio_dsar.gui.idcheck_dialog import IdCheckDialog
    from studio_dsar.gui.main_window import MainWindow

    mail = tmp_path / "verzoek.eml"
    _mail_with_scan(mail, scan.read_bytes())
    window = MainWindow(store)
    qtbot.addWidget(window)
    (outcome,) = window.studio.import_mails([mail])
    window.reload()
    window.select_reference(outcome.reference)
    assert window.detail.idcheck_mail_button.isVisibleTo(window.detail)
    moved = tmp_path / "moved.eml"
    mail.rename(moved)
    asked, opened = [], []
    monkeypatch.setattr(dialogs, "show_message", lambda *a, **k: None)
    monkeypatch.setattr(idcheck_dialog, "ask_mail_path", lambda parent: asked.append(1) or str(moved))
    monkeypatch.setattr(IdCheckDialog, "exec", lambda self: opened.append(self.check.extension) or 0)
    window.detail.idcheck_mail_button.click()
    assert asked == [1] and opened == [".png"]
    assert _live(store) == []


def test_awaiting_id_asks_why_and_offers_lighter_means_first(qtbot, store, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from studio_dsar.core.errors import InputError
    from studio_dsar.gui import idreason_dialog
    from studio_dsar.gui.main_window import MainWindow

    r = store.create_request(requester_name="B", requester_email="b@example.nl", rights=["erasure"],
                             received_at="2026-11-02")
    with pytest.raises(InputError):   # no reason, no "awaiting ID"
        store.set_status(r.reference, "awaiting_id")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.select_reference(r.reference)
    seen = {}

    def fake_exec(self):
        seen["means"] = list(self.means_boxes)
        assert not self.ok.isEnabled()            # a reason is required
        self.means_boxes["known_address"].setChecked(True)
        self.reason_edit.setPlainText("The request came from an address we never used")
        assert self.ok.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(idreason_dialog.IdReasonDialog, "exec", fake_exec)
    window.detail.change_status("awaiting_id")
    assert "known_address" in seen["means"] and "in_person" in seen["means"]
    assert store.get_request(r.reference).status == "awaiting_id"
    assert idcheck.id_reason(store, r.reference) == ("The request came from an address we never used",
                                                     ["known_address"])
    monkeypatch.setattr(idreason_dialog.IdReasonDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    r2 = store.create_request(requester_name="C", requester_email="c@example.nl", rights=["access"],
                              received_at="2026-11-02")
    window.reload()
    window.select_reference(r2.reference)
    window.detail.change_status("awaiting_id")
    assert store.get_request(r2.reference).status == "new"
