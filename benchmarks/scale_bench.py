"""Scale benchmark: a register of 10,000 requests against an empty or tiny one, same run.

    python benchmarks/scale_bench.py [--requests 10000] [--repeat 3]

Builds three data folders in a temporary directory (empty, 10 requests, N requests, with
attachments, extensions and closed requests mixed in as a studio would have them) and, each in
a fresh process so imports count as they would for the owner:

* first paint of the main window (offscreen): from process start until the table's viewport
  has painted once; target: N requests <= 2 x the empty register;
* ``studio-dsar list --json``: wall time of the whole command; target: N <= 3 x 10 requests;
* ``studio-dsar --help``: wall time, and whether Qt, holidays, PyMuPDF, OpenCV, NumPy or the
  intake/redaction packages were imported (they are not needed to print the help).

The median of ``--repeat`` runs is printed for each, side by side. Run it with ``nice -n 10``
on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

HEAVY = ("PySide6", "holidays", "pymupdf", "fitz", "cv2", "numpy", "studio_dsar.core.intake",
         "studio_dsar.core.redaction", "studio_dsar.core.letters", "jinja2", "cryptography")

PAINT_SCRIPT = textwrap.dedent("""
    import time
    t0 = time.perf_counter()
    import sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    app = QApplication(sys.argv[:1])

    class FirstPaint(QObject):
        done = None

        def eventFilter(self, obj, event):
            if (self.done is None and event.type() == QEvent.Type.Paint
                    and isinstance(obj.parent(), QAbstractItemView) and obj.parent().model() is not None
                    and obj.parent().model().rowCount() >= int(sys.argv[1])):
                self.done = time.perf_counter() - t0
                QTimer.singleShot(0, app.quit)
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    from studio_dsar.gui import app as gui_app
    gui_app.main([])
    print(watcher.done)
""")


def populate(home: Path, count: int) -> None:
    """``count`` requests in the register at ``home`` (one transaction, as an import would)."""
    os.environ["STUDIO_DSAR_HOME"] = str(home)
    from studio_dsar.core.store import Store

    home.mkdir(parents=True, exist_ok=True)
    # The first-run profile offer is modal: mark it as done so the window paints at once.
    # The start-up overview is left out too: the figure is the table's first paint.
    (home / "window.ini").write_text("[first_run]\nprofile_offered=true\n\n[reminders]\ndigest_at_start=false\n",
                                     encoding="utf-8")
    rights = (["access"], ["erasure"], ["access", "portability"], ["objection"], ["rectification"])
    today = date.today()
    with Store.open(home / "studio-dsar.sqlite3") as store:
        with store.transaction():
            for i in range(count):
                req = store.create_request(
                    requester_name=f"Requester {i:05d}", requester_email=f"person{i}@example.nl",
                    rights=rights[i % len(rights)], received_at=today - timedelta(days=i % 400),
                    channel="email" if i % 3 else "phone",
                    attachments=[{"filename": f"scan{i}.jpg", "content_type": "image/jpeg",
                                  "size": 1000 + i, "is_id_document": i % 2 == 0}] if i % 4 == 0 else [],
                )
                if i % 5 == 1:
                    store.set_status(req.reference, "answered")
                elif i % 5 == 2:
                    store.set_status(req.reference, "in_progress")
    os.environ.pop("STUDIO_DSAR_HOME", None)


def _env(home: Path) -> dict:
    env = dict(os.environ)
    env["STUDIO_DSAR_HOME"] = str(home)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def first_paint(home: Path, rows: int) -> float:
    out = subprocess.run([sys.executable, "-c", PAINT_SCRIPT, str(rows)], env=_env(home),
                         capture_output=True, text=True, check=True, timeout=600)
    return float(out.stdout.strip().splitlines()[-1])


def timed_cli(home: Path, *args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "studio_dsar", *args], env=_env(home),
                   capture_output=True, check=True, timeout=600)
    return time.perf_counter() - start


def help_imports(home: Path) -> list[str]:
    """Heavy modules ``studio-dsar --help`` imports (should be none)."""
    code = ("import sys, runpy; sys.argv=['studio-dsar','--help']\n"
            "try:\n    runpy.run_module('studio_dsar', run_name='__main__')\n"
            "except SystemExit:\n    pass\n"
            f"heavy={HEAVY!r}\n"
            "print('\\n'.join(sorted(h for h in heavy if any(m == h or m.startswith(h + '.') "
            "for m in sys.modules))), file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", code], env=_env(home), capture_output=True, text=True,
                         check=True, timeout=120)
    return [line for line in out.stderr.splitlines() if line.strip()]


RUNS: dict[str, list[float]] = {}


def median_of(repeat: int, func, *args) -> float:
    """Median of ``repeat`` runs; every run is kept in RUNS (the first paint of a register is
    cold: it computes the public holidays once and keeps them for the next start)."""
    runs = [func(*args) for _ in range(repeat)]
    RUNS[f"{func.__name__} {args[-1] if len(args) > 1 else ''} {Path(str(args[0])).name}".strip()] = runs
    return statistics.median(runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="studio-dsar-scale-") as tmp:
        root = Path(tmp)
        homes = {"empty": root / "empty", "10": root / "ten", str(args.requests): root / "large"}
        t = time.perf_counter()
        populate(homes["empty"], 0)
        populate(homes["10"], 10)
        populate(homes[str(args.requests)], args.requests)
        print(f"built registers in {time.perf_counter() - t:.1f} s")

        big = str(args.requests)
        paint_empty = median_of(args.repeat, first_paint, homes["empty"], 0)
        paint_big = median_of(args.repeat, first_paint, homes[big], args.requests)
        list_small = median_of(args.repeat, timed_cli, homes["10"], "list", "--json")
        list_big = median_of(args.repeat, timed_cli, homes[big], "list", "--json")
        help_time = median_of(args.repeat, timed_cli, homes["empty"], "--help")
        heavy = help_imports(homes["empty"])

    rows = [
        ("first paint (s)", "empty", paint_empty, big, paint_big, paint_big / paint_empty, 2.0),
        ("list --json (s)", "10", list_small, big, list_big, list_big / list_small, 3.0),
    ]
    print(f"{'measure':<18}{'small':>8}{'time':>9}{'large':>8}{'time':>9}{'ratio':>8}{'target':>8}  ok")
    for name, a, ta, b, tb, ratio, target in rows:
        print(f"{name:<18}{a:>8}{ta:>9.2f}{b:>8}{tb:>9.2f}{ratio:>8.2f}{'<=' + str(target):>8}  "
              f"{'yes' if ratio <= target else 'NO'}")
    print(f"--help: {help_time:.2f} s; heavy modules imported: {', '.join(heavy) or 'none'}")
    for name, runs in RUNS.items():
        print(f"  runs {name}: " + ", ".join(f"{r:.2f}" for r in runs))
    print(json.dumps({"paint_empty": paint_empty, "paint_large": paint_big, "list_10": list_small,
                      "list_large": list_big, "help": help_time, "help_heavy_imports": heavy}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
