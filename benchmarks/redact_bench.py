"""Benchmark the ID-scan redaction on a folder of scans with ground truth.

    python benchmarks/redact_bench.py [--set DIR | --profile P --seed S --count N]
                                      [--limit N] [--no-ocr] [--no-passporteye] [--blind]

By default the set is ``../shared/idscans/dev``. ``--set`` takes any folder of
``NNNN.<ext>`` + ``NNNN.json`` files made by the corpus generator. ``--profile`` (a capture
profile such as ``benchmarks/profiles/harsh.json``), ``--seed`` and ``--count`` regenerate a
set with ``../shared/idscans/generate.py`` into ``--gen-dir`` (kept there for the next run),
so every figure in a report can be reproduced from its profile and seed.

Redacts every file one by one in this process (timing each file), scores the output with the
corpus's ``score.py --ocr`` and prints its SCORE line, the number of leaking files that the
engine did *not* flag for review (silent leaks: the owner would be told all is well), the
median and p95 seconds per file, the CPU seconds per file (this process, the OCR programs and
the face helper) and the peak memory. When PassportEye is installed (benchmark-only extra:
``make bench-redact``) it also times ``passporteye.read_mrz`` on the same files (PDF pages
rendered to PNG first), interleaved file by file with the redaction so both see the same
machine load: the ratio of the two medians is the figure to compare, not the seconds.
``--batch`` also times ``studio-dsar redact --batch`` over the files with one and with two
processes (throughput in files per minute).

``--blind`` prints only the aggregate figures: use it on a set you report on and must not
tune on.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
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


def generate(corpus: Path, profile: str, seed: int, count: int, out: Path) -> Path:
    """Generate (once) a set from a capture profile and seed; returns its folder."""
    name = Path(profile).stem if profile != "dev" else "dev"
    target = out / f"{name}-s{seed}-n{count}"
    if not any(target.glob("*.json")):
        if importlib.util.find_spec("skimage") is None:
            # generate.py finds the face in each source photo with scikit-image; without it the
            # portraits are cropped around an assumed head, and the same profile and seed give
            # another set than everywhere else: a figure on it could not be reproduced.
            raise SystemExit("generating a set needs scikit-image, as the corpus generator does: "
                             "install the benchmark extra (pip install -e '.[bench]', as make bench-redact does)")
        target.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, str(corpus / "generate.py"), "--out", str(target),
                        "--seed", str(seed), "--count", str(count), "--profile", profile],
                       check=True, stdout=subprocess.DEVNULL)
    return target


def _cpu() -> float:
    """CPU seconds of this process and of its children that have ended (OCR programs)."""
    return time.process_time() + _kids_cpu()


def _kids_cpu() -> float:
    """CPU seconds of the child processes that have ended (OCR programs, face helpers: a
    helper is replaced after a number of calls, so most of its time shows here)."""
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return kids.ru_utime + kids.ru_stime


class Timings:
    """Wall and CPU seconds per file for one side of the comparison."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []
        self.kids: list[float] = []   # of which in child processes

    def median(self) -> float:
        return statistics.median(self.wall) if self.wall else float("nan")


def redact_one(f: Path, out_dir: Path, flagged: dict[str, bool], reasons: dict[str, list[str]],
               t: Timings) -> None:
    from studio_dsar.core.errors import DsarError
    from studio_dsar.core.redaction import redact_file

    c, k, w = _cpu(), _kids_cpu(), time.perf_counter()
    try:
        res = redact_file(f, out_dir / f.name)
        flagged[f.name] = bool(res.needs_review)
        reasons[f.name] = list(res.reasons)
    except DsarError as exc:
        print(f"  {f.name}: {exc}", file=sys.stderr)
        flagged[f.name] = True   # the user is told: not silent
        reasons[f.name] = ["error"]
    t.wall.append(time.perf_counter() - w)
    t.cpu.append(_cpu() - c)
    t.kids.append(_kids_cpu() - k)


def passporteye_reader():
    """``passporteye.read_mrz``, or None when the benchmark extra is not installed."""
    import warnings

    # PassportEye calls scikit-image APIs deprecated since 0.25; its warnings drown the figures.
    warnings.filterwarnings("ignore", category=FutureWarning)
    try:
        from passporteye import read_mrz
    except ImportError:
        return None
    return read_mrz


def passporteye_inputs(f: Path, tmp: Path) -> list[Path]:
    """PassportEye reads images: a PDF's pages are rendered to PNG first (not timed)."""
    if f.suffix.lower() != ".pdf":
        return [f]
    import pymupdf

    pages = []
    with pymupdf.open(f) as doc:
        for i, page in enumerate(doc):
            p = tmp / f"{f.stem}_{i}.png"
            page.get_pixmap(dpi=200).save(p)
            pages.append(p)
    return pages


def passporteye_one(read_mrz, pages: list[Path], t: Timings) -> None:
    c, w = _cpu(), time.perf_counter()
    for p in pages:
        try:
            read_mrz(str(p))
        except Exception:  # noqa: BLE001 - a failure to read still counts its time
            pass
    t.wall.append(time.perf_counter() - w)
    t.cpu.append(_cpu() - c)


