"""The ID check: a reason first, compare, record a minimal proof, destroy the copy."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from datetime import date, timedelta

import cv2
import numpy as np
import pytest

from studio_dsar.core import identity, idcheck
from studio_dsar.core.errors import InputError, StateError
from studio_dsar.core.vault import Vault

from conftest import REPO, corpus_dir
from studio_dsar.core.deadlines import studio_today

pytestmark = pytest.mark.usefixtures("memory_keyring")
TODAY = studio_today()


@pytest.fixture
def req(store):
    return store.create_request(requester_name="Anna de Vries", requester_email="anna@example.nl",
                                rights=["access"], received_at="2026-11-02", status="awaiting_id")


@pytest.fixture
def blank_scan(tmp_path):
    """A scan with no document on it: the redaction must ask for a check."""
    img = np.full((600, 800, 3), 235, np.uint8)
    cv2.putText(img, "NOTHING TO SEE 4242", (40, 300), cv2.FONT_HERSHEY_SIMPLEX, 1.5, (20, 20, 20), 3)
    path = tmp_path / "paspoort_Anna_111222333.png"
    cv2.imwrite(str(path), img)
    return path


def _files(home):
    return [p for p in home.rglob("*") if p.is_file()]


def _live_items(store):
    return store.conn.execute("SELECT id, kind FROM vault_items WHERE wiped_at IS NULL").fetchall()


def test_original_is_shredded_at_once_and_nothing_kept_by_default(store, req, blank_scan, private_home):
    check = idcheck.start_file(store, req.reference, blank_scan)
    assert check.needs_review and "no_document_found" in check.result.reasons
    assert check.original_wiped and _live_items(store) == []
    assert list((private_home / "vault").iterdir()) == []
    assert check.comparison.name == identity.UNKNOWN and check.comparison.needs_other_side
    proof, kept = idcheck.decide(store, check, "verified")
    assert kept is None and _live_items(store) == []
    assert proof.decision == "verified" and proof.method == "document_owner" and proof.fields_matched == []
    assert store.get_request(req.reference).status == "in_progress"
    with pytest.raises(StateError):
        idcheck.decide(store, check, "verified")
    assert store.verify_audit() == []


def test_keeping_a_copy_needs_review_reason_end_date_and_verified(store, req, blank_scan, private_home):
    check = idcheck.start_file(store, req.reference, blank_scan)
    until = TODAY + timedelta(days=30)
    with pytest.raises(StateError):   # "I checked" is never assumed
        idcheck.decide(store, check, "verified", keep_until=until, keep_reason="dispute pending")
    with pytest.raises(InputError):
        idcheck.decide(store, check, "verified", reviewed=True, keep_until=until, keep_reason="")
    with pytest.raises(InputError):
        idcheck.decide(store, check, "verified", reviewed=True, keep_until=TODAY + timedelta(days=400),
                       keep_reason="dispute pending")
    with pytest.raises(StateError):   # nothing is kept when identity is not verified
        idcheck.decide(store, check, "not_verified", reviewed=True, keep_until=until, keep_reason="x")
    assert _live_items(store) == [] and not check.finished
    check.add_box(0, (0.1, 0.1, 0.4, 0.3))
    check.add_box(0, (0.5, 0.5, 0.6, 0.6))
    assert check.undo_box() and check.box_count == 1
    proof, kept = idcheck.decide(store, check, "verified", reviewed=True, keep_until=until,
                                 keep_reason="dispute pending")
    assert proof.copy_kept_until == until.isoformat()
    data = Vault(store).get(kept.id)
    img = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    h, w = img.shape[:2]
    assert img[int(0.2 * h), int(0.25 * w)].max() == 0          # the owner's box is burnt in
    assert img[int(0.55 * h), int(0.55 * w)].min() > 200        # the undone one is not
    listed = idcheck.copies(store, req.reference)
    assert [(i["kind"], i["keep_until"]) for i in listed] == [("redacted", until.isoformat())]
    assert "paspoort" not in listed[0]["name"] and "111222333" not in listed[0]["name"]
    # kept until the end date, wiped the day after (at start-up or by the timer)
    assert idcheck.wipe_due_copies(store, today=until) == 0
    cleanup = idcheck.startup_cleanup(store, today=until + timedelta(days=1))
    assert cleanup.copies_wiped == 1 and cleanup.message()
    assert idcheck.copies(store, req.reference) == [] and list((private_home / "vault").iterdir()) == []


def test_mismatch_blocks_verified_without_a_reason(store, req, blank_scan):
    check = idcheck.start_file(store, req.reference, blank_scan)
    check.comparison = identity.compare("Anna de Vries", None, [identity.IdentityFields("mrz", "JANSEN", "PIET")])
    assert check.comparison.name == identity.MISMATCH
    with pytest.raises(StateError):
        idcheck.decide(store, check, "verified")
    assert not check.finished and idcheck.proofs(store, req.reference) == []
    proof, _kept = idcheck.decide(store, check, "verified", reason="married name, checked by phone")
    assert proof.override_reason == "married name, checked by phone"


def test_match_is_recorded_as_a_minimal_proof(store, req, blank_scan, private_home):
    check = idcheck.start_file(store, req.reference, blank_scan)
    doc = identity.IdentityFields("mrz", "DE VRIES", "ANNA", birth_date=date(1980, 1, 2),
                                  expiry_date=TODAY + timedelta(days=900), document_type="passport",
                                  issuing_country="NLD")
    check.result.identities = [doc]
    idcheck.recompare(store, check, date(1980, 1, 2))
    proof, _kept = idcheck.decide(store, check, "verified")
    assert proof.to_json() | {"decided_at": None} == {
        "decided_at": None, "actor": "owner", "decision": "verified", "method": "document_mrz",
        "fields_matched": ["name", "birth_date"], "document_type": "passport", "issuing_country": "NLD",
        "expiry_valid": True, "override_reason": None, "copy_kept_until": None}
    # the proof holds no name, no date of birth, nothing of the source file
    raw = store.path.read_bytes()
    for needle in (b"1980-01-02", b"paspoort", b"111222333"):
        assert needle not in raw
    for e in store.audit_entries(req.id):
        assert "paspoort" not in json.dumps(e.details) and "111222333" not in json.dumps(e.details)


def test_wipe_source_records_that_the_owner_was_told(store, req, blank_scan):
    check = idcheck.start_file(store, req.reference, blank_scan)
    idcheck.discard(store, check)
    idcheck.wipe_source(store, req.id, blank_scan, told_mail_copies=True)
    assert not blank_scan.exists()
    last = store.audit_entries(req.id)[-1]
    assert last.event == "id_source_wiped" and last.details == {"owner_told_mail_still_holds_copy": True}


def test_bad_input_stores_nothing(store, req, tmp_path):
    bad = tmp_path / "broken.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    with pytest.raises(InputError):
        idcheck.start_file(store, req.reference, bad)
    assert _live_items(store) == []
    with pytest.raises(InputError):
        idcheck.start_file(store, req.reference, tmp_path / "notes.txt")


def test_asking_for_id_needs_a_reason(store):
    r = store.create_request(requester_name="B", requester_email="b@example.nl", rights=["erasure"],
                             received_at="2026-11-02")
    with pytest.raises(InputError):
        idcheck.record_reason(store, r.reference, "")
    r = idcheck.record_reason(store, r.reference, "Request came from an unknown address",
                              means_considered=["known_address", "bogus"])
    assert r.status == "awaiting_id"
    assert idcheck.id_reason(store, r.reference) == ("Request came from an unknown address", ["known_address"])
    assert set(idcheck.lighter_means("BE")) >= {"be_itsme", "be_show_card"}
    assert "nl_kopieid" not in idcheck.lighter_means("BE")


_CHILD = textwrap.dedent("""
    import sys, time
    from studio_dsar.core import idcheck, keys, redaction
    from studio_dsar.core.store import Store

    def slow(*a, **k):
        print("REDACTING", flush=True)
        time.sleep(60)

    redaction.redact_bytes = slow
    with Store.open() as store:
        idcheck.start_file(store, sys.argv[1], sys.argv[2])
