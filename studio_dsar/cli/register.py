"""Sub-commands for the request register: list, show, new, edit, status, extend, deadline,
audit, export-csv and settings."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from studio_dsar.core import deadlines, settings
from studio_dsar.core.errors import InputError
from studio_dsar.core.i18n import _
from studio_dsar.core.studio import Studio
from studio_dsar.core.vocab import CHANNELS, LANGUAGES, RIGHTS, STATUSES


def _print_json(obj) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=None))


def _rights_arg(value: str) -> list[str]:
    rights = [r.strip() for r in value.split(",") if r.strip()]
    bad = [r for r in rights if r not in RIGHTS]
    if bad:
        raise argparse.ArgumentTypeError(_("unknown right(s): {value}").format(value=", ".join(bad)))
    return rights


def _date_arg(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(_("not a date (YYYY-MM-DD): {value}").format(value=value)) from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("list", help=_("list the requests in the register"))
    p.add_argument("--json", action="store_true", help=_("print a JSON array"))
    p.add_argument("--status", choices=["open", "overdue", "soon", "closed", "all"], default="all",
                   help=_("which requests: open, overdue, due soon (within 7 days), closed or all"))
    p.add_argument("--state", choices=STATUSES, help=_("only requests with this status"))
    p.add_argument("--right", choices=RIGHTS, help=_("only requests invoking this right"))
    p.add_argument("--search", help=_("part of a name, e-mail address or reference"))
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", help=_("show one request with its audit timeline"))
    p.add_argument("reference")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("new", help=_("log a request that came by phone, letter or form"))
    p.add_argument("--name", required=True)
    p.add_argument("--email")
    p.add_argument("--rights", type=_rights_arg, required=True, help=",".join(RIGHTS))
    p.add_argument("--channel", choices=CHANNELS, default="phone")
    p.add_argument("--language", choices=list(LANGUAGES), default="nl")
    p.add_argument("--received", required=True, help=_("date (YYYY-MM-DD) or ISO date and time"))
    p.add_argument("--notes", default="")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("edit", help=_("correct the details of a request"))
    p.add_argument("reference")
    p.add_argument("--name")
    p.add_argument("--email")
    p.add_argument("--rights", type=_rights_arg)
    p.add_argument("--channel", choices=CHANNELS)
    p.add_argument("--language", choices=list(LANGUAGES))
    p.add_argument("--received")
    p.add_argument("--notes")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--request", dest="is_dsar", action="store_true", default=None,
                   help=_("it is a data-subject request after all"))
    g.add_argument("--not-request", dest="is_dsar", action="store_false",
                   help=_("it is not a data-subject request"))
    p.set_defaults(func=cmd_edit)

    p = sub.add_parser("status", help=_("change the status of a request"))
    p.add_argument("reference")
    p.add_argument("status", choices=[s for s in STATUSES if s != "extended"])
    p.add_argument("--reason", help=_("required when refusing (GDPR Art. 12(4))"))
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("extend", help=_("extend the deadline by two months (Art. 12(3))"))
    p.add_argument("reference")
    p.add_argument("--reason", required=True)
    p.add_argument("--today", type=_date_arg, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_extend)

    p = sub.add_parser("deadline", help=_("compute the deadlines for a date of receipt"))
    p.add_argument("--received", required=True, help=_("date (YYYY-MM-DD) or ISO date and time"))
    p.add_argument("--country", choices=deadlines.COUNTRIES)
    p.add_argument("--extended", action="store_true")
    p.add_argument("--promise-days", type=int)
    p.set_defaults(func=cmd_deadline)

    p = sub.add_parser("audit", help=_("check the audit log"))
    asub = p.add_subparsers(dest="audit_command", required=True)
    v = asub.add_parser("verify", help=_("check the hash chain of the audit log"))
    v.add_argument("--json", action="store_true")
    v.set_defaults(func=cmd_audit_verify)

    p = sub.add_parser("export-csv", help=_("export the register as CSV"))
    p.add_argument("file")
    p.set_defaults(func=cmd_export_csv)

    p = sub.add_parser("settings", help=_("show or change settings"))
    p.add_argument("--language", choices=["nl", "en", "auto"])
    p.add_argument("--country", choices=deadlines.COUNTRIES)
    p.add_argument("--promise-days", type=int)
    p.set_defaults(func=cmd_settings)


def _summary_line(req, country: str, promise_days: int) -> str:
    dl = req.deadlines(country, promise_days)
    return _line(req, dl.received, dl.effective_due, deadlines.days_left(dl.effective_due))


def cmd_list(args) -> int:
    from studio_dsar.core.register import sort_key

    which = args.status if args.status in ("open", "closed", "all") else "open"
    with Studio.open() as studio:
        entries = studio.entries(which, args.search)
    if args.status in ("overdue", "soon"):
        entries = [e for e in entries if e.urgency == args.status]
    if args.state:
        entries = [e for e in entries if e.request.status == args.state]
    if args.right:
        entries = [e for e in entries if args.right in e.request.rights]
    entries.sort(key=sort_key)
    if args.json:
        _print_json([e.to_json() for e in entries])
    else:
        for e in entries:
            print(_entry_line(e))
    return 0


def _entry_line(entry) -> str:
    return _line(entry.request, entry.deadlines.received, entry.due, entry.days_left)


def _line(req, received, due, days_left: int) -> str:
    """One request as a line of ``list``/``show``: codes in words, in the user's language."""
    from studio_dsar.core import vocab

    status = vocab.word(vocab.STATUS_WORDS, req.status)
    when = _("due {date} ({days:+d})").format(date=due.isoformat(), days=days_left)
    rights = vocab.words(vocab.RIGHT_WORDS, req.rights, lower=True)
    return (f"{req.reference}  {status:<14} {received.isoformat()}  {when}  "
            f"{req.requester_name or '-'} <{req.requester_email or '-'}>  {rights}")


