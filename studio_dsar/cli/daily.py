"""Sub-commands for the owner's daily work: digest, calendar, delete, restore, deleted,
letters and sent."""

from __future__ import annotations

import argparse
import json

from studio_dsar.core.i18n import _
from studio_dsar.core.deadlines import studio_today


def _print_json(obj) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=None))


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("digest", help=_("what needs attention today: overdue, due this week, waiting for an ID"))
    p.add_argument("--awaiting-days", type=int, help=_("remind of an ID asked for longer ago than this (days)"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_digest)

    p = sub.add_parser("calendar", help=_("write the deadlines of open requests as an iCalendar file"))
    p.add_argument("file", help=_("the .ics file to write ('-' prints it)"))
    p.set_defaults(func=cmd_calendar)

    p = sub.add_parser("delete", help=_("delete a request logged by mistake (recoverable until it is purged)"))
    p.add_argument("reference")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_delete)

    p = sub.add_parser("undelete", help=_("bring back a deleted request"))
    p.add_argument("reference")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("deleted", help=_("list the deleted requests that can still be restored"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_deleted)

    p = sub.add_parser("letters", help=_("list the letters of a request and whether they were sent"))
    p.add_argument("reference")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_letters)

    p = sub.add_parser("sent", help=_("record that a letter was sent (see 'letters' for its number)"))
    p.add_argument("letter", type=int)
    p.add_argument("--undo", action="store_true", help=_("take the mark back"))
    p.set_defaults(func=cmd_sent)


def _studio():
    from studio_dsar.core.studio import Studio

    return Studio.open()


def cmd_digest(args) -> int:
    with _studio() as studio:
        digest = studio.digest(awaiting_id_days=args.awaiting_days)
    if args.json:
        _print_json(digest.to_json())
        return 0
    from studio_dsar.core.dates import long_date

    groups = [
        (_("Overdue"), digest.overdue), (_("Due this week"), digest.due_this_week),
        (_("Extension notice not sent yet"), digest.notice_unsent),
        (_("Waiting for an ID for more than {n} days").format(n=digest.awaiting_id_days), digest.awaiting_id),
    ]
    print(long_date(digest.today))
    if digest.empty:
        print(_("Nothing needs your attention today."))
    for title, entries in groups:
        if not entries:
            continue
        print(f"{title} ({len(entries)}):")
        for e in entries:
            print("  " + _("{ref}  due {date}  ({days:+d})").format(ref=e.reference, date=long_date(e.due),
                                                                   days=e.days_left))
    return 0


def cmd_calendar(args) -> int:
    with _studio() as studio:
        if args.file == "-":
            print(studio.calendar(), end="")
            return 0
        n = studio.export_calendar(args.file)
    print(_("{n} dates written to {file}.").format(n=n, file=args.file))
    return 0


def cmd_delete(args) -> int:
    with _studio() as studio:
        studio.delete_request(args.reference, reason=args.reason)
    print(_("{ref} deleted; 'studio-dsar undelete {ref}' brings it back until the next backup rotation.")
          .format(ref=args.reference))
    return 0


def cmd_restore(args) -> int:
    with _studio() as studio:
        studio.restore_request(args.reference)
    print(_("{ref} is back in the register.").format(ref=args.reference))
    return 0


def cmd_deleted(args) -> int:
    with _studio() as studio:
        deleted = studio.deleted_requests()
    if args.json:
        _print_json([{"reference": r.reference, "deleted_at": r.deleted_at, "reason": r.deletion_reason}
                     for r in deleted])
    else:
        for r in deleted:
            print(f"{r.reference}  {r.deleted_at}  {r.deletion_reason or ''}")
    return 0


def cmd_letters(args) -> int:
    with _studio() as studio:
        letters = studio.letters(args.reference)
    if args.json:
        _print_json(letters)
    else:
        for letter in letters:
            sent = _("sent {date}").format(date=letter["sent_at"]) if letter.get("sent_at") else _("not sent yet")
            print(f"{letter['id']:>4}  {letter['kind']:<22} {letter['exported_at']}  {sent}")
    return 0


def cmd_sent(args) -> int:
    with _studio() as studio:
        if args.undo:
            studio.unmark_letter_sent(args.letter)
            print(_("Letter {n} is marked as not sent.").format(n=args.letter))
        else:
            studio.mark_letter_sent(args.letter)
            print(_("Letter {n} is marked as sent on {date}.").format(n=args.letter, date=studio_today().isoformat()))
    return 0
