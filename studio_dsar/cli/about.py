"""``studio-dsar about``: version, data folder and the licences of the bundled parts (the
About dialog's contents, for the terminal)."""

from __future__ import annotations

import argparse
import json

from studio_dsar.core.i18n import _


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "about", help=_("version, data folder and licences of the bundled parts"),
        description=_("Show the version, where the data is kept, and the third-party parts "
                      "this installation is built from, each with its licence."))
    p.add_argument("--json", action="store_true", help=_("print the same as JSON"))
    p.add_argument("--licence", metavar="FILE", help=_("print one licence text, e.g. AGPL-3.0.txt"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from studio_dsar.core import about
    from studio_dsar.core.errors import InputError

    if args.licence:
        text = about.licence_text(args.licence)
        if text is None:
            raise InputError(_("No licence text of that name: {name}").format(name=args.licence))
        print(text)
        return 0
    if args.json:
        print(json.dumps(about.info(), ensure_ascii=False, indent=2))
    else:
        print("\n".join(about.summary_lines()))
    return 0
