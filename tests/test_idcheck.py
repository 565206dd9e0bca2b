"""The ID check: the original is only ever stored encrypted, and only the redacted copy stays."""

from __future__ import annotations

import json
import shutil

import cv2
import numpy as np
import pytest

from studio_dsar.core import idcheck
from studio_dsar.core.errors import StateError
from studio_dsar.core.vault import Vault

from conftest import corpus_dir

pytestmark = pytest.mark.usefixtures("memory_keyring")


@pytest.fixture
def req(store):
    return store.create_request(requester_name="Anna de Vries", requester_email="anna@example.nl",
                                rights=["access"], received_at="2026-11-02", status="awaiting_id")


@pytest.fixture
def blank_scan(tmp_path):
    """A scan with no document on it: the redaction must ask for a check."""
    img = np.full((600, 800, 3), 235, np.uint8)
    cv2.putText(img, "NOTHING TO SEE 4242", (40, 300), cv2.FONT_HERSHEY_SIMPLEX, 1.5, (20, 20, 20), 3)
    path = tmp_path / "scan.png"
    cv2.imwrite(str(path), img)
    return path


def _files(home):
    return [p for p in home.rglob("*") if p.is_file()]


def test_unsure_redaction_cannot_be_kept_unreviewed(store, req, blank_scan, private_home):
    check = idcheck.start(store, req.reference, blank_scan)
    assert check.needs_review and "no_document_found" in check.result.reasons
    with pytest.raises(StateError):
        idcheck.accept(store, check, name_matches=True, birth_date_matches=True)
    # The original sits in the vault, encrypted: its bytes appear in no file.
    raw = blank_scan.read_bytes()
    for f in _files(private_home):
        assert raw[100:164] not in f.read_bytes()
    kept = idcheck.accept(store, check, name_matches=True, birth_date_matches=True, reviewed=True)
    vault = Vault(store)
    assert [i.kind for i in vault.items(req.id, include_wiped=False)] == ["redacted"]
    assert vault.get(kept.id).startswith(b"\x89PNG")
    assert idcheck.unfinished_originals(store) == []
    assert store.get_request(req.reference).status == "in_progress"
    events = [e.event for e in store.audit_entries(req.id)]
    assert events[-6:] == ["vault_stored", "id_redacted", "vault_stored", "vault_wiped", "id_checked",
                           "status_changed"]
    assert blank_scan.exists()  # not asked to wipe the source
    assert store.verify_audit() == []


def test_discard_wipes_the_original_and_optionally_the_source(store, req, blank_scan, private_home):
    check = idcheck.start(store, req.reference, blank_scan)
    idcheck.discard(store, check, wipe_source=blank_scan)
    assert not blank_scan.exists()
    assert Vault(store).items(req.id, include_wiped=False) == []
    assert list((private_home / "vault").iterdir()) == []
    assert store.get_request(req.reference).status == "awaiting_id"  # nothing verified


def test_interrupted_check_leaves_only_an_encrypted_original(store, req, blank_scan):
    idcheck.start(store, req.reference, blank_scan)  # window closed / app killed before a choice
    assert [i.kind for i in idcheck.unfinished_originals(store)] == ["original"]
    assert idcheck.wipe_unfinished(store) == 1
    assert idcheck.unfinished_originals(store) == []


def test_bad_input_stores_nothing(store, req, tmp_path):
    bad = tmp_path / "broken.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    from studio_dsar.core.errors import InputError

    with pytest.raises(InputError):
        idcheck.start(store, req.reference, bad)
    assert Vault(store).items(include_wiped=False) == []


@pytest.mark.corpus
def test_real_scan_is_redacted_and_kept(store, req, tmp_path, capsys):
    src = corpus_dir("idscans") / "dev" / "0002.png"  # Dutch ID card, front and back
    scan = tmp_path / "paspoort.png"
    shutil.copy(src, scan)
    from studio_dsar.cli import main

    code = main(["idcheck", req.reference, str(scan), "--name-matches", "--birth-date-matches",
                 "--reviewed", "--wipe-source", "--json"])
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert report["kept"] and report["source_wiped"] and not scan.exists()
    assert {"photo", "mrz"} <= set(report["blacked_out"])
    assert "value" not in json.dumps(report)