def cmd_show(args) -> int:
    with Studio.open() as studio:
        req = studio.request(args.reference)
        data = req.to_json(studio.country, studio.promise_days)
        data["audit"] = [
            {"at": e.at, "actor": e.actor, "event": e.event, "details": e.details}
            for e in studio.store.audit_entries(req.id)
        ]
        if args.json:
            _print_json(data)
        else:
            print(_summary_line(req, studio.country, studio.promise_days))
            for e in data["audit"]:
                print(f"  {e['at']}  {e['event']}  {json.dumps(e['details'], ensure_ascii=False)}")
    return 0


def cmd_new(args) -> int:
    with Studio.open() as studio:
        req = studio.new_request(
            requester_name=args.name, requester_email=args.email, rights=args.rights,
            language=args.language, channel=args.channel, received_at=args.received, notes=args.notes,
        )
        if args.json:
            _print_json(req.to_json(studio.country, studio.promise_days))
        else:
            print(_("Logged as {ref}.").format(ref=req.reference))
    return 0


def cmd_edit(args) -> int:
    fields = {
        "requester_name": args.name, "requester_email": args.email, "rights": args.rights,
        "channel": args.channel, "language": args.language, "received_at": args.received,
        "notes": args.notes, "is_dsar": args.is_dsar,
    }
    fields = {k: v for k, v in fields.items() if v is not None}
    if not fields:
        raise InputError(_("Nothing to change: give at least one field."))
    with Studio.open() as studio:
        req = studio.update_request(args.reference, **fields)
        print(_("Updated {ref}.").format(ref=req.reference))
    return 0


def cmd_status(args) -> int:
    with Studio.open() as studio:
        req = studio.set_status(args.reference, args.status, reason=args.reason)
        print(_("{ref} is now: {status}").format(ref=req.reference, status=req.status))
    return 0


def cmd_extend(args) -> int:
    with Studio.open() as studio:
        req = studio.extend(args.reference, reason=args.reason, today=args.today)
        dl = studio.deadlines(req)
        print(_("{ref} extended; new deadline {date}.").format(ref=req.reference, date=dl.extended_due.isoformat()))
    return 0


def cmd_deadline(args) -> int:
    country, promise = args.country, args.promise_days
    if country is None or promise is None:
        conf = _settings_without_creating()
        country = country or conf["country"]
        promise = promise or conf["promise_days"]
    try:
        dl = deadlines.compute(args.received, country, promise_days=promise, extended=args.extended)
    except ValueError:
        raise InputError(_("The date of receipt is not a valid date.")) from None
    _print_json(dl.to_json())
    return 0


def _settings_without_creating() -> dict:
    from studio_dsar.core import paths

    if not paths.db_path().exists():
        return dict(settings.DEFAULTS)
    return settings.load()


def cmd_audit_verify(args) -> int:
    with Studio.open() as studio:
        report = studio.verify_report()
    if args.json:
        _print_json({"ok": report.ok, "entries": report.entries, "sealed": report.sealed,
                     "problems": [p.to_json() for p in report.problems], "notes": report.notes})
    elif report.problems:
        print(_("The audit log or the register was tampered with or damaged ({n} problems):").format(
            n=len(report.problems)), file=sys.stderr)
        for p in report.problems:
            print(f"  [{p.where}] {p.message}", file=sys.stderr)
    else:
        print(_("Audit log intact: {n} entries, replayed against the register.").format(n=report.entries))
        if report.sealed is None:
            print(_("The seal could not be checked: no system keychain is available."), file=sys.stderr)
    for note in report.notes:
        print("  " + note, file=sys.stderr)
    return 0 if report.ok else 1


def cmd_export_csv(args) -> int:
    with Studio.open() as studio:
        n = studio.export_csv(args.file)
    print(_("{n} requests written to {file}.").format(n=n, file=Path(args.file).resolve()))
    print(_("This file is plaintext (not encrypted) and holds personal data: keep it safe and delete it "
            "when you no longer need it."), file=sys.stderr)
    return 0


def cmd_settings(args) -> int:
    changes = {}
    if args.language:
        changes["language"] = None if args.language == "auto" else args.language
    if args.country:
        changes["country"] = args.country
    if args.promise_days is not None:
        changes["promise_days"] = args.promise_days
    with Studio.open() as studio:
        values = studio.save_settings(changes) if changes else studio.settings
    _print_json(values)
    return 0
