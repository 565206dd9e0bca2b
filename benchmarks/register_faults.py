"""Fault injection on the register, many rounds: what happened per fault kind.

    .venv/bin/python benchmarks/register_faults.py [--rounds N] [--seed S]

Kinds: kill -9 at a random moment of an intake batch, of the ID-check storage steps
(encrypt original, keep redacted copy, wipe original) and of backups; two intakes starting
at once on a new data folder; damaged files (0 bytes, missing, foreign header, random bytes
over pages); a full disk (1 MB tmpfs, Linux as root) and a read-only remount.

For each kind it prints the runs tried and the outcomes: register opened and verified,
refused with an offer to restore (for damaged files: the expected outcome), or failed. The
kill moment is drawn uniformly over the last 70% of the time the child needs for its whole
loop (measured first; the first part is Python starting), so kills land before, during and
after the writes; the output says where each landed.
"""

from __future__ import annotations

import argparse
import collections
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "support"))
import faultlab  # noqa: E402


def calibrate(kind: str, base: Path, n: int) -> float:
    home = base / f"cal-{kind}"
    faultlab.warm_up(home)
    start = time.monotonic()
    p = faultlab.spawn(kind, home, n)
    p.communicate(timeout=600)
    return time.monotonic() - start


def kill_kind(kind: str, base: Path, rounds: int, n: int, rng: random.Random) -> collections.Counter:
    duration = calibrate(kind, base, n)
    outcomes: collections.Counter = collections.Counter()
    for i in range(rounds):
        home = base / f"{kind}-{i}"
        faultlab.warm_up(home)
        p = faultlab.spawn(kind, home, n)
        time.sleep(rng.uniform(0.3 * duration, duration))  # the first ~30% is Python starting up
        killed = p.poll() is None
        if killed:
            p.send_signal(signal.SIGKILL)
        p.wait(timeout=120)
        if p.stderr is not None:
            p.stderr.close()
        result = faultlab.check_after(home)
        done = result.get("requests", 0) - 1 if kind != "idcheck" else result.get("entries", 0)
        when = ("before its first write" if done <= 0 else "after all its writes" if not killed
                else f"between writes ({'requests stored' if kind != 'idcheck' else 'audit entries'} "
                     f"{'<10' if done < 10 else '10-19' if done < 20 else '20+'})")
        if result.get("orphan_vault_files"):
            outcomes["  (of which: an unreadable orphan ciphertext file left in the vault)"] += 1
        if result.get("unfinished_originals"):
            outcomes["  (of which: an ID original left for 'idcheck --wipe-unfinished')"] += 1
        if not result["opened"]:
            outcomes["register did not open: " + result.get("error", "?")] += 1
        elif not result["verify_ok"]:
            outcomes["audit verify failed: " + ",".join(result["problems"])] += 1
        elif result["partial_files"]:
            outcomes["partial backup file left"] += 1
        else:
            outcomes[f"killed {when}; opened, verified, nothing partial" if killed
                     else "finished before the kill; opened, verified"] += 1
        shutil.rmtree(home, ignore_errors=True)
    print(f"  (child loop takes {duration:.1f}s; kill moment uniform over its last 70%)")
    return outcomes


def race_kind(base: Path, rounds: int) -> collections.Counter:
    outcomes: collections.Counter = collections.Counter()
    for i in range(rounds):
        result = faultlab.concurrent_first_start(base / f"race-{i}", n=3)
        if result["exit_codes"] != [0, 0]:
            outcomes["an intake failed"] += 1
        elif "locked" in result["stderr"] or "Traceback" in result["stderr"]:
            outcomes["'locked' or traceback shown"] += 1
        elif not result["verify_ok"] or result.get("requests") != 6:
            outcomes["register incomplete or not verified"] += 1
        else:
            outcomes["both imported all mails; verified"] += 1
    return outcomes


DAMAGE = ("zero", "missing", "header", "pages", "truncated", "schema_page", "wal_garbage", "appended")


