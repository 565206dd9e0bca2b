"""Sub-commands for identity checks: ``idreason`` (why ID is needed, lighter means first),
``idcheck`` (redact, compare, decide, destroy) and ``idcopies`` (what the vault holds)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from studio_dsar.core.i18n import _


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(_("not a date (YYYY-MM-DD): {value}").format(value=value)) from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "idreason",
        help=_("record why you doubt who is asking (needed before asking for ID) and see lighter means"),
    )
    p.add_argument("reference")
    p.add_argument("reason", nargs="?", help=_("the reason for your doubt, in a sentence"))
    p.add_argument("--means", default="", help=_("lighter means you considered, comma-separated codes"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_idreason)

    p = sub.add_parser(
        "idcheck",
        help=_("check an ID document for a request: redact, compare, record the outcome, wipe the original"),
    )
    p.add_argument("reference", nargs="?")
    p.add_argument("file", nargs="?", help=_("image (JPEG, PNG, TIFF, WebP, BMP, HEIC) or PDF"))
    p.add_argument("--from-mail", nargs="?", const="", metavar="MAIL",
                   help=_("take the scan from an attachment of the request's mail (read into memory); give MAIL "
                          "when the mail file moved"))
    p.add_argument("--attachment", type=int, metavar="N",
                   help=_("with --from-mail: which image or PDF attachment (1, 2, ...) when there are several"))
    p.add_argument("--decision", choices=["verified", "not_verified", "ask_more"],
                   help=_("record the outcome; without it the check only reports and keeps nothing"))
    p.add_argument("--reason", help=_("why you mark a document that does not match as verified"))
    p.add_argument("--birth-date", type=_date, metavar="DATE",
                   help=_("the date of birth you know for this person, to compare with the document"))
    p.add_argument("--keep-copy-until", type=_date, metavar="DATE",
                   help=_("keep the redacted copy until DATE (needs --keep-reason; wiped automatically after)"))
    p.add_argument("--keep-reason", help=_("why the redacted copy must be kept"))
    p.add_argument("--reviewed", action="store_true",
                   help=_("you looked at the redacted copy and every number, the MRZ and the portraits are "
                          "covered; needed to keep a copy"))
    p.add_argument("--wipe-source", action="store_true",
                   help=_("also wipe FILE from this computer (your mail program and mail server still hold "
                          "the attachment)"))
    p.add_argument("--wipe-unfinished", action="store_true",
                   help=_("wipe originals left behind by an interrupted check (also done at every start)"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_idcheck)

    p = sub.add_parser("idcopies", help=_("list what the vault holds for a request, or export kept redacted copies"))
    p.add_argument("reference")
    p.add_argument("--export", metavar="DIR", help=_("write the kept redacted copies into DIR"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_idcopies)


def cmd_idreason(args) -> int:
    from studio_dsar.core.studio import Studio

    with Studio.open() as studio:
        req = studio.request(args.reference)
        if args.reason:
            means = [m.strip() for m in args.means.split(",") if m.strip()]
            req = studio.record_id_reason(args.reference, args.reason, means)
        reason, means = studio.id_reason(args.reference)
        options = studio.lighter_means()
        if args.json:
            print(json.dumps({"reference": req.reference, "status": req.status, "reason": reason,
                              "means_considered": means, "lighter_means": options}, ensure_ascii=False))
            return 0
        if reason:
            print(_("Reason for asking ID: {reason}").format(reason=reason))
        else:
            print(_("No reason recorded yet. Ask for ID only when you have a reasonable doubt about who "
                    "is asking (GDPR Art. 12(6)); try a lighter means first:"))
        for code, text in options.items():
            mark = "x" if code in means else " "
            print(f"  [{mark}] {code}: {text}")
    return 0


def _report(check, decision=None, kept=None) -> dict:
    c = check.comparison
    return {
        "reference": check.reference,
        "needs_review": check.needs_review,
        "reasons": list(check.result.reasons),
        "reason_texts": check.result.reason_texts(),
        "findings": check.summary(),
        "identity": {
            "name": c.name,
            "birth_date": c.birth_date,
            "expired": c.expired,
            "document_type": c.document_type,
            "issuing_country": c.issuing_country,
            "needs_other_side": c.needs_other_side,
        },
        "decision": decision,
        "kept_copy": kept is not None,
        "keep_until": kept,
        "original_wiped": check.original_wiped,
    }


def cmd_idcheck(args) -> int:
    from studio_dsar.core import vocab
    from studio_dsar.core.errors import InputError
    from studio_dsar.core.studio import Studio

    with Studio.open() as studio:
        if args.wipe_unfinished:
            n = studio.wipe_unfinished_id_checks()
            print(_("{n} unfinished originals wiped.").format(n=n))
            if not args.reference:
                return 0
        if not args.reference or (not args.file and args.from_mail is None):
            raise InputError(_("Name the request and the file: studio-dsar idcheck REFERENCE FILE"))
        if args.from_mail is not None and args.wipe_source:
            raise InputError(_("--wipe-source wipes a file you name; an attachment read from the mail is only "
                               "in memory (delete the mail in your mail program)."))
        if (args.keep_copy_until is None) != (args.keep_reason is None):
            raise InputError(_("--keep-copy-until and --keep-reason go together."))
        if args.keep_copy_until is not None and args.decision != "verified":
            raise InputError(_("A copy is kept only when the identity is verified (--decision verified)."))
        from studio_dsar.cli._unlock import ensure_unlocked

        ensure_unlocked()
        if args.from_mail is not None:
            scans = studio.mail_id_scans(args.reference, args.from_mail or None)
            if not scans:
                raise InputError(_("The mail has no image or PDF attachment."))
            if args.attachment is None and len(scans) > 1:
                names = "; ".join(f"{i}: {s.name}" for i, s in enumerate(scans, start=1))
                raise InputError(_("The mail has several attachments; choose one with --attachment N ({names}).")
                                 .format(names=names))
            n = args.attachment or 1
            if not 1 <= n <= len(scans):
                raise InputError(_("There is no attachment {n}.").format(n=n))
            scan = scans[n - 1]
            check = studio.start_id_check(args.reference, scan.data, scan.extension, birth_date=args.birth_date)
        else:
            check = studio.start_id_check(args.reference, args.file, birth_date=args.birth_date)
        report = _report(check)
        if args.decision is None:
            studio.discard_id_check(check)
        else:
            try:
                proof, kept = studio.decide_id_check(check, args.decision, reviewed=args.reviewed, reason=args.reason,
                                                     keep_until=args.keep_copy_until, keep_reason=args.keep_reason)
            except Exception:
                studio.discard_id_check(check)
                _print(report, args.json)
                raise
            report = _report(check, proof.decision, proof.copy_kept_until if kept else None)
        if args.wipe_source:
            print(_("Note: your mail program and your mail server still hold the attachment; delete it there "
                    "too."), file=sys.stderr)
            studio.wipe_id_source(check, args.file, told_mail_copies=True)
            report["source_wiped"] = True
        _print(report, args.json, vocab)
    return 0


def _print(report: dict, as_json: bool, vocab=None) -> None:
    if as_json:
        print(json.dumps(report, ensure_ascii=False))
        return
    from studio_dsar.core import vocab as v

    items = ", ".join(f"{v.word(v.FINDING_WORDS, k)} × {n}" for k, n in report["findings"].items()) or "—"
    print(_("Blacked out: {items}.").format(items=items))
    for text in report["reason_texts"]:
        print("  ! " + _("Check by hand: {reason}").format(reason=text), file=sys.stderr)
    ident = report["identity"]
    print(_("Name: {name}; date of birth: {dob}.").format(
        name=v.word(v.ID_VERDICT_WORDS, ident["name"]), dob=v.word(v.ID_VERDICT_WORDS, ident["birth_date"])))
    if ident["expired"]:
        print("  ! " + _("The document has expired."), file=sys.stderr)
    if ident["needs_other_side"]:
        print("  ! " + _("No name was found on this side: ask for the other side of the document."), file=sys.stderr)
    if report["decision"]:
        print(_("Recorded: {decision}.").format(decision=v.word(v.ID_DECISION_WORDS, report["decision"])))
    if report["kept_copy"]:
        print(_("Redacted copy kept (encrypted) until {date}; the original was wiped.").format(date=report["keep_until"]))
    else:
        print(_("Nothing was kept; the original was wiped."))


def cmd_idcopies(args) -> int:
    from studio_dsar.core.fileutil import write_bytes_atomic
    from studio_dsar.core.studio import Studio

    with Studio.open() as studio:
        req = studio.request(args.reference)
        items = studio.id_copies(args.reference)
        if args.export:

            from studio_dsar.cli._unlock import ensure_unlocked

            ensure_unlocked()
            vault = studio.vault
            for item in items:
                if item["kind"] != "redacted":
                    continue
                target = Path(args.export) / item["name"]
                write_bytes_atomic(target, vault.get(item["id"]))
                studio.store.audit("vault_exported", request_id=req.id, details={"item": item["id"]})
                item["exported_to"] = str(target)
        if args.json:
            print(json.dumps({"reference": req.reference, "items": items,
                              "proofs": [p.to_json() for p in studio.id_proofs(args.reference)]},
                             ensure_ascii=False))
            return 0
        if not items:
            print(_("The vault holds nothing for this request."))
        for item in items:
            print(f"{item['id']}\t{item['kind']}\t{item['created_at']}\t{item['keep_until'] or '—'}\t{item['name']}")
        if args.export and any(i["kind"] == "redacted" for i in items):
            print(_("{n} redacted copies written to {dir}. These files are plaintext (not encrypted): keep "
                    "them safe and delete them when you no longer need them.").format(
                n=sum(1 for i in items if i["kind"] == "redacted"), dir=Path(args.export).resolve()), file=sys.stderr)
    return 0
