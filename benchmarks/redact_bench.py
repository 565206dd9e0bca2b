"""Benchmark the ID-scan redaction on the idscans dev corpus.

    python benchmarks/redact_bench.py [--corpus DIR] [--limit N] [--no-ocr] [--no-passporteye]

Redacts every file of ``../shared/idscans/dev`` one by one in this process (timing each
file), scores the output with the corpus's ``score.py --ocr`` and prints its SCORE line,
the median and p95 seconds per file and the peak memory. When PassportEye is installed
(benchmark-only extra) it also times ``passporteye.read_mrz`` on the same files (PDF pages
rendered to PNG first) in the same run, so the two medians are comparable.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared/idscans"
EXTS = {".jpg", ".jpeg", ".png", ".pdf", ".tif", ".tiff", ".webp"}

sys.path.insert(0, str(REPO))


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    k = (len(s) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def peak_rss_mb() -> float:
    # ru_maxrss is KiB on Linux, bytes on macOS
    r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return r / (1024 * 1024) if sys.platform == "darwin" else r / 1024


def run_redaction(files: list[Path], out_dir: Path) -> tuple[list[float], int]:
    from studio_dsar.core.errors import DsarError
    from studio_dsar.core.redaction import redact_file

    times, review = [], 0
    for f in files:
        t = time.perf_counter()
        try:
            res = redact_file(f, out_dir / f.name)
            review += res.needs_review
        except DsarError as exc:
            print(f"  {f.name}: {exc}", file=sys.stderr)
        times.append(time.perf_counter() - t)
    return times, review


def run_passporteye(files: list[Path], tmp: Path) -> list[float] | None:
    import warnings

    # PassportEye calls scikit-image APIs deprecated since 0.25; its warnings drown the figures.
    warnings.filterwarnings("ignore", category=FutureWarning)
    try:
        from passporteye import read_mrz
    except ImportError:
        return None
    import pymupdf

    inputs = []
    for f in files:  # render PDFs to PNG before timing (PassportEye reads images)
        if f.suffix.lower() == ".pdf":
            doc = pymupdf.open(f)
            pages = []
            for i, page in enumerate(doc):
                p = tmp / f"{f.stem}_{i}.png"
                page.get_pixmap(dpi=200).save(p)
                pages.append(p)
            inputs.append(pages)
        else:
            inputs.append([f])
    times = []
    for pages in inputs:
        t = time.perf_counter()
        for p in pages:
            try:
                read_mrz(str(p))
            except Exception:  # noqa: BLE001 - a failure to read still counts its time
                pass
        times.append(time.perf_counter() - t)
    return times


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=0, help="only the first N files")
    ap.add_argument("--no-ocr", action="store_true", help="score pixels only (faster)")
    ap.add_argument("--no-passporteye", action="store_true")
    ap.add_argument("--jobs", type=int, default=2, help="parallel scoring jobs")
    args = ap.parse_args(argv)

    dev = args.corpus / "dev"
    if not dev.is_dir():
        print(f"corpus not found: {dev}", file=sys.stderr)
        return 2
    files = sorted(p for p in dev.iterdir() if p.suffix.lower() in EXTS)
    if args.limit:
        files = files[: args.limit]
    with tempfile.TemporaryDirectory(prefix="redact-bench-") as tmpname:
        tmp = Path(tmpname)
        out = tmp / "out"
        out.mkdir()
        t0 = time.perf_counter()
        times, review = run_redaction(files, out)
        wall = time.perf_counter() - t0
        rss_self = peak_rss_mb()
        rss_child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        truth = dev
        if args.limit:  # score only the files we redacted
            truth = tmp / "truth"
            truth.mkdir()
            for f in files:
                for src in (f, f.with_suffix(".json")):
                    os.symlink(src, truth / src.name)
        cmd = [sys.executable, str(args.corpus / "score.py"), "--truth", str(truth),
               "--redacted", str(out), "-j", str(args.jobs)]
        if not args.no_ocr:
            cmd.append("--ocr")
        proc = subprocess.run(cmd, capture_output=True, text=True)
        score_line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("SCORE")),
                          "SCORE (scorer failed)")
        if proc.returncode != 0 or "scorer failed" in score_line:
            print(proc.stdout[-2000:], proc.stderr[-2000:], file=sys.stderr)
        leaks = [ln for ln in proc.stdout.splitlines() if ln.startswith("  ") and ln.split()[-1]
                 in ("pixels", "ocr", "pdf", "format")]
        pe_times = None if args.no_passporteye else run_passporteye(files, tmp)

    print(f"files={len(files)} needs_review={review} wall={wall:.1f}s")
    for ln in leaks:
        print("leak", ln.strip())
    print(score_line)
    print(f"redact median={statistics.median(times):.2f}s p95={percentile(times, 0.95):.2f}s "
          f"max={max(times):.2f}s per file; peak_rss={rss_self:.0f} MB "
          f"(largest child process: tesseract or face helper, {rss_child:.0f} MB)")
    if pe_times is not None:
        pm = statistics.median(pe_times)
        print(f"passporteye read_mrz median={pm:.2f}s p95={percentile(pe_times, 0.95):.2f}s per file")
        print(f"redact/passporteye median ratio={statistics.median(times) / pm:.2f}")
    else:
        print("passporteye not installed: comparison skipped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
