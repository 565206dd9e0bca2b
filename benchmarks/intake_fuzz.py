"""Fuzz the mail import: every mail the dry run accepts must import for real, in bounded time.

    .venv/bin/python benchmarks/intake_fuzz.py [--count N] [--seed S] [--big]

Mails: the labelled mails of ``tests/data/intake_*`` and ``../shared/emails`` (and its
``real/`` files, .msg included) mutated byte-wise (raw 8-bit bytes in headers and bodies,
NULs, lone surrogates, bogus encoded words, cut and doubled spans), plus hand-made odd cases:
broken MIME (no closing boundary, a boundary never declared, 40 nested multiparts, garbage
base64, an unknown charset), missing or absurd Date headers, a damaged .msg. With ``--big``
also a 10 MB one-line mail, a 38 MB mail with a large attachment and a 90 MB mail, each
measured in a child process for time and peak memory.

Each mail goes through ``import_files`` twice, as the window does: a dry run, then a real
import into a fresh register. Prints the counts, the slowest mails and every failure: a
crash (an exception out of the import), a mail the dry run accepted that the real import
did not store, or one that took longer than ``--slow`` seconds.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared" / "emails"
INSERTS = [b"\x00", b"=?utf-8?B?w6k=?=", b"=?bogus?Q?x=FF?=", b"\r", b"\n\n", b"\xed\xa0\x80", b"\xc3\xa8",
           b"\xff\xfe", b"=?utf-8?Q?caf=C3?=", b"\t", b"--", b"Content-Type: multipart/mixed; boundary=x\n"]

HEAD = (b"From: In\xc3\xa8s Dubois <ines@example.be>\nTo: studio@example.be\n"
        b"Subject: Demande d'acc\xc3\xa8s\nMessage-ID: <%d@fuzz.example>\nMIME-Version: 1.0\n")
BODY = b"Bonjour,\nJe souhaite recevoir une copie de mes donn\xc3\xa9es personnelles.\nIn\xc3\xa8s\n"


def odd_cases() -> list[tuple[str, bytes]]:
    """Hand-made broken mails (each one a request, so it should be imported)."""
    cases = []
    date = b"Date: Mon, 4 Mar 2024 10:00:00 +0100\n"
    cases.append(("no_date", HEAD % 1 + b"Content-Type: text/plain; charset=utf-8\n\n" + BODY))
    cases.append(("absurd_date", HEAD % 2 + b"Date: Mon, 99 Foo 99999 99:99:99 +9999\n\n" + BODY))
    cases.append(("no_closing_boundary", HEAD % 3 + date + b"Content-Type: multipart/mixed; boundary=\"b\"\n\n"
                  b"--b\nContent-Type: text/plain\n\n" + BODY + b"--b\nContent-Type: image/jpeg\n"
                  b"Content-Transfer-Encoding: base64\n\n/9j/4AAQ"))
    cases.append(("undeclared_boundary", HEAD % 4 + date + b"Content-Type: multipart/mixed\n\n--zz\n\n" + BODY))
    nested = BODY
    for i in range(40):
        nested = (b"Content-Type: multipart/mixed; boundary=\"n%d\"\n\n--n%d\n" % (i, i) + nested + b"\n--n%d--\n" % i)
    cases.append(("nested_40", HEAD % 5 + date + nested))
    cases.append(("garbage_base64", HEAD % 6 + date + b"Content-Type: text/plain; charset=utf-8\n"
                  b"Content-Transfer-Encoding: base64\n\n!!!not*base64@@@\n" + BODY))
    cases.append(("unknown_charset", HEAD % 7 + date + b"Content-Type: text/plain; charset=x-klingon\n\n" + BODY))
    cases.append(("raw_8bit_everywhere", HEAD % 8 + date + b"X-Note: \xff\xfe\xfd\nContent-Type: text/plain\n"
                  b"Content-Disposition: attachment; filename=\"r\xe9sum\xe9.txt\"\n\n" + BODY))
    cases.append(("header_only", HEAD % 9 + date))
    cases.append(("bad_image", HEAD % 10 + date + b"Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\n"
                  b"Content-Type: text/plain\n\n" + BODY + b"\n--b\nContent-Type: image/png; name=\"IMG_1.png\"\n"
                  b"Content-Transfer-Encoding: base64\n\niVBORw0KGgoAAAANSUhEUgAAJxAAACcQCAIAAAA=\n--b--\n"))
    return cases


def big_cases() -> list[tuple[str, bytes]]:
    import base64

    date = b"Date: Mon, 4 Mar 2024 10:00:00 +0100\n"
    one_line = HEAD % 20 + date + b"Content-Type: text/plain\n\n" + BODY + b"bla " * (10 * 1024 * 1024 // 4)
    blob = base64.encodebytes(os.urandom(27 * 1024 * 1024))
    large = (HEAD % 21 + date + b"Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\n"
             + BODY + b"\n--b\nContent-Type: application/octet-stream; name=\"video.mov\"\n"
             b"Content-Transfer-Encoding: base64\n\n" + blob + b"\n--b--\n")
    huge = large + b"x" * (90 * 1024 * 1024 - len(large))
    return [("one_line_10MB", one_line), ("attachment_38MB", large), ("mail_90MB", huge)]


def mutate(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    header_end = max(1, data.find(b"\n\n"))
    for _ in range(rng.randint(1, 8)):
        op = rng.random()
        pos = rng.randrange(header_end) if rng.random() < 0.5 else rng.randrange(len(b) or 1)
        if op < 0.35:
            b[pos:pos] = bytes(rng.randrange(128, 256) for _ in range(rng.randint(1, 6)))
        elif op < 0.6:
            b[pos:pos] = rng.choice(INSERTS)
        elif op < 0.8 and len(b) > 10:
            del b[pos: pos + rng.randint(1, 30)]
        else:
            b[pos:pos] = b[pos: pos + rng.randint(1, 60)]
    return bytes(b)


def sources() -> list[tuple[str, bytes]]:
    out = []
    folders = [*sorted((ROOT / "tests" / "data").glob("intake_*")), SHARED / "dev", SHARED / "real"]
    for folder in folders:
        if folder.is_dir():
            out += [(p.name, p.read_bytes()) for p in sorted(folder.iterdir()) if p.suffix.lower() in (".eml", ".msg")]
    return out


def run_child(name: str, data: bytes) -> str:
    """Import one big mail in a child process: its time, peak memory and outcome."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{name}.eml"
        path.write_bytes(data)
        code = (
            "import resource, sys, time\n"
            "from studio_dsar.core.intake import import_files\n"
            "from studio_dsar.core.store import Store\n"
            "t = time.perf_counter()\n"
            "with Store.open(sys.argv[2]) as s:\n"
            "    o = import_files([sys.argv[1]], s, include_non_requests=True)[0]\n"
            "hwm = [ln for ln in open('/proc/self/status') if ln.startswith('VmHWM')]\n"
            "peak = int(hwm[0].split()[1]) / 1024 if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
            "print(f'{time.perf_counter() - t:.1f} s, peak {peak:.0f} MB, stored={o.stored} error={o.error!r}')\n")
        env = dict(os.environ, STUDIO_DSAR_HOME=tmp, PYTHONPATH=str(ROOT))
        res = subprocess.run([sys.executable, "-c", code, str(path), str(Path(tmp) / "r.db")], env=env,
                             capture_output=True, text=True, timeout=600)
        return (res.stdout.strip() or res.stderr.strip().splitlines()[-1]) if res.returncode == 0 else \
            f"CRASH rc={res.returncode}: {res.stderr.strip()[-300:]}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=1000, help="mutated mails (default 1000)")
    ap.add_argument("--seed", type=int, default=1050)
    ap.add_argument("--slow", type=float, default=5.0, help="seconds above which a mail counts as too slow")
    ap.add_argument("--big", action="store_true", help="also the 10 MB one-line, 38 MB and 90 MB mails")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    base = sources()
    if not base:
        print("no mails found")
        return 2
    mails = odd_cases()
    for i in range(args.count):
        name, data = base[i % len(base)]
        mails.append((f"{i:04d}_{Path(name).stem}{Path(name).suffix}", mutate(rng, data)))
    failures: list[str] = []
    timings: list[tuple[float, str]] = []
    accepted = refused = stored = duplicates = 0
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["STUDIO_DSAR_HOME"] = tmp
        from studio_dsar.core.i18n import set_language
        from studio_dsar.core.intake import import_files
        from studio_dsar.core.store import Store

        set_language("en")
        folder = Path(tmp) / "mails"
        folder.mkdir()
        with Store.open(Path(tmp) / "register.db") as store:
            for i, (name, data) in enumerate(mails):
                suffix = ".msg" if name.endswith(".msg") else ".eml"
                path = folder / f"{i:05d}{suffix}"
                path.write_bytes(data)
                t = time.perf_counter()
                try:
                    dry = import_files([path], store, dry_run=True, include_non_requests=True)[0]
                    if dry.error:
                        refused += 1
                        continue
                    accepted += 1
                    if dry.duplicate:
                        duplicates += 1
                        continue  # the same Message-ID as an earlier mutation
                    real = import_files([path], store, include_non_requests=True)[0]
                except Exception as exc:  # noqa: BLE001 - exactly what this looks for
                    failures.append(f"CRASH {name}: {type(exc).__name__}: {exc}")
                    continue
                finally:
                    timings.append((time.perf_counter() - t, name))
                if real.stored or real.linked or real.duplicate:
                    stored += 1
                else:
                    failures.append(f"NOT STORED {name}: {real.error or real.skipped}")
    slow = sorted(timings, reverse=True)
    failures += [f"SLOW {n}: {s:.1f} s" for s, n in slow if s > args.slow]
    print(f"{len(mails)} mails: {accepted} accepted by the dry run ({duplicates} of them the same mail as an "
          f"earlier one), {refused} refused with a message; of the {accepted - duplicates} others the real import "
          f"stored {stored}")
    print("slowest: " + ", ".join(f"{n} {s:.2f} s" for s, n in slow[:5]))
    if args.big:
        for name, data in big_cases():
            print(f"{name} ({len(data) / 2**20:.0f} MB): {run_child(name, data)}")
    for f in failures:
        print(f)
    print(f"FAILURES {len(failures)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
