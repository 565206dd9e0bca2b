"""Score the e-mail intake against the labelled corpus in ``../shared/emails``.

    .venv/bin/python benchmarks/intake_eval.py [--corpus DIR] [--failures] [--json]

Runs the intake in-process (dry run: nothing is stored) over every ``dev/NNNN.eml`` that has
a ``NNNN.json`` ground truth, prints the scores and then runs every file in ``real/`` to check
that each gives a result or a clear error, never a crash. :func:`evaluate` and
:func:`check_real` are importable so the tests pin the same numbers.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from studio_dsar.core.errors import InputError  # noqa: E402
from studio_dsar.core.intake import RIGHTS, parse_file  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared/emails"

TARGETS = {
    "is_dsar_accuracy": 0.97,
    "rights_exact": 0.90,
    "requester_email": 0.98,
    "received": 0.98,
}


@dataclass
class Scores:
    files: int = 0
    dsars: int = 0
    is_dsar_correct: int = 0
    rights_exact: int = 0
    email_correct: int = 0
    name_correct: int = 0
    received_correct: int = 0
    language_correct: int = 0
    attachments_total: int = 0
    attachment_name_type_correct: int = 0
    attachment_id_correct: int = 0
    per_right: dict[str, dict[str, int]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    def summary(self) -> dict:
        per_right = {}
        for right in RIGHTS:
            c = self.per_right.get(right, {"tp": 0, "fp": 0, "fn": 0})
            p = self._ratio(c["tp"], c["tp"] + c["fp"])
            r = self._ratio(c["tp"], c["tp"] + c["fn"])
            per_right[right] = {"precision": p, "recall": r, "f1": (2 * p * r / (p + r)) if p + r else 0.0,
                                "support": c["tp"] + c["fn"]}
        return {
            "files": self.files,
            "dsars": self.dsars,
            "is_dsar_accuracy": self._ratio(self.is_dsar_correct, self.files),
            "rights_exact": self._ratio(self.rights_exact, self.dsars),
            "requester_email": self._ratio(self.email_correct, self.dsars),
            "requester_name": self._ratio(self.name_correct, self.dsars),
            "received": self._ratio(self.received_correct, self.files),
            "language": self._ratio(self.language_correct, self.files),
            "attachments": self.attachments_total,
            "attachment_filename_type": self._ratio(self.attachment_name_type_correct, self.attachments_total),
            "attachment_is_id": self._ratio(self.attachment_id_correct, self.attachments_total),
            "per_right": per_right,
            "errors": list(self.errors),
            "files_per_second": self._ratio(self.files, 1) / self.seconds if self.seconds else 0.0,
        }


def _nfc(s: str | None) -> str | None:
    return unicodedata.normalize("NFC", s) if s is not None else None


def _lower(s: str | None) -> str | None:
    return s.lower() if s is not None else None


def evaluate(dev_dir: str | Path | None = None) -> Scores:
    """Run intake over every labelled mail in ``dev_dir`` and compare with the ground truth."""
    dev = Path(dev_dir) if dev_dir is not None else CORPUS / "dev"
    scores = Scores()
    pairs = [(p, p.with_suffix(".json")) for p in sorted(dev.glob("*.eml")) if p.with_suffix(".json").exists()]
    start = time.perf_counter()
    results = []
    for eml, _gt in pairs:
        try:
            results.append(parse_file(eml))
        except InputError as exc:
            results.append(exc)
    scores.seconds = time.perf_counter() - start
    for (eml, gt_path), rec in zip(pairs, results, strict=False):
        gt = json.loads(gt_path.read_text(encoding="utf-8"))
        scores.files += 1
        if isinstance(rec, Exception):
            scores.errors.append(f"{eml.name}: {rec}")
            scores.failures.append(f"{eml.name}: error {rec}")
            if gt["is_dsar"]:
                scores.dsars += 1
            continue
        problems = []
        if rec.is_dsar == gt["is_dsar"]:
            scores.is_dsar_correct += 1
        else:
            problems.append(f"is_dsar {rec.is_dsar} != {gt['is_dsar']}")
        if rec.received == gt["received"]:
            scores.received_correct += 1
        else:
            problems.append(f"received {rec.received} != {gt['received']}")
        if rec.language == gt["language"]:
            scores.language_correct += 1
        else:
            problems.append(f"language {rec.language} != {gt['language']}")
        if gt["is_dsar"]:
            scores.dsars += 1
            got = set(rec.rights) if rec.is_dsar else set()
            want = set(gt["rights"])
            if got == want:
                scores.rights_exact += 1
            else:
                problems.append(f"rights {sorted(got)} != {sorted(want)}")
            for right in RIGHTS:
                c = scores.per_right.setdefault(right, {"tp": 0, "fp": 0, "fn": 0})
                if right in got and right in want:
                    c["tp"] += 1
                elif right in got:
                    c["fp"] += 1
                elif right in want:
                    c["fn"] += 1
            if _lower(rec.requester_email) == _lower(gt["requester_email"]):
                scores.email_correct += 1
            else:
                problems.append(f"email {rec.requester_email} != {gt['requester_email']}")
            if _nfc(rec.requester_name) == _nfc(gt["requester_name"]):
                scores.name_correct += 1
            else:
                problems.append(f"name {rec.requester_name!r} != {gt['requester_name']!r}")
        want_att = gt.get("attachments", [])
        got_att = rec.attachments
        scores.attachments_total += len(want_att)
        for i, wa in enumerate(want_att):
            ga = got_att[i] if i < len(got_att) else None
            if ga is not None and ga.filename == wa["filename"] and ga.content_type == wa["content_type"]:
                scores.attachment_name_type_correct += 1
                if ga.is_id_document == wa["is_id_document"]:
                    scores.attachment_id_correct += 1
                else:
                    problems.append(f"is_id {ga.filename} {ga.is_id_document}")
            else:
                problems.append(f"attachment {wa['filename']} missing/mismatch")
        if len(got_att) > len(want_att):
            problems.append(f"{len(got_att) - len(want_att)} extra attachment(s)")
        if problems:
            scores.failures.append(f"{eml.name}: " + "; ".join(problems))
    return scores


def check_real(real_dir: str | Path | None = None) -> list[tuple[str, str, str]]:
    """Every file in ``real_dir``: (name, "ok"|"error"|"crash", detail). Never raises."""
    real = Path(real_dir) if real_dir is not None else CORPUS / "real"
    out = []
    for path in sorted(real.iterdir()):
        if not path.is_file() or path.suffix.lower() not in (".eml", ".msg"):
            continue
        try:
            rec = parse_file(path)
            detail = (f"is_dsar={rec.is_dsar} rights={rec.rights} from={rec.sender_email} "
                      f"received={rec.received} attachments={len(rec.attachments)} flags={rec.flags}")
            out.append((path.name, "ok", detail))
        except InputError as exc:
            out.append((path.name, "error", str(exc)))
        except Exception as exc:  # noqa: BLE001 - that is exactly what we look for
            out.append((path.name, "crash", f"{type(exc).__name__}: {exc}"))
    return out


def _pct(x: float) -> str:
    return f"{100 * x:5.1f}%"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score the e-mail intake against ../shared/emails")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="folder with dev/ and real/")
    ap.add_argument("--failures", action="store_true", help="list every mismatch")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = ap.parse_args(argv)
    from studio_dsar.core.i18n import set_language

    set_language("en")
    dev = args.corpus / "dev"
    if not dev.is_dir():
        print(f"corpus not found: {dev}", file=sys.stderr)
        return 2
    scores = evaluate(dev)
    s = scores.summary()
    real = check_real(args.corpus / "real") if (args.corpus / "real").is_dir() else []
    if args.json:
        s["real"] = [{"file": n, "status": st, "detail": d} for n, st, d in real]
        print(json.dumps(s, indent=2, ensure_ascii=False))
    else:
        print(f"intake evaluation over {s['files']} mails ({s['dsars']} DSARs) in {dev}")
        rows = [
            ("is_dsar accuracy", s["is_dsar_accuracy"], TARGETS["is_dsar_accuracy"]),
            ("rights exact set (DSARs)", s["rights_exact"], TARGETS["rights_exact"]),
            ("requester e-mail (DSARs)", s["requester_email"], TARGETS["requester_email"]),
            ("requester name NFC (DSARs)", s["requester_name"], None),
            ("received exact", s["received"], TARGETS["received"]),
            ("language", s["language"], None),
            (f"attachment filename+type ({s['attachments']})", s["attachment_filename_type"], None),
            ("attachment is_id_document", s["attachment_is_id"], None),
        ]
        for label, value, target in rows:
            mark = "" if target is None else ("  (target >= {:.0f}%: {})".format(
                100 * target, "OK" if value >= target else "BELOW"))
            print(f"  {label:<36} {_pct(value)}{mark}")
        print("  per-right F1 (precision / recall, support):")
        for right, v in s["per_right"].items():
            print(f"    {right:<18} F1 {v['f1']:.3f}  ({v['precision']:.3f} / {v['recall']:.3f}, n={v['support']})")
        print(f"  speed: {s['files_per_second']:.1f} files/second")
        if s["errors"]:
            print(f"  read errors: {len(s['errors'])}")
        if args.failures and scores.failures:
            print("mismatches:")
            for f in scores.failures:
                print("  " + f)
        if real:
            print(f"real-world files ({len(real)}):")
            for name, status, detail in real:
                print(f"  {name:<34} {status:<6} {detail}")
    crashed = [r for r in real if r[1] == "crash"]
    below = [k for k, t in TARGETS.items() if s[k] < t]
    return 1 if (crashed or below) else 0


if __name__ == "__main__":
    raise SystemExit(main())
