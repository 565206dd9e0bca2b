"""Score the e-mail intake against the labelled corpus in ``../shared/emails``.

    .venv/bin/python benchmarks/intake_eval.py [--corpus DIR ...] [--speed] [--failures] [--json]

Runs the intake in-process (dry run: nothing is stored) over every ``NNNN.eml`` that has a
``NNNN.json`` ground truth in each folder given (a folder holding ``dev/`` and ``real/`` is
read as the shared corpus), and prints the scores of each folder separately, overall and per
language (nl, en, fr, de): the tuning sets ``tests/data/intake_tune`` and
``tests/data/intake_blind`` (written blind, by people who had not seen the rules, and first
scored as a blind set; tuned on since) and ``../shared/emails/dev``. Pass a set the rules
were never tuned on with ``--corpus`` to measure quality rather than tuning. Files in ``real/`` are
run to check that each gives a result or a clear error, never a crash. :func:`evaluate`,
:func:`check_real` and :func:`measure_speed` are importable so the tests pin the same numbers.
"""

from __future__ import annotations

import argparse
import json
import re
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


LANGS = ("nl", "en", "fr", "de")


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
    representative_total: int = 0  # DSARs whose ground truth says whether a representative acts
    representative_correct: int = 0
    processor_total: int = 0
    processor_correct: int = 0
    follow_up_total: int = 0
    follow_up_correct: int = 0
    per_right: dict[str, dict[str, int]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0
    by_language: dict[str, Scores] = field(default_factory=dict)

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
        out = {
            "files": self.files,
            "dsars": self.dsars,
            "is_dsar_accuracy": self._ratio(self.is_dsar_correct, self.files),
            "rights_exact": self._ratio(self.rights_exact, self.dsars),
            "requester_email": self._ratio(self.email_correct, self.dsars),
            "requester_name": self._ratio(self.name_correct, self.dsars),
            "received": self._ratio(self.received_correct, self.files),
            "language": self._ratio(self.language_correct, self.files),
            "representative": self._ratio(self.representative_correct, self.representative_total),
            "processor": self._ratio(self.processor_correct, self.processor_total),
            "follow_up": self._ratio(self.follow_up_correct, self.follow_up_total),
            "labelled": {"representative": self.representative_total, "processor": self.processor_total,
                         "follow_up": self.follow_up_total},
            "attachments": self.attachments_total,
            "attachment_filename_type": self._ratio(self.attachment_name_type_correct, self.attachments_total),
            "attachment_is_id": self._ratio(self.attachment_id_correct, self.attachments_total),
            "per_right": per_right,
            "errors": list(self.errors),
            "files_per_second": self._ratio(self.files, 1) / self.seconds if self.seconds else 0.0,
        }
        if self.by_language:
            out["by_language"] = {lang: sc.summary() for lang, sc in sorted(self.by_language.items())}
        return out


def _nfc(s: str | None) -> str | None:
    return unicodedata.normalize("NFC", s) if s is not None else None


def _lower(s: str | None) -> str | None:
    return s.lower() if s is not None else None


def labelled_pairs(folder: str | Path) -> list[tuple[Path, Path]]:
    """(mail, ground truth) pairs of a folder: NNNN.eml/.msg beside NNNN.json."""
    folder = Path(folder)
    return [(p, p.with_suffix(".json")) for p in sorted(folder.iterdir())
            if p.suffix.lower() in (".eml", ".msg") and p.with_suffix(".json").exists()]


def _gt_flag(gt: dict, key: str):
    """A ground-truth field about special senders: None when the set does not label it."""
    if key not in gt:
        return None
    return bool(gt[key])


def _score_one(sc: Scores, name: str, gt: dict, rec) -> list[str]:
    sc.files += 1
    if isinstance(rec, Exception):
        sc.errors.append(f"{name}: {rec}")
        if gt["is_dsar"]:
            sc.dsars += 1
        return [f"error {rec}"]
    problems = []
    if rec.is_dsar == gt["is_dsar"]:
        sc.is_dsar_correct += 1
    else:
        problems.append(f"is_dsar {rec.is_dsar} != {gt['is_dsar']}")
    if rec.received == gt["received"]:
        sc.received_correct += 1
    else:
        problems.append(f"received {rec.received} != {gt['received']}")
    if rec.language == gt["language"]:
        sc.language_correct += 1
    else:
        problems.append(f"language {rec.language} != {gt['language']}")
    if gt["is_dsar"]:
        sc.dsars += 1
        got = set(rec.rights) if rec.is_dsar else set()
        want = set(gt["rights"])
        if got == want:
            sc.rights_exact += 1
        else:
            problems.append(f"rights {sorted(got)} != {sorted(want)}")
        for right in RIGHTS:
            c = sc.per_right.setdefault(right, {"tp": 0, "fp": 0, "fn": 0})
            if right in got and right in want:
                c["tp"] += 1
            elif right in got:
                c["fp"] += 1
            elif right in want:
                c["fn"] += 1
        if _lower(rec.requester_email) == _lower(gt["requester_email"]):
            sc.email_correct += 1
        else:
            problems.append(f"email {rec.requester_email} != {gt['requester_email']}")
        if _nfc(rec.requester_name) == _nfc(gt["requester_name"]):
            sc.name_correct += 1
        else:
            problems.append(f"name {rec.requester_name!r} != {gt['requester_name']!r}")
        for key, got_flag in (("representative", bool(getattr(rec, "representative", None))),
                              ("processor", bool(getattr(rec, "processor", False))),
                              ("follow_up", bool(getattr(rec, "follow_up", False)))):
            want_flag = _gt_flag(gt, key)
            if want_flag is None:
                continue
            setattr(sc, f"{key}_total", getattr(sc, f"{key}_total") + 1)
            if got_flag == want_flag:
                setattr(sc, f"{key}_correct", getattr(sc, f"{key}_correct") + 1)
            else:
                problems.append(f"{key} {got_flag} != {want_flag}")
    want_att = gt.get("attachments", [])
    got_att = rec.attachments
    sc.attachments_total += len(want_att)
    for i, wa in enumerate(want_att):
        ga = got_att[i] if i < len(got_att) else None
        if ga is not None and ga.filename == wa["filename"] and ga.content_type == wa["content_type"]:
            sc.attachment_name_type_correct += 1
            if ga.is_id_document == wa["is_id_document"]:
                sc.attachment_id_correct += 1
            else:
                problems.append(f"is_id {ga.filename} {ga.is_id_document}")
        else:
            problems.append(f"attachment {wa['filename']} missing/mismatch")
    if len(got_att) > len(want_att):
        problems.append(f"{len(got_att) - len(want_att)} extra attachment(s)")
    return problems


def evaluate(dev_dir: str | Path | None = None) -> Scores:
    """Run intake over every labelled mail in ``dev_dir`` and compare with the ground truth.

    Figures are kept overall and per language of the ground truth (``by_language``).
    """
    dev = Path(dev_dir) if dev_dir is not None else CORPUS / "dev"
    scores = Scores()
    pairs = labelled_pairs(dev)
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
        lang = gt.get("language") or "?"
        per = scores.by_language.setdefault(lang, Scores())
        problems = _score_one(scores, eml.name, gt, rec)
        _score_one(per, eml.name, gt, rec)
        if problems:
            scores.failures.append(f"{eml.name}: " + "; ".join(problems))
    return scores


_PICTURE_PART = re.compile(rb"^content-type:\s*(?:image/|application/(?:pdf|octet-stream))", re.I | re.M)


def has_pictures(data: bytes) -> bool:
    """The mail carries a picture, a PDF or an untyped file (what the ID check looks at)."""
    return bool(_PICTURE_PART.search(data))


def measure_speed(folder: str | Path, rounds: int = 3, *, pictures: bool | None = None) -> float:
    """Mails per second over every mail in ``folder`` (best of ``rounds``, after one warm-up);
    ``pictures`` False/True: only the mails without/with pictures or PDFs attached."""
    files = [p for p in sorted(Path(folder).iterdir()) if p.suffix.lower() in (".eml", ".msg")]
    blobs = [(p.name, p.read_bytes()) for p in files]
    if pictures is not None:
        blobs = [(n, d) for n, d in blobs if has_pictures(d) == pictures]
    if not blobs:
        return 0.0
    from studio_dsar.core.intake import parse_bytes

    def one_round() -> float:
        t = time.perf_counter()
        for name, data in blobs:
            try:
                parse_bytes(data, name)
            except InputError:
                pass
        return time.perf_counter() - t

    one_round()
    best = min(one_round() for _ in range(rounds))
    return len(blobs) / best if best else 0.0


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


_ROWS = (
    ("is-request", "is_dsar_accuracy"),
    ("exact rights", "rights_exact"),
    ("requester e-mail", "requester_email"),
    ("requester name", "requester_name"),
    ("received", "received"),
    ("language", "language"),
    ("representative", "representative"),
    ("processor", "processor"),
    ("follow-up", "follow_up"),
)


def print_table(title: str, s: dict) -> None:
    """One block of figures: overall and per language, targets marked."""
    langs = list(s.get("by_language", {}))
    print(f"{title}: {s['files']} mails ({s['dsars']} requests)")
    head = f"  {'':<18}{'all':>8}" + "".join(f"{lang + ' (' + str(s['by_language'][lang]['files']) + ')':>10}"
                                           for lang in langs)
    print(head)
    def total_of(sub: dict, key: str) -> int:
        if key in sub["labelled"]:
            return sub["labelled"][key]
        return sub["files"] if key in ("is_dsar_accuracy", "received", "language") else sub["dsars"]

    for label, key in _ROWS:
        line = f"  {label:<18}{(_pct(s[key]) if total_of(s, key) else '    -'):>8}"
        for lang in langs:
            sub = s["by_language"][lang]
            total = total_of(sub, key)
            line += f"{(_pct(sub[key]) if total else '    -'):>10}"
        target = TARGETS.get(key) or LANGUAGE_TARGETS.get(key)
        if target is not None:
            worst = min([s[key]] + [s["by_language"][lg][key] for lg in langs
                                    if total_of(s["by_language"][lg], key)])
            line += f"   target {100 * target:.0f}%: {'OK' if worst >= target else 'BELOW'}"
        print(line)
    print(f"  {'ID flag (attach.)':<18}{_pct(s['attachment_is_id']):>8}   of {s['attachments']} attachments")
    print("  per-right F1 (precision / recall, support):")
    for right, v in s["per_right"].items():
        print(f"    {right:<18} F1 {v['f1']:.3f}  ({v['precision']:.3f} / {v['recall']:.3f}, n={v['support']})")
    if s["errors"]:
        print(f"  read errors: {len(s['errors'])}")


LANGUAGE_TARGETS = {"language": 0.97}
REPO_DATA = ROOT / "tests" / "data"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score the e-mail intake against labelled mail folders")
    ap.add_argument("--corpus", type=Path, action="append",
                    help="a folder of NNNN.eml + NNNN.json, or one holding dev/ and real/ "
                         "(repeatable; default: ../shared/emails, tests/data/intake_tune, tests/data/intake_blind)")
    ap.add_argument("--failures", action="store_true",
                    help="list every mismatch (never for a blind set: reading its failures makes it a tuning set)")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--speed", action="store_true", help="measure mails per second (best of three rounds)")
    args = ap.parse_args(argv)
    from studio_dsar.core.i18n import set_language

    set_language("en")
    corpora = args.corpus or [c for c in (CORPUS, REPO_DATA / "intake_tune", REPO_DATA / "intake_blind") if c.is_dir()]
    results = {}
    below = []
    crashed = []
    for corpus in corpora:
        folder = corpus / "dev" if (corpus / "dev").is_dir() else corpus
        if not folder.is_dir() or not labelled_pairs(folder):
            print(f"no labelled mails in {folder}", file=sys.stderr)
            return 2
        scores = evaluate(folder)
        s = scores.summary()
        if args.speed:
            s["files_per_second"] = measure_speed(folder)
            s["files_per_second_no_pictures"] = measure_speed(folder, pictures=False)
            s["files_per_second_pictures"] = measure_speed(folder, rounds=1, pictures=True)
        real = check_real(corpus / "real") if (corpus / "real").is_dir() else []
        crashed += [r for r in real if r[1] == "crash"]
        s["real"] = [{"file": n, "status": st, "detail": d} for n, st, d in real]
        results[str(folder)] = s
        below += [f"{folder}: {k}" for k, t in TARGETS.items() if s[k] < t]
        if args.json:
            continue
        print_table(str(folder), s)
        if args.speed:
            print(f"  speed: {s['files_per_second']:.1f} mails/second; without pictures or PDFs "
                  f"{s['files_per_second_no_pictures']:.1f}, with them {s['files_per_second_pictures']:.1f}")
        else:
            print(f"  speed: {s['files_per_second']:.1f} mails/second")
        if args.failures and scores.failures:
            print("mismatches:")
            for f in scores.failures:
                print("  " + f)
        if real:
            print(f"real-world files ({len(real)}):")
            for name, status, detail in real:
                print(f"  {name:<34} {status:<6} {detail}")
        print()
    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
    return 1 if (crashed or below) else 0


if __name__ == "__main__":
    raise SystemExit(main())
