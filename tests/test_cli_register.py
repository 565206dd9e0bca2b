import json

from studio_dsar.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_deadline_json(capsys):
    code, out, _ = run(capsys, "deadline", "--received", "2026-03-05", "--country", "NL", "--extended")
    assert code == 0
    data = json.loads(out)
    assert data["legal_due"] == "2026-04-07"
    assert data["extended_due"] == "2026-06-05"
    assert data["extension_notice_by"] == "2026-04-07"
    assert data["promised_due"] == "2026-04-02"


def test_deadline_does_not_create_a_database(capsys, private_home):
    run(capsys, "deadline", "--received", "2026-06-21", "--country", "BE")
    assert not (private_home / "studio-dsar.sqlite3").exists()


def test_deadline_bad_date_is_a_clear_error(capsys):
    code, _, err = run(capsys, "deadline", "--received", "2026-02-30", "--country", "NL")
    assert code != 0 and "studio-dsar:" in err


def test_new_list_status_and_audit(capsys):
    code, out, _ = run(capsys, "new", "--name", "Jan Peeters", "--email", "jan@example.be",
                       "--rights", "erasure,objection", "--received", "2026-11-02", "--json")
    assert code == 0
    ref = json.loads(out)["reference"]
    code, out, _ = run(capsys, "list", "--json")
    items = json.loads(out)
    assert [i["reference"] for i in items] == [ref]
    assert items[0]["rights"] == ["erasure", "objection"]
    code, _, err = run(capsys, "status", ref, "refused")
    assert code != 0 and "12 lid 4" in err  # Dutch by default
    code, _, err = run(capsys, "--lang", "en", "status", ref, "refused")
    assert code != 0 and "Art. 12(4)" in err
    assert run(capsys, "status", ref, "refused", "--reason", "kennelijk ongegrond")[0] == 0
    code, out, _ = run(capsys, "audit", "verify", "--json")
    assert code == 0 and json.loads(out)["ok"] is True


def test_audit_verify_fails_on_broken_chain(capsys, private_home):
    run(capsys, "new", "--name", "X", "--rights", "access", "--received", "2026-11-02")
    import sqlite3

    conn = sqlite3.connect(private_home / "studio-dsar.sqlite3")
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET actor = 'someone else'")
    conn.commit()
    conn.close()
    code, _out, err = run(capsys, "audit", "verify")
    assert code == 1 and err


def test_export_csv(capsys, tmp_path):
    run(capsys, "new", "--name", "X", "--rights", "access", "--received", "2026-11-02")
    out_file = tmp_path / "r.csv"
    assert run(capsys, "export-csv", str(out_file))[0] == 0
    assert out_file.read_text(encoding="utf-8-sig").count("\n") == 2


def test_english_messages(capsys):
    code, _, err = run(capsys, "--lang", "en", "show", "1999-0001")
    assert code == 3 and "No request with reference 1999-0001" in err