def run_batch(files: list[Path], tmp: Path, jobs: int) -> tuple[float, float]:
    """Wall and CPU seconds (of the batch and every process it started) of ``studio-dsar
    redact --batch`` over the files with ``jobs`` processes."""
    src, out = tmp / f"batch-in-{jobs}", tmp / f"batch-out-{jobs}"
    src.mkdir()
    for f in files:
        os.symlink(f.resolve(), src / f.name)
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""),
               STUDIO_DSAR_HOME=str(tmp / "home"))
    w, k = time.perf_counter(), _kids_cpu()
    subprocess.run([sys.executable, "-c", "import sys; from studio_dsar.cli import main; sys.exit(main())",
                    "redact", "--batch", str(src), "-o", str(out), "--jobs", str(jobs)],
                   env=env, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - w, _kids_cpu() - k


def profile_line(n_files: int, total_cpu: float, kids_cpu: float) -> str:
    """One line: CPU seconds per file by stage, largest first (``ocr:X`` is Tesseract's time
    for stage X in this process), then the child processes (the face helper of a detector
    that runs in one; the tesseract program when it is the engine) and the rest (outside any
    stage: imports on the first file, writing the output)."""
    from studio_dsar.core.redaction import timing

    stages = sorted(timing.totals().items(), key=lambda kv: -kv[1][0])
    n = max(1, n_files)
    staged = sum(cpu for cpu, _calls in dict(stages).values())
    parts = [f"{name} {cpu / n:.2f} (x{calls / n:.1f})" for name, (cpu, calls) in stages if cpu / n >= 0.005]
    parts.append(f"child processes {kids_cpu / n:.2f}")
    parts.append(f"rest {(total_cpu - staged - kids_cpu) / n:.2f}")
    return f"cpu per file by stage [s (calls)]: total {total_cpu / n:.2f} = " + ", ".join(parts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                    help="the idscans folder (generate.py, score.py, dev/)")
    ap.add_argument("--set", type=Path, help="folder of files with ground truth (default: CORPUS/dev)")
    ap.add_argument("--profile", help="generate the set from this capture profile (JSON) ...")
    ap.add_argument("--seed", type=int, default=801, help="... with this seed ...")
    ap.add_argument("--count", type=int, default=40, help="... and this many files")
    ap.add_argument("--gen-dir", type=Path, default=Path(tempfile.gettempdir()) / "studio-dsar-sets",
                    help="where generated sets are kept")
    ap.add_argument("--limit", type=int, default=0, help="only the first N files")
    ap.add_argument("--no-ocr", action="store_true", help="score pixels only (faster)")
    ap.add_argument("--no-passporteye", action="store_true")
    ap.add_argument("--jobs", type=int, default=2, help="parallel scoring jobs")
    ap.add_argument("--blind", action="store_true", help="print aggregate figures only")
    ap.add_argument("--batch", action="store_true",
                    help="also time `studio-dsar redact --batch` over the files with 1 and 2 processes")
    ap.add_argument("--ocr-engine", choices=("library", "program"),
                    help="Tesseract as the library in this process (what packages use) or as a program per call "
                         "(default: as the app picks, the library where installed)")
    ap.add_argument("--profile-cpu", action="store_true",
                    help="print where the redaction's CPU time goes, stage by stage (seconds per file)")
    ap.add_argument("--keep", type=Path, help="keep the redacted files and the score report here")
    args = ap.parse_args(argv)

    if not (args.corpus / "score.py").is_file():
        # (found only after every file is redacted, a missing scorer cost a whole run and
        # printed no figure: a worktree has no ../shared beside it)
        print(f"no score.py in {args.corpus}: pass --corpus, the idscans folder", file=sys.stderr)
        return 2
    if args.ocr_engine:
        os.environ["STUDIO_DSAR_OCR_ENGINE"] = args.ocr_engine
    if args.profile_cpu:
        from studio_dsar.core.redaction import timing

        timing.enable()
    if args.profile:
        dev = generate(args.corpus, args.profile, args.seed, args.count, args.gen_dir)
    else:
        dev = args.set or args.corpus / "dev"
    if not dev.is_dir():
        print(f"set not found: {dev}", file=sys.stderr)
        return 2
    files = sorted(p for p in dev.iterdir() if p.suffix.lower() in EXTS)
    if args.limit:
        files = files[: args.limit]
    with tempfile.TemporaryDirectory(prefix="redact-bench-") as tmpname:
        tmp = Path(tmpname)
        out = args.keep or tmp / "out"
        out.mkdir(parents=True, exist_ok=True)
        read_mrz = None if args.no_passporteye else passporteye_reader()
        pe_pages = {f: passporteye_inputs(f, tmp) for f in files} if read_mrz else {}
        ours, peer = Timings(), Timings()
        flagged: dict[str, bool] = {}
        reasons: dict[str, list[str]] = {}
        t0 = time.perf_counter()
        # interleaved, alternating which goes first, so both see the same machine load
        for i, f in enumerate(files):
            if read_mrz and i % 2:
                passporteye_one(read_mrz, pe_pages[f], peer)
            redact_one(f, out, flagged, reasons, ours)
            if read_mrz and not i % 2:
                passporteye_one(read_mrz, pe_pages[f], peer)
        wall = time.perf_counter() - t0
        from studio_dsar.core.redaction import faces

        c = _cpu()
        faces.shutdown_helper()   # the face helper's CPU time counts once it has exited
        helper_cpu = _cpu() - c
        ours_cpu = (sum(ours.cpu) + helper_cpu) / max(1, len(files))
        rss_self = peak_rss_mb()
        rss_child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        if args.keep:  # review reason codes per file (never a value), beside the score report
            (args.keep / "flags.json").write_text(json.dumps(reasons, indent=1, sort_keys=True))
        batch = {j: run_batch(files, tmp, j) for j in (1, 2)} if args.batch else {}
        truth = dev
        if args.limit:  # score only the files we redacted
            truth = tmp / "truth"
            truth.mkdir()
            for f in files:
                for src in (f, f.with_suffix(".json")):
                    os.symlink(src.resolve(), truth / src.name)
        report = (args.keep or tmp) / "score.json"
        cmd = [sys.executable, str(args.corpus / "score.py"), "--truth", str(truth),
               "--redacted", str(out), "-j", str(args.jobs), "--json", str(report)]
        if not args.no_ocr:
            cmd.append("--ocr")
        proc = subprocess.run(cmd, capture_output=True, text=True)
        score_line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("SCORE")),
                          "SCORE (scorer failed)")
        if proc.returncode != 0 or "scorer failed" in score_line:
            print(proc.stdout[-2000:], proc.stderr[-2000:], file=sys.stderr)
        table = [ln for ln in proc.stdout.splitlines()
                 if ln.split() and ln.split()[0] in ("photo", "ghost_photo", "mrz", "document_number",
                                                      "bsn", "rrn", "ALL")]
        leaking, silent, clean_flagged = [], [], []
        if report.is_file():
            rep = json.loads(report.read_text())
            for d in rep.get("per_document", []):
                if d["leaks"]:
                    leaking.append(d)
                    if not flagged.get(d["file"], False):
                        silent.append(d)
                elif flagged.get(d["file"], False):
                    clean_flagged.append(d)

    from studio_dsar.core.redaction import ocr

    print(f"set={dev} files={len(files)} needs_review={sum(flagged.values())} wall={wall:.1f}s "
          f"ocr={ocr.engine()}")
    if not args.blind:
        for d in leaking:
            for _f, cat, kind in d["leaks"]:
                print(f"leak {d['file']} {cat} {kind}{'' if flagged.get(d['file']) else '  (NOT flagged)'}")
    for ln in table:
        print("   ", ln)
    print(score_line)
    print(f"leaking_files={len(leaking)} silent_leaks={len(silent)} (leaking files not flagged for review)")
    n_clean = len(files) - len(leaking)
    print(f"false_flags={len(clean_flagged)}/{n_clean} (clean files flagged for review)")
    if not args.blind:
        for d in clean_flagged:
            print(f"flagged clean {d['file']}: {' '.join(reasons.get(d['file'], []))}")
    print(f"redact median={ours.median():.2f}s p95={percentile(ours.wall, 0.95):.2f}s "
          f"max={max(ours.wall):.2f}s per file; cpu={ours_cpu:.2f}s per file "
          f"(of which the face helper {helper_cpu / max(1, len(files)):.2f}s); "
          f"peak_rss={rss_self:.0f} MB (largest child process: {rss_child:.0f} MB)")
    if read_mrz is not None:
        print(f"passporteye read_mrz median={peer.median():.2f}s p95={percentile(peer.wall, 0.95):.2f}s "
              f"per file; cpu={sum(peer.cpu) / max(1, len(files)):.2f}s per file")
        print(f"redact/passporteye median ratio={ours.median() / peer.median():.2f} "
              f"(target <= 0.50; same files, interleaved in this run)")
    elif not args.no_passporteye:
        print("passporteye not installed (pip install -e '.[bench]'): comparison skipped")
    if args.profile_cpu:
        print(profile_line(len(files), sum(ours.cpu) + helper_cpu, sum(ours.kids) + helper_cpu))
    if batch:
        (w1, c1), (w2, c2) = batch[1], batch[2]
        print(f"batch (studio-dsar redact --batch): 1 process {len(files) / w1 * 60:.1f} files/min, "
              f"2 processes {len(files) / w2 * 60:.1f} files/min "
              f"(x{w1 / w2:.2f}; os.cpu_count()={os.cpu_count()}); cores busy on average "
              f"{c1 / w1:.2f} and {c2 / w2:.2f}, cpu {c1 / len(files):.2f} and {c2 / len(files):.2f} s per file "
              f"(with process start-up; the machine's other load lowers the first two)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
