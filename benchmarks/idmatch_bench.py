"""How often the ID check's comparison is right, over a folder of synthetic ID scans.

For every scan ``NNNN.<ext>`` with ground truth ``NNNN.json`` (``../shared/idscans/dev`` by
default; any folder made by the corpus generator works) the scan is redacted and read exactly
as the ID check does it, then compared with

* the right person (given names + surname from the truth, and the right date of birth):
  ``name`` should be ``match``;
* a wrong person (the next file's person with another surname): ``name`` should be
  ``mismatch``;
* a "same family" wrong person (right surname, the next file's given names when they differ):
  ``name`` should be ``mismatch``;
* a wrong date of birth (another day): ``birth_date`` should be ``mismatch``.

Prints rates and the files that went wrong (file names and verdicts only, never values).

    python benchmarks/idmatch_bench.py [--truth DIR] [--limit N] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from studio_dsar.core import identity, redaction  # noqa: E402


def _core_surname(p: dict) -> str:
    return " ".join(identity._core(identity.tokens(p["surname"])))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--truth", default=str(REPO.parent / "shared" / "idscans" / "dev"))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--json")
    args = ap.parse_args(argv)
    truth_dir = Path(args.truth)
    if not truth_dir.is_dir():
        print(f"no corpus at {truth_dir}", file=sys.stderr)
        return 2
    cases = []
    for tj in sorted(truth_dir.glob("*.json")):
        t = json.loads(tj.read_text("utf-8"))
        scan = truth_dir / t["file"]
        if scan.exists():
            cases.append((scan, t))
    if args.limit:
        cases = cases[: args.limit]
    persons = [t["person"] for _s, t in cases]
    tally = dict.fromkeys(("right_match", "right_unknown", "right_mismatch", "wrong_mismatch", "wrong_unknown", "wrong_match", "family_mismatch", "family_unknown", "family_match", "family_n", "dob_match", "dob_unknown", "dob_mismatch", "wrongdob_mismatch", "wrongdob_unknown", "wrongdob_match", "other_side", "expired_ok", "expired_known"), 0)
    rows = []
    t0 = time.perf_counter()
    for i, (scan, t) in enumerate(cases):
        p = t["person"]
        _payload, _ext, result = redaction.redact_bytes(scan.read_bytes(), scan.name)
        ids = result.identities
        right = f"{p['given_names']} {p['surname']}"
        dob = date.fromisoformat(p["birth_date"])
        other = next(q for q in persons[i + 1:] + persons[:i + 1] if _core_surname(q) != _core_surname(p))
        wrong = f"{other['given_names']} {other['surname']}"
        fam = next((q for q in persons[i + 1:] + persons[:i]
                    if set(identity.tokens(q["given_names"])).isdisjoint(identity.tokens(p["given_names"]))), None)
        c_right = identity.compare(right, dob, ids)
        c_wrong = identity.compare(wrong, dob + timedelta(days=1), ids)
        tally["right_" + c_right.name] += 1
        tally["wrong_" + c_wrong.name] += 1
        tally["dob_" + c_right.birth_date] += 1
        tally["wrongdob_" + c_wrong.birth_date] += 1
        c_fam = None
        if fam is not None:
            c_fam = identity.compare(f"{fam['given_names']} {p['surname']}", None, ids)
            tally["family_" + c_fam.name] += 1
            tally["family_n"] += 1
        tally["other_side"] += int(c_right.needs_other_side)
        if c_right.expired is not None:
            tally["expired_known"] += 1
            tally["expired_ok"] += int(c_right.expired == (date.fromisoformat(p["expiry_date"]) < date.today()))
        rows.append({"file": scan.name, "layouts": t["document_types"], "right": c_right.name,
                     "wrong": c_wrong.name, "dob": c_right.birth_date, "wrong_dob": c_wrong.birth_date,
                     "expired": c_right.expired, "type": c_right.document_type,
                     "country": c_right.issuing_country, "other_side": c_right.needs_other_side,
                     "family": c_fam.name if c_fam else None})
        print(f"{scan.name:10} {','.join(t['document_types']):32} right={c_right.name:8} wrong={c_wrong.name:8} "
              f"dob={c_right.birth_date:8} wrongdob={c_wrong.birth_date:8} type={c_right.document_type} "
              f"country={c_right.issuing_country}", flush=True)
    n = len(cases)
    secs = time.perf_counter() - t0
    print()
    print(f"files: {n} ({secs:.0f} s, {secs / max(n, 1):.1f} s per file, redaction included)")
    print(f"right name  -> match {tally['right_match']}/{n} ({tally['right_match'] / n:.1%}), "
          f"unknown {tally['right_unknown']}, mismatch {tally['right_mismatch']}")
    print(f"wrong name  -> mismatch {tally['wrong_mismatch']}/{n} ({tally['wrong_mismatch'] / n:.1%}), "
          f"unknown {tally['wrong_unknown']}, match {tally['wrong_match']}")
    fn = max(tally["family_n"], 1)
    print(f"same surname, other given names -> mismatch {tally['family_mismatch']}/{tally['family_n']} "
          f"({tally['family_mismatch'] / fn:.1%}), unknown {tally['family_unknown']}, match {tally['family_match']}")
    print(f"right birth date -> match {tally['dob_match']}/{n} ({tally['dob_match'] / n:.1%}), "
          f"unknown {tally['dob_unknown']}, mismatch {tally['dob_mismatch']}")
    print(f"wrong birth date -> mismatch {tally['wrongdob_mismatch']}/{n} ({tally['wrongdob_mismatch'] / n:.1%}), "
          f"unknown {tally['wrongdob_unknown']}, match {tally['wrongdob_match']}")
    print(f"expiry flag right {tally['expired_ok']}/{tally['expired_known']} where an expiry was read; "
          f"'ask for the other side' on {tally['other_side']} files")
    print(f"RATES match_right={tally['right_match'] / n:.3f} mismatch_wrong={tally['wrong_mismatch'] / n:.3f} "
          f"false_match_wrong={tally['wrong_match'] / n:.3f} false_mismatch_right={tally['right_mismatch'] / n:.3f}")
    if args.json:
        Path(args.json).write_text(json.dumps({"tally": tally, "files": rows}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