def damage_kind(base: Path, rounds: int, rng: random.Random) -> collections.Counter:
    outcomes: collections.Counter = collections.Counter()
    commands = (["list"], ["show", f"{date.today().year}-0001"], ["audit", "verify"], ["export-csv", "x.csv"])
    for i in range(rounds):
        home = base / f"damage-{i}"
        faultlab.warm_up(home)
        p = faultlab.spawn("intake", home, 20)  # a register of ~20 requests
        p.communicate(timeout=300)
        faultlab.warm_up(home)  # a start after the change: the backup that will be offered
        db = home / "studio-dsar.sqlite3"
        for suffix in ("-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        kind = DAMAGE[i % len(DAMAGE)]
        data = bytearray(db.read_bytes())
        if kind == "wal_garbage":
            Path(str(db) + "-wal").write_bytes(os.urandom(8192))
        elif kind == "appended":
            db.write_bytes(bytes(data) + os.urandom(3000))
        elif kind == "schema_page":
            data[100:4096] = os.urandom(3996)  # page 1 after the file header: the schema
            db.write_bytes(bytes(data))
        elif kind == "zero":
            db.write_bytes(b"")
        elif kind == "missing":
            db.unlink()
        elif kind == "header":
            db.write_bytes(os.urandom(len(data)))
        elif kind == "pages":
            page = rng.randrange(1, max(2, len(data) // 4096))
            data[page * 4096:(page + 1) * 4096] = os.urandom(4096)
            db.write_bytes(bytes(data))
        else:
            db.write_bytes(bytes(data[: len(data) // 2]))
        env = faultlab.child_env(home)
        for argv in commands:
            r = subprocess.run([sys.executable, "-m", "studio_dsar", *argv], env=env, cwd=home,
                               capture_output=True, text=True, timeout=120)
            if "Traceback" in r.stderr:
                outcomes[f"{kind}: traceback"] += 1
            elif r.returncode == 7 and "restore" in r.stderr:
                outcomes[f"{kind}: refused, damaged file kept aside, restore offered"] += 1
            elif r.returncode == 0:
                outcomes[f"{kind}: command ran (damage not in pages it reads)"] += 1
            else:
                outcomes[f"{kind}: exit {r.returncode}: {r.stderr.strip()[:80]}"] += 1
        restored = subprocess.run([sys.executable, "-m", "studio_dsar", "restore", "--latest", "--yes"], env=env,
                                  capture_output=True, text=True, timeout=120) \
            if kind not in ("wal_garbage", "appended") else None
        v = subprocess.run([sys.executable, "-m", "studio_dsar", "audit", "verify"], env=env,
                           capture_output=True, text=True, timeout=120)
        if kind in ("wal_garbage", "appended"):  # nothing lost: restore is not needed (nor offered)
            outcomes[f"{kind}: audit verify afterwards: {'ok' if v.returncode == 0 else 'FAILED'}"] += 1
        else:
            outcomes[f"{kind}: restore --latest then verify: "
                     f"{'ok' if restored is not None and restored.returncode == 0 and v.returncode == 0 else 'FAILED'}"] += 1
        shutil.rmtree(home, ignore_errors=True)
    return outcomes


def disk_kind(base: Path, rounds: int) -> collections.Counter:
    outcomes: collections.Counter = collections.Counter()
    if sys.platform != "linux" or os.geteuid() != 0:
        outcomes["skipped: needs root on Linux to mount a small filesystem"] += 1
        return outcomes
    commands = (["new", "--name", "B", "--rights", "access", "--received", "2026-01-02", "--notes", "n" * 20000],
                ["export-csv", "out.csv"], ["backup", "b.sdsar-backup"], ["restore", "--latest", "--yes"],
                ["retention", "--years", "3"], ["status", f"{date.today().year}-0001", "answered"], ["list"])
    for i in range(rounds):
        mnt = base / f"disk-{i}"
        mnt.mkdir()
        if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)]).returncode:
            outcomes["skipped: mount failed"] += 1
            return outcomes
        try:
            home = mnt / "home"
            faultlab.warm_up(home)
            faultlab.warm_up(home)  # a second start makes the backup that restore can use
            with open(mnt / "filler", "wb") as fh:
                try:
                    while True:
                        fh.write(b"\0" * 65536)
                        fh.flush()
                except OSError:
                    pass
            env = faultlab.child_env(home)  # the same test keychain as the warm-up
            for argv in commands:
                r = subprocess.run([sys.executable, "-m", "studio_dsar", "--lang", "en", *argv], env=env,
                                   cwd=mnt, capture_output=True, text=True, timeout=120)
                if "Traceback" in r.stderr:
                    outcomes[f"{argv[0]}: traceback"] += 1
                elif r.returncode == 0:
                    outcomes[f"{argv[0]}: succeeded (needed no new space)"] += 1
                elif "disk is full" in r.stderr:
                    outcomes[f"{argv[0]}: 'disk is full' message"] += 1
                else:
                    outcomes[f"{argv[0]}: exit {r.returncode}: {r.stderr.strip()[:90]}"] += 1
            (mnt / "filler").unlink()
            result = faultlab.check_after(home)
            outcomes["afterwards: " + ("opened and verified, nothing lost" if result["verify_ok"]
                                       and result.get("requests") == 2 else f"PROBLEM {result}")] += 1
        finally:
            subprocess.run(["umount", "-l", str(mnt)])
    return outcomes


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--seed", type=int, default=20261125)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    base = Path(tempfile.mkdtemp(prefix="register-faults-"))
    try:
        results = {}
        for kind, n in (("intake", 40), ("idcheck", 40), ("backup", 20)):
            print(f"kill -9 during {kind}:", flush=True)
            results[f"kill -9 during {kind}"] = kill_kind(kind, base, args.rounds, n, rng)
        results["two first starts importing at once"] = race_kind(base, args.rounds)
        results["damaged register x 4 commands, then restore"] = damage_kind(base, args.rounds, rng)
        results["disk full (1 MB tmpfs) x 7 commands"] = disk_kind(base, max(1, args.rounds // 4))
        print()
        for kind, counter in results.items():
            print(f"{kind}: {sum(counter.values())} runs")
            for outcome, count in counter.most_common():
                print(f"  {count:4d}  {outcome}")
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