""")


def test_kill_during_a_check_leaves_nothing_decryptable(store, req, blank_scan, private_home, tmp_path,
                                                       monkeypatch):
    """A real process killed with SIGKILL half-way; the next CLI start wipes what it left."""
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("SIGKILL is POSIX only")
    env = dict(os.environ, STUDIO_DSAR_HOME=str(private_home), STUDIO_DSAR_PASSPHRASE="a passphrase for this test",
               PYTHONPATH=str(REPO))
    # the child has no keychain: the vault key comes from the passphrase
    (private_home / "vault-key.json").unlink(missing_ok=True)
    store.close()
    proc = subprocess.Popen([sys.executable, "-c", _CHILD, req.reference, str(blank_scan)], env=env, cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert line.strip() == "REDACTING", proc.stderr.read()
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    from studio_dsar.core.store import Store

    with Store.open() as s:
        left = s.conn.execute("SELECT COUNT(*) FROM vault_items WHERE wrapped_key IS NOT NULL").fetchone()[0]
    assert left == 1   # the killed check left its (encrypted) original behind
    out = subprocess.run([sys.executable, "-m", "studio_dsar", "idcopies", req.reference, "--json"], env=env,
                         cwd=REPO, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["items"] == []
    assert out.stderr.strip()   # the owner is told
    with Store.open() as s:
        assert s.conn.execute("SELECT COUNT(*) FROM vault_items WHERE wrapped_key IS NOT NULL").fetchone()[0] == 0
    assert list((private_home / "vault").iterdir()) == []


# ------------------------------------------------------------------------------------- corpus
def _cli(capsys, *argv):
    from studio_dsar.cli.main import main

    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def _person(name):
    truth = json.loads((corpus_dir("idscans") / "dev" / f"{name}.json").read_text("utf-8"))
    return truth["person"]


@pytest.mark.corpus
@pytest.mark.parametrize("scan", ["0004.jpg", "0005.jpg"])   # NL passport (MRZ); BE eID front (visual zone)
def test_cli_match_and_mismatch_on_real_scans(store, tmp_path, capsys, scan):
    src = corpus_dir("idscans") / "dev" / scan
    p = _person(scan[:4])
    right = store.create_request(requester_name=f"{p['given_names']} {p['surname']}",
                                 requester_email="a@example.nl", rights=["access"], received_at="2026-11-02",
                                 status="awaiting_id")
    wrong = store.create_request(requester_name="Pieter Jansen", requester_email="p@example.nl",
                                 rights=["access"], received_at="2026-11-02", status="awaiting_id")
    copy = tmp_path / ("ID " + scan)
    shutil.copy(src, copy)
    code, out, _err = _cli(capsys, "idcheck", right.reference, str(copy), "--birth-date", p["birth_date"],
                           "--decision", "verified", "--json")
    assert code == 0
    report = json.loads(out)
    assert report["identity"]["name"] == "match" and report["identity"]["birth_date"] == "match"
    assert report["decision"] == "verified" and report["kept_copy"] is False
    assert report["identity"]["issuing_country"] in ("NLD", "BEL")
    assert report["identity"]["expired"] is (date.fromisoformat(p["expiry_date"]) < TODAY)
    assert {"photo"} <= set(report["findings"])
    for v in (p.get("bsn"), p.get("rrn"), p.get("document_number"), p.get("card_number")):
        assert not v or v not in out
    code, out, err = _cli(capsys, "idcheck", wrong.reference, str(copy), "--decision", "verified", "--json")
    assert code != 0 and err
    report = json.loads(out)
    assert report["identity"]["name"] == "mismatch" and report["kept_copy"] is False
    assert idcheck.proofs(store, wrong.reference) == []
    assert store.get_request(wrong.reference).status == "awaiting_id"
    code, out, _err = _cli(capsys, "idcopies", wrong.reference, "--json")
    assert json.loads(out)["items"] == []
    assert copy.exists()   # not asked to wipe it


def _mail_with_scan(path, scan_bytes: bytes) -> None:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "Anna de Vries <anna@example.nl>"
    msg["To"] = "info@studio.example"
    msg["Subject"] = "Inzageverzoek"
    msg["Date"] = "Mon, 02 Nov 2026 10:00:00 +0100"
    msg["Message-ID"] = "<scan-test-1@example.nl>"
    msg.set_content("Beste studio,\n\nIk wil graag inzage in alle persoonsgegevens die u van mij heeft "
                    "(artikel 15 AVG). Mijn ID-kaart zit in de bijlage.\n\nAnna de Vries\n")
    msg.add_attachment(scan_bytes, maintype="image", subtype="png", filename="ID-kaart Anna.png")
    path.write_bytes(msg.as_bytes())


def test_scan_straight_from_the_mail_and_ask_when_it_moved(store, blank_scan, tmp_path, capsys):
    from studio_dsar.core.studio import Studio

    mail = tmp_path / "verzoek.eml"
    _mail_with_scan(mail, blank_scan.read_bytes())
    studio = Studio(store)
    (outcome,) = studio.import_mails([mail])
    ref = outcome.reference
    assert ref and studio.request(ref).attachments[0].is_id_document
    scans = studio.mail_id_scans(ref)
    assert [(s.extension, s.data == blank_scan.read_bytes()) for s in scans] == [(".png", True)]
    code, out, _err = _cli(capsys, "idcheck", ref, "--from-mail", "--json")
    assert code == 0 and json.loads(out)["kept_copy"] is False
    moved = tmp_path / "elders" / "verzoek.eml"
    moved.parent.mkdir()
    mail.rename(moved)
    from studio_dsar.core.errors import NotFoundError

    with pytest.raises(NotFoundError):
        studio.mail_id_scans(ref)
    code, out, err = _cli(capsys, "idcheck", ref, "--from-mail", str(moved), "--json")
    assert code == 0, err
    assert len(studio.mail_id_scans(ref)) == 1          # the new place is remembered
    other = tmp_path / "other.eml"
    _mail_with_scan(other, b"\x89PNG not the same mail")
    other.write_bytes(other.read_bytes().replace(b"scan-test-1", b"scan-test-2"))
    with pytest.raises(InputError):
        studio.mail_id_scans(ref, other)
    # nothing of the attachment's name reached the register or the audit log
    assert b"ID-kaart Anna" not in b"".join(
        json.dumps(e.details).encode() for e in store.audit_entries() if e.event.startswith(("id_", "vault_")))
    assert _live_items(store) == []


def test_the_id_request_letter_needs_and_states_the_reason(store, req):
    from test_letters_kinds import TODAY as LETTER_DAY
    from test_letters_kinds import named_profile

    from studio_dsar.core.letters import profile as P
    from studio_dsar.core.letters import render as R

    P.save_profile(store, named_profile())
    with pytest.raises(InputError):
        R.render_letter(store, req.reference, "id_request", "en", today=LETTER_DAY)
    idcheck.record_reason(store, req.reference, "Asked from an address we never used with this client")
    pdf = R.render_letter(store, req.reference, "id_request", "en", today=LETTER_DAY)
    import pymupdf

    with pymupdf.open("pdf", pdf) as doc:
        text = " ".join(" ".join(p.get_text().split()) for p in doc)
    assert "Asked from an address we never used with this client" in text
    assert "no document number" in text and "issued it" in text
