"""Sub-commands for ID documents: ``idcheck`` (redact, compare, keep only the redacted copy)
and ``idcopies`` (list or export the redacted copies kept for a request)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from studio_dsar.core.i18n import _


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "idcheck",
        help=_("redact an ID document for a request, keep only the redacted copy and wipe the original"),
    )
    p.add_argument("reference", nargs="?")
    p.add_argument("file", nargs="?", help=_("image (JPEG, PNG, TIFF, WebP, BMP, HEIC) or PDF"))
    p.add_argument("--name-matches", action="store_true", help=_("the name on the document matches the requester"))
    p.add_argument("--birth-date-matches", action="store_true", help=_("the date of birth fits the requester"))
    p.add_argument("--reviewed", action="store_true",
                   help=_("you looked at the redacted copy; needed when the app asks for a check"))
    p.add_argument("--wipe-source", action="store_true", help=_("also wipe FILE from this computer"))
    p.add_argument("--wipe-unfinished", action="store_true",
                   help=_("wipe originals left behind by an interrupted check"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_idcheck)

    p = sub.add_parser("idcopies", help=_("list or export the redacted ID copies of a request"))
    p.add_argument("reference")
    p.add_argument("--export", metavar="DIR", help=_("write the redacted copies into DIR"))
    p.set_defaults(func=cmd_idcopies)


def cmd_idcheck(args) -> int:
    from studio_dsar.core import idcheck
    from studio_dsar.core.errors import InputError, StateError
    from studio_dsar.core.store import Store

    with Store.open() as store:
        if args.wipe_unfinished:
            n = idcheck.wipe_unfinished(store)
            print(_("{n} unfinished originals wiped.").format(n=n))
            return 0
        if not args.reference or not args.file:
            raise InputError(_("Name the request and the file: studio-dsar idcheck REFERENCE FILE"))
        check = idcheck.start(store, args.reference, args.file)
        report = {
            "reference": check.reference,
            "needs_review": check.needs_review,
            "reasons": list(check.result.reasons),
            "reason_texts": check.result.reason_texts(),
            "blacked_out": check.summary(),
        }
        source = Path(args.file) if args.wipe_source else None
        if check.needs_review and not args.reviewed:
            idcheck.discard(store, check)
            report["kept"] = False
            _print(report, args.json)
            raise StateError(
                _("The app is not sure it covered everything; nothing was kept. Look at the result with "
                  "'studio-dsar redact' or in the window, then run again with --reviewed.")
            )
        kept = idcheck.accept(store, check, name_matches=args.name_matches,
                              birth_date_matches=args.birth_date_matches, reviewed=args.reviewed,
                              wipe_source=source)
        report.update({"kept": True, "kept_file": kept.filename,
                       "identity_verified": bool(args.name_matches and args.birth_date_matches),
                       "source_wiped": source is not None})
        _print(report, args.json)
    return 0


def _print(report: dict, as_json: bool) -> None:
    if as_json:
        print(json.dumps(report, ensure_ascii=False))
        return
    from studio_dsar.core import vocab

    items = ", ".join(f"{vocab.word(vocab.FINDING_WORDS, k)} × {v}" for k, v in report["blacked_out"].items()) or "—"
    print(_("Blacked out: {items}.").format(items=items))
    for text in report["reason_texts"]:
        print("  ! " + _("Check by hand: {reason}").format(reason=text), file=sys.stderr)
    if report.get("kept"):
        print(_("Redacted copy kept (encrypted) as {name}; original wiped.").format(name=report["kept_file"]))


def cmd_idcopies(args) -> int:
    from studio_dsar.core.fileutil import write_bytes_atomic
    from studio_dsar.core.store import Store
    from studio_dsar.core.vault import Vault

    with Store.open() as store:
        req = store.get_request(args.reference)
        vault = Vault(store)
        items = [i for i in vault.items(req.id, include_wiped=False) if i.kind == "redacted"]
        for item in items:
            line = f"{item.id}\t{item.created_at}\t{item.filename}\t{item.size}"
            if args.export:
                target = Path(args.export) / item.filename
                write_bytes_atomic(target, vault.get(item.id))
                store.audit("vault_exported", request_id=req.id, details={"item": item.id, "file": target.name})
                line += f"\t-> {target}"
            print(line)
        if args.export and items:
            print(_("{n} redacted copies written to {dir}. These files are plaintext (not encrypted): keep "
                    "them safe and delete them when you no longer need them.").format(
                n=len(items), dir=Path(args.export).resolve()), file=sys.stderr)
    return 0
