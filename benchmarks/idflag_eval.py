"""How well does the intake flag identity documents among attachments, and at what cost?

    .venv/bin/python benchmarks/idflag_eval.py [--idscans DIR ...] [--seed N ...] [--variants] [-v]

Positives: every scan, photo and PDF in each ``--idscans`` folder (default: the shared
corpus's ``idscans/dev``), sent under a camera-style name (``IMG_0001.jpg``) so only the
content counts; with ``--variants`` also, from every image, a tight crop of the first card
(a pasted-in screenshot of the card), a 700 px PNG (an inline-pasted image) and a HEIC
declared as ``application/octet-stream`` (a phone's photo sent as it is).
Negatives: the pictures of ``idflag_negatives.py`` for each ``--seed`` (portfolio shots,
portraits, a printed portrait on a table, phone photos, screenshots, photos of letters, logos,
invoices as PDF). Then the attachments of the mails in ``tests/data/intake_*`` against their
ground truth ``is_id_document``, once with their real names and once content only.

Prints precision and recall per source, the misses, and the cost per picture (median and
95th percentile of :func:`looks_like_id` alone, one thread).
"""

from __future__ import annotations

import argparse
import email
import email.policy
import io
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for p in (ROOT, ROOT / "benchmarks"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from studio_dsar.core.intake import attachments as att  # noqa: E402

SHARED = ROOT.parent / "shared"
CTYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".pdf": "application/pdf"}


def idscan_items(folder: Path, variants: bool) -> list[tuple[str, str, str, bytes, bool]]:
    """(source, name, content type, bytes, truth) for every document in ``folder``."""
    from PIL import Image

    out = []
    for p in sorted(folder.iterdir()):
        ext = p.suffix.lower()
        if ext not in CTYPES:
            continue
        data = p.read_bytes()
        out.append((f"{folder.name}", f"IMG_{p.stem}{ext}" if ext != ".pdf" else f"Document_{p.stem}.pdf",
                    CTYPES[ext], data, True))
        if not variants or ext == ".pdf":
            continue
        truth = json.loads(p.with_suffix(".json").read_text())
        im = Image.open(io.BytesIO(data)).convert("RGB")
        doc = truth["documents"][0]
        xs = [c[0] for c in doc["corners"]]
        ys = [c[1] for c in doc["corners"]]
        pad = 0.02 * (max(xs) - min(xs))
        crop = im.crop((max(0, min(xs) - pad), max(0, min(ys) - pad), min(im.width, max(xs) + pad),
                        min(im.height, max(ys) + pad)))
        buf = io.BytesIO()
        crop.save(buf, "JPEG", quality=80)
        out.append((f"{folder.name}:crop", f"image0{p.stem}.jpg", "image/jpeg", buf.getvalue(), True))
        small = im.copy()
        small.thumbnail((700, 700))
        buf = io.BytesIO()
        small.save(buf, "PNG")
        out.append((f"{folder.name}:inline700", f"image{p.stem}.png", "image/png", buf.getvalue(), True))
        import pillow_heif

        pillow_heif.register_heif_opener()
        heic = im.copy()
        heic.thumbnail((2000, 2000))
        buf = io.BytesIO()
        heic.save(buf, "HEIF", quality=60)
        out.append((f"{folder.name}:heic", f"IMG_{p.stem}.HEIC", "application/octet-stream", buf.getvalue(), True))
    return out


def mail_items(folder: Path) -> list[tuple[str, str, str, bytes, bool]]:
    """The attachments of the labelled mails in ``folder`` with their ground truth."""
    out = []
    for j in sorted(folder.glob("*.json")):
        truth = json.loads(j.read_text())
        eml = j.with_suffix(".eml")
        if not eml.is_file() or not truth.get("attachments"):
            continue
        msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
        parts = [p for p in msg.walk() if p.get_filename()]
        for a in truth["attachments"]:
            part = next((p for p in parts if p.get_filename() == a["filename"]), None)
            if part is None or a["content_type"].startswith("message/"):
                continue
            data = part.get_payload(decode=True) or b""
            out.append((folder.name, a["filename"], a["content_type"], data, bool(a["is_id_document"])))
    return out


