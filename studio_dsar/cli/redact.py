"""``studio-dsar redact``: redact one ID scan, or a folder of them (evaluation)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from studio_dsar.core import vocab
from studio_dsar.core.errors import InputError
from studio_dsar.core.i18n import _, ngettext

INPUT_EXTS = frozenset(vocab.SCAN_SUFFIXES)


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "redact",
        help=_("black out portrait, MRZ and ID numbers on an ID scan"),
        description=_("Black out the portrait, ghost portrait, machine-readable zone, document "
                      "number and BSN / national register number on a scan or photo of an "
                      "identity document. Name, date of birth, nationality and expiry stay legible."),
    )
    p.add_argument("input", nargs="?", help=_("image (JPEG, PNG, TIFF, WebP, BMP, HEIC) or PDF"))
    p.add_argument("-o", "--output", required=True,
                   help=_("output file (.png, .jpg or .pdf); with --batch an output folder"))
    p.add_argument("--batch", metavar="DIR", help=_("redact every file in DIR into the output folder"))
    p.add_argument("--json", action="store_true", help=_("print the findings as JSON"))
    p.add_argument("--watermark", metavar="TEXT", help=_("add a diagonal watermark, e.g. 'KOPIE'"))
    p.add_argument("--jobs", type=int, default=0,
                   help=_("files processed in parallel in batch mode (default: one per processor core)"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from studio_dsar.core.redaction import redact_file

    if args.batch:
        return _run_batch(args)
    if not args.input:
        raise InputError(_("Name the file to redact, or use --batch DIR."))
    src = Path(args.input)
    if not src.is_file():
        raise InputError(_("The file cannot be opened."))
    result = redact_file(src, Path(args.output), watermark=args.watermark)
    if args.json:
        print(json.dumps(result.as_dict(), indent=2, ensure_ascii=False))
    else:
        print(_("Redacted copy written: {path}").format(path=args.output))
        for text in result.reason_texts():
            print(_("Check by hand: {reason}").format(reason=text))
    return 0


def _one(item):
    src, dst, watermark = item
    from studio_dsar.core.errors import DsarError
    from studio_dsar.core.redaction import redact_file

    try:
        return redact_file(src, dst, watermark=watermark).as_dict(), None
    except DsarError as exc:
        return None, str(exc)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _run_batch(args: argparse.Namespace) -> int:
    src_dir, out_dir = Path(args.batch), Path(args.output)
    if not src_dir.is_dir():
        raise InputError(_("The folder cannot be opened."))
    out_dir.mkdir(parents=True, exist_ok=True)
    items = [(p, out_dir / p.name, args.watermark) for p in sorted(src_dir.iterdir())
             if p.is_file() and p.suffix.lower() in INPUT_EXTS]
    failures = 0
    results = []
    jobs = args.jobs if args.jobs and args.jobs > 0 else (os.cpu_count() or 1)
    jobs = min(jobs, len(items))
    if jobs > 1:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # spawn: the same in frozen builds and on every platform, no forked threads; the
        # largest files first, so that no core is left idle waiting for one at the end
        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
            order = sorted(range(len(items)), key=lambda i: -_size(items[i][0]))
            futures = {i: pool.submit(_one, items[i]) for i in order}
            outcomes = [futures[i].result() for i in range(len(items))]
    else:
        outcomes = [_one(it) for it in items]
    for (src, _dst, _w), (res, err) in zip(items, outcomes, strict=False):
        if err is not None:
            failures += 1
            print(f"{src.name}: {err}", file=sys.stderr)
            continue
        results.append(res)
        if not args.json:
            flag = " " + _("(check by hand)") if res["needs_review"] else ""
            count = sum(len(p["findings"]) for p in res["pages"])
            print(f"{src.name}: " + ngettext("{n} region", "{n} regions", count).format(n=count) + flag)
    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
    return 2 if failures else 0
