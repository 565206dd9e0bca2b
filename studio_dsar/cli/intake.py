"""``studio-dsar intake FILE... [--dry-run] [--json] [--all]``

One line per file: with ``--json`` a JSON object with the extracted fields (named as in the
corpus ground truth) plus ``evidence`` (per right, the sentences that show it),
``representative``, ``processor``, ``follow_up``, ``follow_up_of`` (the earlier request a
reminder was linked to), ``reference``, ``duplicate``, ``linked`` and ``skipped``; a file that
cannot be read gives ``{"file": ..., "error": ...}``. Mails not recognised as requests are
never dropped silently: they are listed at the end (on standard error) so the owner can check
them and log them with ``--all``. Exit code 0 when every file went well, 1 when any failed;
the other files of the batch are imported regardless.
"""

from __future__ import annotations

import argparse
import json
import sys


def register(sub: argparse._SubParsersAction) -> None:
    from studio_dsar.core.i18n import _

    p = sub.add_parser(
        "intake",
        help=_("import e-mails (.eml, .msg) as requests"),
        description=_("Read e-mails saved as .eml or Outlook .msg files and log the data-subject "
                      "requests among them in the register."),
    )
    p.add_argument("files", nargs="+", metavar="FILE", help=_("an .eml or .msg file"))
    p.add_argument("--dry-run", action="store_true", help=_("only show what would be imported; store nothing"))
    p.add_argument("--json", action="store_true", help=_("print one JSON object per file"))
    p.add_argument("--all", action="store_true", dest="include_all",
                   help=_("also log mails that do not look like a request"))
    p.set_defaults(func=cmd_intake)


def _rights_text(rights: list[str]) -> str:
    from studio_dsar.core import vocab

    return vocab.words(vocab.RIGHT_WORDS, rights, lower=True)


def _flag_texts(flags: list[str]) -> list[str]:
    from studio_dsar.core import vocab

    return [vocab.word(vocab.INTAKE_FLAG_WORDS, f) for f in flags if f in vocab.INTAKE_FLAG_WORDS]


def summary_line(outcome, *, dry_run: bool) -> str:
    """A short human-readable line for one outcome, in the current language."""
    from studio_dsar.core.i18n import _, ngettext

    if outcome.record is None:
        return _("{file}: not imported: {error}").format(file=outcome.file, error=outcome.error)
    rec = outcome.record
    who = rec.requester_name or rec.sender_name or ""
    addr = rec.requester_email or rec.sender_email or ""
    person = f"{who} <{addr}>" if who and addr else (who or addr or _("unknown sender"))
    if outcome.duplicate:
        if outcome.reference:
            return _("{file}: already imported as {ref}").format(file=rec.file, ref=outcome.reference)
        return _("{file}: the same mail appears earlier in this batch").format(file=rec.file)
    if outcome.skipped:
        line = _("{file}: not a data-subject request ({who}); not logged (use --all to log it anyway)").format(
            file=rec.file, who=person)
        return "; ".join([line, *_flag_texts([f for f in rec.flags if f == "possible_request"])])
    if outcome.linked:
        return _("{file}: a reminder of {ref} from {who}; linked to that request, not logged as new").format(
            file=rec.file, ref=outcome.reference, who=person)
    parts = []
    if rec.is_dsar:
        parts.append(_("request: {rights}").format(rights=_rights_text(rec.rights) or "?"))
    else:
        parts.append(_("no request recognised"))
    parts.append(person)
    if rec.representative:
        from studio_dsar.core import vocab

        rep = rec.representative
        parts.append(_("written for the data subject by {who} ({relation})").format(
            who=rep.get("name") or rep.get("email") or "?",
            relation=vocab.word(vocab.REPRESENTATIVE_WORDS, rep.get("relation") or "other")))
    if rec.follow_up and not rec.follow_up_of:
        parts.append(_("a reminder, but no earlier request of this sender is in the register"))
    received = rec.received or rec.received_fallback
    if received:
        parts.append(_("received {when}").format(when=received.replace("T", " ")))
    n_id = sum(1 for a in rec.attachments if a.is_id_document)
    if rec.attachments:
        parts.append(ngettext("{n} attachment", "{n} attachments", len(rec.attachments)).format(n=len(rec.attachments)))
    if n_id:
        parts.append(ngettext("{n} looks like an ID document", "{n} look like an ID document", n_id).format(n=n_id))
    parts.extend(_flag_texts(rec.flags))
    if outcome.error:
        head = _("{file}: read but not saved: {error}").format(file=rec.file, error=outcome.error)
    elif outcome.stored:
        head = _("{file}: logged as {ref}").format(file=rec.file, ref=outcome.reference)
    elif dry_run:
        head = _("{file}: would be logged").format(file=rec.file)
    else:
        head = rec.file
    return head + " — " + "; ".join(parts)


def cmd_intake(args: argparse.Namespace) -> int:
    from studio_dsar.core import paths
    from studio_dsar.core.i18n import _, ngettext

    if args.dry_run and not paths.db_path().exists():
        # A dry run without a register reads the mails and creates nothing.
        from studio_dsar.core.intake.importer import import_files

        outcomes = import_files(args.files, None, dry_run=True, include_non_requests=args.include_all)
    else:
        # A dry run with a register still reports duplicates and reminders against it.
        from studio_dsar.core.studio import Studio

        with Studio.open() as studio:
            outcomes = studio.import_mails(args.files, dry_run=args.dry_run, include_non_requests=args.include_all)
    failed = 0
    for outcome in outcomes:
        if outcome.error:
            failed += 1
        if args.json:
            print(json.dumps(outcome.to_json(), ensure_ascii=False))
        else:
            print(summary_line(outcome, dry_run=args.dry_run))
    if not args.json and len(outcomes) > 1:
        stored = sum(1 for o in outcomes if o.stored)
        print(_("{stored} of {total} files logged, {failed} failed.").format(
            stored=stored, total=len(outcomes), failed=failed), file=sys.stderr)
    unplaced = [o for o in outcomes if o.skipped and o.record is not None]
    if unplaced:
        # Never dropped silently: the owner sees which mails were not taken for requests.
        print(ngettext("{n} mail was not recognised as a request and was not logged; check it, and log it "
                       "with --all if it is one:",
                       "{n} mails were not recognised as requests and were not logged; check them, and log "
                       "them with --all if they are:", len(unplaced)).format(n=len(unplaced)), file=sys.stderr)
        def possible(o) -> bool:
            return o.record is not None and "possible_request" in o.record.flags

        for o in sorted(unplaced, key=lambda o: not possible(o)):
            mark = " *" if possible(o) else ""
            print(f"  {o.path}{mark}", file=sys.stderr)
    return 1 if failed else 0