def score(items, use_names: bool, verbose: bool):
    rows: dict[str, list[int]] = {}
    times = []
    cpu = []
    misses = []
    for source, name, ctype, data, truth in items:
        t = time.perf_counter()
        c = time.process_time()
        if use_names:
            got = att.looks_like_id(name, ctype, data)
        else:
            neutral = "IMG_0000" + Path(name).suffix if not ctype.endswith("pdf") else "Document.pdf"
            got = att.looks_like_id(neutral, ctype, data)
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
        r = rows.setdefault(source, [0, 0, 0, 0])  # tp fp fn tn
        r[0 if truth and got else 1 if got else 2 if truth else 3] += 1
        if got != truth:
            misses.append(f"{source:24s} {name:44s} truth={truth} got={got}")
        if verbose:
            ev = att.id_evidence(data, ctype, name)
            print(f"  {source:22s} {name:40s} {truth!s:5s} {got!s:5s} {ev}")
    return rows, (times, cpu), misses


def report(title: str, rows: dict[str, list[int]], timing: tuple[list[float], list[float]], misses: list[str]) -> None:
    print(f"\n{title}")
    print(f"  {'source':26s} {'n':>4s} {'tp':>4s} {'fp':>4s} {'fn':>4s} {'tn':>4s}  precision  recall")
    total = [0, 0, 0, 0]
    for source, r in rows.items():
        total = [a + b for a, b in zip(total, r, strict=True)]
        p = r[0] / (r[0] + r[1]) if r[0] + r[1] else float("nan")
        rc = r[0] / (r[0] + r[2]) if r[0] + r[2] else float("nan")
        print(f"  {source:26s} {sum(r):4d} {r[0]:4d} {r[1]:4d} {r[2]:4d} {r[3]:4d}  {p:9.3f}  {rc:6.3f}")
    p = total[0] / (total[0] + total[1]) if total[0] + total[1] else float("nan")
    rc = total[0] / (total[0] + total[2]) if total[0] + total[2] else float("nan")
    print(f"  {'all':26s} {sum(total):4d} {total[0]:4d} {total[1]:4d} {total[2]:4d} {total[3]:4d}  {p:9.3f}  {rc:6.3f}")
    for label, values in zip(("wall", "CPU (all threads)"), timing, strict=True):
        if values:
            q = sorted(values)
            print(f"  cost per attachment, {label}: median {1000 * statistics.median(q):.0f} ms, "
                  f"mean {1000 * statistics.mean(q):.0f} ms, p95 {1000 * q[int(0.95 * (len(q) - 1))]:.0f} ms, "
                  f"max {1000 * q[-1]:.0f} ms")
    for m in misses:
        print("  MISS", m)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--idscans", action="append", type=Path, help="folder of ID scans with NNNN.json (repeatable)")
    ap.add_argument("--seed", action="append", type=int, help="seed of the negatives (repeatable; default 1)")
    ap.add_argument("--per-kind", type=int, default=6)
    ap.add_argument("--variants", action="store_true", help="also crops, 700 px PNGs and HEIC of each scan")
    ap.add_argument("--no-mails", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the cues of every picture")
    args = ap.parse_args()
    from idflag_negatives import negatives

    folders = args.idscans or [SHARED / "idscans" / "dev"]
    items = []
    for f in folders:
        if not f.is_dir():
            print(f"skipped: {f} does not exist")
            continue
        items += idscan_items(f, args.variants)
    for seed in args.seed or [1]:
        items += [(f"neg{seed}:{kind}", name, ctype, data, False)
                  for name, kind, ctype, data in negatives(seed, args.per_kind)]
    att.id_evidence(items[0][3], items[0][2], items[0][1])  # warm-up: detector and OCR loaded
    report("Content only (camera-style names)", *score(items, False, args.verbose))
    if not args.no_mails:
        mails = []
        for folder in sorted((ROOT / "tests" / "data").glob("intake_*")):
            mails += mail_items(folder)
        report("Mail attachments in tests/data, with their own names", *score(mails, True, args.verbose))
        report("Mail attachments in tests/data, content only", *score(mails, False, False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
