"""Sub-commands for letters, the studio profile and what a letter draws on:

``studio-dsar letter REF --kind KIND [--lang nl|en|fr] [--reason TEXT] [--attach FILE...] [--eml FILE] -o FILE.pdf``
``studio-dsar checklist REF [PLACE STATE [--ground GROUND] [--note TEXT]]``
``studio-dsar action REF [KIND --what TEXT [--on DATE] [--from OLD --to NEW] [--grounds TEXT] | --withdraw ID]``
``studio-dsar identity REF --confirmed-by MEANS``
``studio-dsar representation REF [--name NAME --role parent|representative | --clear]``
``studio-dsar profile show [--json] | confirm [--section NAME] | export FILE.json | import FILE.json``
``studio-dsar templates [--copy NAME]``

PyMuPDF and Jinja2 load inside the handlers so that ``studio-dsar --help`` stays fast.
"""

from __future__ import annotations

import argparse
import json
import sys

from studio_dsar.core import vocab
from studio_dsar.core.i18n import _, ngettext
from studio_dsar.core.letters.actions import KINDS as ACTION_KINDS
from studio_dsar.core.letters.checklist import GROUNDS, STATES
from studio_dsar.core.letters.record import SECTIONS
from studio_dsar.core.letters.words import KINDS, LANGS, REPRESENTATION_ROLES
from studio_dsar.core.vocab import IDENTITY_MEANS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("letter", help=_("write a response letter for a request as PDF"))
    p.add_argument("reference", metavar="REQUEST_REF")
    p.add_argument("--kind", required=True, choices=KINDS)
    p.add_argument("--lang", dest="letter_lang", choices=list(LANGS),
                   help=_("language of the letter (default: the request's language)"))
    p.add_argument("--reason", help=_("reasons, required for refusal, partial refusal, unfounded and extension"))
    p.add_argument("--block", action="append", default=[], metavar="NAME=TEXT",
                   help=_("text for an editable block, e.g. summary=... (repeatable)"))
    p.add_argument("--attach", nargs="+", action="extend", default=[], metavar="FILE",
                   help=_("files that go with the letter as they are (photos, invoices, mails)"))
    p.add_argument("--eml", metavar="FILE.eml", help=_("also write an e-mail draft with the PDF and every enclosure"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.set_defaults(func=cmd_letter)

    p = sub.add_parser("checklist", help=_("show or tick the erasure checklist of a request"))
    p.add_argument("reference", metavar="REQUEST_REF")
    p.add_argument("place", nargs="?", help=_("a place (client_admin, mailbox, ...) or recipient:NAME"))
    p.add_argument("state", nargs="?", choices=STATES)
    p.add_argument("--ground", choices=GROUNDS, help=_("legal ground for data that is kept"))
    p.add_argument("--note", default="", help=_("a note, shown in the letter next to the ground"))
    p.add_argument("--json", action="store_true", help=_("print as JSON"))
    p.set_defaults(func=cmd_checklist)

    p = sub.add_parser("action", help=_("show or record what was done for a restriction, rectification or "
                                        "objection (the letter states exactly this)"))
    p.add_argument("reference", metavar="REQUEST_REF")
    p.add_argument("kind", nargs="?", choices=ACTION_KINDS)
    p.add_argument("--what", default="", help=_("what was restricted, the data corrected, or the use stopped or "
                                                "continued"))
    p.add_argument("--on", dest="done_on", metavar="YYYY-MM-DD", help=_("when it was done (default: today)"))
    p.add_argument("--from", dest="value_from", default="", metavar="OLD",
                   help=_("corrected: the old value (leave out when the data was completed)"))
    p.add_argument("--to", dest="value_to", default="", metavar="NEW", help=_("corrected: the new value"))
    p.add_argument("--grounds", default="", help=_("processing_continued: the compelling legitimate grounds"))
    p.add_argument("--withdraw", type=int, metavar="ID", help=_("take back an action recorded by mistake"))
    p.add_argument("--all", action="store_true", help=_("also show withdrawn actions"))
    p.add_argument("--json", action="store_true", help=_("print as JSON"))
    p.set_defaults(func=cmd_action)

    p = sub.add_parser("identity", help=_("record that the requester's identity was confirmed"))
    p.add_argument("reference", metavar="REQUEST_REF")
    p.add_argument("--confirmed-by", dest="means", required=True, choices=IDENTITY_MEANS)
    p.set_defaults(func=cmd_identity)

    p = sub.add_parser("representation", help=_("record that a request was made for someone else"))
    p.add_argument("reference", metavar="REQUEST_REF")
    p.add_argument("--name", help=_("name of the person the request is about"))
    p.add_argument("--role", choices=REPRESENTATION_ROLES)
    p.add_argument("--clear", action="store_true", help=_("the requester asks for themself after all"))
    p.set_defaults(func=cmd_representation)

    p = sub.add_parser("templates", help=_("list the letter templates, or copy one to the data folder to edit it"))
    p.add_argument("--copy", metavar="NAME", help=_("copy this shipped template (e.g. access.nl.html) to the data folder"))
    p.set_defaults(func=cmd_templates)

    p = sub.add_parser("profile", help=_("show, confirm, export or import the studio profile"))
    psub = p.add_subparsers(dest="profile_command", required=True)
    s = psub.add_parser("show", help=_("show the studio profile and which record sections are confirmed"))
    s.add_argument("--json", action="store_true", help=_("print as JSON"))
    s.set_defaults(func=cmd_profile_show)
    c = psub.add_parser("confirm", help=_("confirm sections of the processing record as true for your studio"))
    c.add_argument("--section", choices=SECTIONS, help=_("only this section (default: all)"))
    c.set_defaults(func=cmd_profile_confirm)
    e = psub.add_parser("export", help=_("write the studio profile to a JSON file"))
    e.add_argument("file", metavar="FILE.json")
    e.set_defaults(func=cmd_profile_export)
    i = psub.add_parser("import", help=_("read the studio profile from a (partial) JSON file"))
    i.add_argument("file", metavar="FILE.json")
    i.set_defaults(func=cmd_profile_import)


def _blocks(pairs: list[str]) -> dict:
    from studio_dsar.core.errors import InputError

    blocks = {}
    for pair in pairs:
        name, sep, text = pair.partition("=")
        if not sep or not name.strip():
            raise InputError(_("A block is given as NAME=TEXT, not {value}.").format(value=pair))
        blocks[name.strip()] = text.replace("\\n", "\n")
    return blocks


def cmd_letter(args) -> int:
    from studio_dsar.core.studio import Studio

    with Studio.open() as studio:
        letter = studio.compose_letter(args.reference, args.kind, args.letter_lang, blocks=_blocks(args.block),
                                       reason=args.reason, attach=args.attach)
        result = studio.export_letter(studio.layout_letter(letter), args.output, eml_path=args.eml)
    for warning in result.warnings:
        print(_("Warning: {text}").format(text=warning), file=sys.stderr)
    print(ngettext("Letter written to {file} ({pages} page).", "Letter written to {file} ({pages} pages).",
                   result.pages).format(file=result.pdf_path, pages=result.pages))
    for path in result.enclosure_paths:
        print(_("Enclosure written to {file}.").format(file=path))
    if result.eml_path:
        print(_("E-mail draft written to {file}.").format(file=result.eml_path))
    return 0


def cmd_checklist(args) -> int:
    from studio_dsar.core.errors import InputError
    from studio_dsar.core.letters.checklist import GROUND_LABELS, STATE_LABELS, place_label
    from studio_dsar.core.studio import Studio

    with Studio.open() as studio:
        if args.place or args.state:
            if not (args.place and args.state):
                raise InputError(_("Give a place and its state, e.g. 'mailbox done'."))
            studio.tick(args.reference, args.place, args.state, args.ground, args.note)
        items = studio.checklist(args.reference)
    if args.json:
        print(json.dumps([{"place": i.place, "state": i.state, "ground": i.ground, "note": i.note} for i in items],
                         ensure_ascii=False, indent=2))
        return 0
    for i in items:
        state = vocab.word(STATE_LABELS, i.state) if i.state else _("open")
        if i.state == "kept" and i.ground:
            state += f" ({vocab.word(GROUND_LABELS, i.ground)})"
        print(f"  {i.place:<28} {state}  {place_label(i.place)}")
    return 0


def cmd_action(args) -> int:
    from studio_dsar.core.errors import InputError
    from studio_dsar.core.studio import Studio

    if args.kind and args.withdraw is not None:
        raise InputError(_("Record an action or withdraw one, not both at once."))
    with Studio.open() as studio:
        if args.kind:
            action = studio.record_action(args.reference, args.kind, args.what, done_on=args.done_on,
                                          value_from=args.value_from, value_to=args.value_to, grounds=args.grounds)
            if not args.json:
                print(_("Recorded as action {id}: {text}").format(id=action.id, text=action.summary()))
        elif args.withdraw is not None:
            studio.withdraw_action(args.reference, args.withdraw)
            if not args.json:
                print(_("Action {id} withdrawn: the letters no longer state it.").format(id=args.withdraw))
        actions = studio.actions(args.reference, include_withdrawn=args.all)
    if args.json:
        print(json.dumps([{"id": a.id, "kind": a.kind, "done_on": a.done_on.isoformat(), "what": a.what,
                           "from": a.value_from, "to": a.value_to, "grounds": a.grounds,
                           "withdrawn_at": a.withdrawn_at} for a in actions], ensure_ascii=False, indent=2))
        return 0
    if args.kind or args.withdraw is not None:
        return 0
    if not actions:
        print(_("Nothing recorded yet."))
    for a in actions:
        mark = "  (" + _("withdrawn") + ")" if a.withdrawn_at else ""
        print(f"  {a.id:>4}  {a.summary()}{mark}")
    return 0


def cmd_identity(args) -> int:
    from studio_dsar.core.studio import Studio

    with Studio.open() as studio:
        studio.confirm_identity(args.reference, args.means)
    print(_("Identity of {ref} recorded as confirmed.").format(ref=args.reference))
    return 0


def cmd_representation(args) -> int:
    from studio_dsar.core.errors import InputError
    from studio_dsar.core.studio import Studio

    if not args.clear and not (args.name and args.role):
        raise InputError(_("Give --name and --role, or --clear."))
    with Studio.open() as studio:
        studio.set_representation(args.reference, None if args.clear else args.name,
                                  None if args.clear else args.role)
    print(_("Saved."))
    return 0


def cmd_profile_show(args) -> int:
    from studio_dsar.core.letters import profile, record
    from studio_dsar.core.studio import Studio

    with Studio.open() as studio:
        data = dict(studio.profile)
        status = studio.record_status()
    if data.get("logo"):
        data["logo"] = f"<{len(profile.logo_bytes(data) or b'')} bytes>"
    if args.json:
        data["confirmed"] = {s: st["confirmed"] for s, st in status.items()}
        data["confirmations"] = status
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(json.dumps({k: v for k, v in data.items() if k not in profile.RECORD_KEYS},
                     ensure_ascii=False, indent=2))
    print(_("Processing record:"))
    for section, st in status.items():
        if st["confirmed"]:
            mark = _("confirmed {date}").format(date=(st["confirmed_at"] or "")[:10])
        elif st["changed_since"]:
            mark = _("changed since it was confirmed")
        elif st["empty"]:
            mark = _("empty")
        else:
            mark = _("not confirmed")
        print(f"  {section:<20} {record.section_label(section)}: {mark}")
    return 0


def cmd_profile_confirm(args) -> int:
    from studio_dsar.core.letters import record
    from studio_dsar.core.studio import Studio

    with Studio.open() as studio:
        done = studio.confirm_record(args.section)
    print(_("Confirmed: {sections}.").format(sections=", ".join(record.section_label(s) for s in done)))
    return 0


def cmd_profile_export(args) -> int:
    from studio_dsar.core.studio import Studio

    with Studio.open() as studio:
        path = studio.export_profile(args.file)
    print(_("Studio profile written to {file}.").format(file=path))
    return 0


def cmd_profile_import(args) -> int:
    from studio_dsar.core.studio import Studio

    with Studio.open() as studio:
        data = studio.import_profile(args.file)
        unconfirmed = [s for s, st in studio.record_status().items() if not st["confirmed"]]
    print(_("Studio profile of {name} imported.").format(name=data["legal_name"]))
    if unconfirmed:
        print(_("Check and confirm the processing record before the first access or erasure letter "
                "('studio-dsar profile confirm')."))
    return 0


def cmd_templates(args) -> int:
    import shutil

    from studio_dsar.core import paths
    from studio_dsar.core.errors import NotFoundError
    from studio_dsar.core.letters.compose import shipped_templates_dir

    shipped = shipped_templates_dir()
    override = paths.templates_override_dir()
    names = sorted(p.name for p in shipped.iterdir() if p.suffix in (".html", ".css", ".txt") and p.name != "README.txt")
    if args.copy:
        name = args.copy.strip()
        if name not in names:
            raise NotFoundError(_("No shipped template named {name}.").format(name=name))
        override.mkdir(parents=True, exist_ok=True)
        target = override / name
        if target.exists():
            print(_("{file} already exists; it was left as it is.").format(file=target))
            return 0
        shutil.copyfile(shipped / name, target)
        print(_("Copied to {file}: edit it there, and the letters use your version.").format(file=target))
        return 0
    print(_("Your templates folder: {path}").format(path=override))
    for name in names:
        mine = (override / name).exists() or (override / "letters" / name).exists()
        print(f"  {name}" + ("  (" + _("your version") + ")" if mine else ""))
    return 0
