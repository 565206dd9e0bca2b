"""Sub-commands for letters and the studio profile:

``studio-dsar letter REF --kind KIND --lang nl|en [--reason TEXT] [--eml FILE] -o FILE.pdf``
``studio-dsar profile show|export FILE.json|import FILE.json``

PyMuPDF and Jinja2 load inside the handlers so that ``studio-dsar --help`` stays fast.
"""

from __future__ import annotations

import argparse
import json
import sys

from studio_dsar.core.i18n import _, ngettext

# Kept here (not imported from render) so that building the parser loads nothing heavy.
KINDS = (
    "acknowledgement", "id_request", "extension", "access", "rectification", "erasure",
    "restriction", "objection", "withdraw_consent", "refusal", "identity_not_verified",
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("letter", help=_("write a response letter for a request as PDF"))
    p.add_argument("reference", metavar="REQUEST_REF")
    p.add_argument("--kind", required=True, choices=KINDS)
    p.add_argument("--lang", dest="letter_lang", choices=["nl", "en"],
                   help=_("language of the letter (default: the request's language)"))
    p.add_argument("--reason", help=_("reasons, required for refusal and extension"))
    p.add_argument("--block", action="append", default=[], metavar="NAME=TEXT",
                   help=_("text for an editable block, e.g. summary=... (repeatable)"))
    p.add_argument("--eml", metavar="FILE.eml", help=_("also write an e-mail draft with the PDF attached"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.set_defaults(func=cmd_letter)

    p = sub.add_parser("templates", help=_("list the letter templates, or copy one to the data folder to edit it"))
    p.add_argument("--copy", metavar="NAME", help=_("copy this shipped template (e.g. access.nl.html) to the data folder"))
    p.set_defaults(func=cmd_templates)

    p = sub.add_parser("profile", help=_("show, export or import the studio profile"))
    psub = p.add_subparsers(dest="profile_command", required=True)
    s = psub.add_parser("show", help=_("print the studio profile as JSON"))
    s.set_defaults(func=cmd_profile_show)
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
    from studio_dsar.core.letters import render
    from studio_dsar.core.store import Store

    with Store.open() as store:
        result = render.export_letter(
            store, args.reference, args.kind, args.letter_lang, args.output,
            eml_path=args.eml, blocks=_blocks(args.block), reason=args.reason,
        )
    for warning in result.warnings:
        print(_("Warning: {text}").format(text=warning), file=sys.stderr)
    print(ngettext("Letter written to {file} ({pages} page).", "Letter written to {file} ({pages} pages).",
                   result.pages).format(file=result.pdf_path, pages=result.pages))
    if result.eml_path:
        print(_("E-mail draft written to {file}.").format(file=result.eml_path))
    return 0


def cmd_profile_show(args) -> int:
    from studio_dsar.core.letters import profile
    from studio_dsar.core.store import Store

    with Store.open() as store:
        data = profile.load_profile(store)
    if data.get("logo"):
        data["logo"] = f"<{len(profile.logo_bytes(data) or b'')} bytes>"
    print(json.dumps(data, ensure_ascii=False, indent=2))
    return 0


def cmd_profile_export(args) -> int:
    from studio_dsar.core.letters import profile
    from studio_dsar.core.store import Store

    with Store.open() as store:
        path = profile.export_profile(store, args.file)
    print(_("Studio profile written to {file}.").format(file=path))
    return 0


def cmd_profile_import(args) -> int:
    from studio_dsar.core.letters import profile
    from studio_dsar.core.store import Store

    with Store.open() as store:
        data = profile.import_profile(store, args.file)
    print(_("Studio profile of {name} imported.").format(name=data["legal_name"]))
    return 0


def cmd_templates(args) -> int:
    import shutil

    from studio_dsar.core import paths
    from studio_dsar.core.errors import NotFoundError
    from studio_dsar.core.letters import render

    shipped = render.shipped_templates_dir()
    override = paths.templates_override_dir()
    names = sorted(p.name for p in shipped.iterdir() if p.suffix in (".html", ".css"))
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
        print(f"  {name}" + (f"  ({_('your version')})" if mine else ""))
    return 0
