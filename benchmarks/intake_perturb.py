"""How steady the intake is when a labelled mail is changed in a way that must not change its answer.

    .venv/bin/python benchmarks/intake_perturb.py --corpus DIR [--corpus DIR ...] [--only NAME] [--failures]

Phrase-by-phrase rules reach the sets they were written from but barely reach unseen writers. This
measures general causes instead: each labelled mail is rewritten the way real mails differ from the
sets (typed on a phone without accents or capitals, German umlauts typed as "ae/oe/ue", a
confidentiality disclaimer or a quoted studio reply that names rights, forwarded by a colleague,
sent through the contact form) and the intake's answer is compared with the mail's own ground
truth. A perturbation that is not meant to change a field leaves that field's label as it was.

Only the request, the rights and the requester's e-mail are compared (a name written without its
accents is another name). Read the misses only for the sets you tune on.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
import unicodedata
from collections.abc import Callable
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parseaddr
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.intake_eval import labelled_pairs  # noqa: E402
from studio_dsar.core.errors import InputError  # noqa: E402
from studio_dsar.core.intake import parse_bytes  # noqa: E402

Text = Callable[[str, str], str]  # (text, language) -> text


def _no_accents(text: str, lang: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _phone(text: str, lang: str) -> str:
    """No accents, no capitals, no full stop at the end of a line (typed on a phone)."""
    out = _no_accents(text, lang).lower()
    return re.sub(r"(?m)(?<=\w)\.[ \t]*$", "", out)


def _umlauts_spelt(text: str, lang: str) -> str:
    if lang != "de":
        return text
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss")):
        text = text.replace(a, b)
    return text


_DISCLAIMER = {
    "nl": "Disclaimer: dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Heeft u het "
          "per vergissing ontvangen, gelieve de afzender te verwittigen en het bericht te verwijderen.",
    "en": "This e-mail is confidential and intended solely for the addressee. If you have received it in error, "
          "please notify the sender and delete it from your system.",
    "fr": "Ce message est confidentiel et destiné exclusivement à son destinataire. Si vous l'avez reçu par erreur, "
          "merci d'en avertir l'expéditeur et de le supprimer.",
    "de": "Diese E-Mail ist vertraulich und nur für den Empfänger bestimmt. Sollten Sie sie irrtümlich erhalten haben, "
          "informieren Sie bitte den Absender und löschen Sie diese E-Mail.",
}
_STUDIO_QUOTE = {
    "nl": ("Op ma 3 mrt 2025 om 10:02 schreef Studio Lichtval <info@studiolichtval.nl>:",
           "Beste, u kunt ons altijd vragen om inzage in uw gegevens, om ze te verbeteren of te verwijderen, "
           "of u afmelden voor de nieuwsbrief. Wij bewaren uw foto's twee jaar."),
    "en": ("On Mon, 3 Mar 2025 at 10:02, Studio Lichtval <info@studiolichtval.nl> wrote:",
           "Hi, you can always ask us for a copy of your data, to correct or delete it, or unsubscribe from "
           "the newsletter. We keep your photos for two years."),
    "fr": ("Le lun. 3 mars 2025 à 10:02, Studio Lichtval <info@studiolichtval.nl> a écrit :",
           "Bonjour, vous pouvez toujours nous demander une copie de vos données, les faire corriger ou supprimer, "
           "ou vous désinscrire de la newsletter. Nous conservons vos photos deux ans."),
    "de": ("Am Mo., 3. März 2025 um 10:02 Uhr schrieb Studio Lichtval <info@studiolichtval.nl>:",
           "Hallo, Sie können uns jederzeit um Auskunft über Ihre Daten bitten, sie berichtigen oder löschen "
           "lassen oder sich vom Newsletter abmelden. Wir bewahren Ihre Fotos zwei Jahre auf."),
}


def _add_disclaimer(text: str, lang: str) -> str:
    return text.rstrip() + "\n\n" + _DISCLAIMER.get(lang, _DISCLAIMER["en"]) + "\n"


def _add_studio_quote(text: str, lang: str) -> str:
    head, body = _STUDIO_QUOTE.get(lang, _STUDIO_QUOTE["en"])
    return text.rstrip() + "\n\n" + head + "\n> " + body + "\n"


def _one_paragraph(text: str, lang: str) -> str:
    """Every line break of the writer's own text dropped (before any quoted history)."""
    cut = re.search(r"(?m)^(?:>|-- ?$|-{3,}|_{3,})", text)
    own, rest = (text[:cut.start()], text[cut.start():]) if cut else (text, "")
    return re.sub(r"\s*\n\s*", " ", own.strip()) + ("\n\n" + rest if rest else "\n")


def _text_parts(msg: EmailMessage) -> list[EmailMessage]:
    return [p for p in msg.walk() if p.get_content_maintype() == "text" and not p.get_filename()
            and p.get_content_subtype() in ("plain", "html")]


def _rewrite(msg: EmailMessage, fn: Text, lang: str) -> EmailMessage | None:
    msg = copy.deepcopy(msg)
    parts = _text_parts(msg)
    if not parts:
        return None
    for part in parts:
        try:
            content = part.get_content()
        except (LookupError, ValueError):
            return None
        if part.get_content_subtype() == "html":
            if fn in (_add_disclaimer, _add_studio_quote, _one_paragraph) or getattr(fn, "__name__", "") == "<lambda>":
                return None  # these are written for plain text only
            content = re.sub(r">([^<]+)<", lambda m: ">" + fn(m.group(1), lang) + "<", content)
        else:
            content = fn(content, lang)
        part.set_content(content, subtype=part.get_content_subtype(), charset="utf-8", cte="8bit")
    return msg


def _forwarded(msg: EmailMessage, lang: str) -> EmailMessage | None:
    """The mail forwarded inline by a colleague of the studio (its text after a Gmail forward header)."""
    if msg.is_multipart() and any(p.get_filename() for p in msg.walk()):
        return None
    parts = _text_parts(msg)
    plain = [p for p in parts if p.get_content_subtype() == "plain"]
    if not plain:
        return None
    try:
        body = plain[0].get_content()
    except (LookupError, ValueError):
        return None
    note = {"nl": "Zie hieronder, kan jij dit oppakken?", "en": "See below, can you pick this up?",
            "fr": "Voir ci-dessous, peux-tu t'en occuper ?", "de": "Siehe unten, kannst du das übernehmen?"}
    fwd = EmailMessage()
    fwd["From"] = "Sanne Kuipers <sanne@studiolichtval.nl>"
    fwd["To"] = "info@studiolichtval.nl"
    fwd["Subject"] = "Fwd: " + str(msg.get("Subject", ""))
    fwd["Date"] = msg.get("Date", "Mon, 3 Mar 2025 10:02:00 +0100")
    fwd["Message-ID"] = "<fwd-perturb@studiolichtval.nl>"
    inner = ("---------- Forwarded message ---------\n"
             f"From: {msg.get('From', '')}\n"
             f"Date: {msg.get('Date', '')}\n"
             f"Subject: {msg.get('Subject', '')}\n"
             f"To: {msg.get('To', '')}\n\n")
    fwd.set_content(note.get(lang, note["en"]) + "\n\n" + inner + body, charset="utf-8", cte="8bit")
    return fwd


TRANSFORMS: dict[str, Callable[[EmailMessage, str], EmailMessage | None]] = {
    "no_accents": lambda m, lang: _rewrite(m, _no_accents, lang),
    "phone": lambda m, lang: _rewrite(m, _phone, lang),
    "umlauts_spelt": lambda m, lang: _rewrite(m, _umlauts_spelt, lang) if lang == "de" else None,
    "disclaimer": lambda m, lang: _rewrite(m, _add_disclaimer, lang),
    "studio_quote": lambda m, lang: _rewrite(m, _add_studio_quote, lang),
    "one_paragraph": lambda m, lang: _rewrite(m, _one_paragraph, lang),
    "forwarded": _forwarded,
}


_ALSO = {"nl": "Daarnaast nog iets anders.", "en": "One more thing.", "fr": "Autre chose encore.", "de": "Noch etwas anderes."}
_CLOSING = re.compile(
    r"^\s*(?:met |mit |kind |best |warm |bien |vriendelijke |freundliche |viele |liebe |beste )?(?:groet|regards|cordialement|"
    r"gr(?:u|ü)(?:ss|ß)|wishes|thanks|thank you|merci|danke|bedankt|cheers|mvg|lg|salutations|bises)", re.I)


_QUOTE_START = re.compile(r"(?m)^(?:>|-- ?$|-{3,}|_{3,}|(?:On|Op|Le|Am) .{0,120}(?:wrote|schreef|a écrit|schrieb)\b)")


def _split_own(text: str) -> tuple[list[str], str]:
    """The paragraphs of the writer's own text, and the quoted history or signature after it."""
    cut = _QUOTE_START.search(text)
    own, rest = (text[:cut.start()], text[cut.start():]) if cut else (text, "")
    return re.split(r"\n\s*\n", own.strip()), rest


def _closing_at(paras: list[str]) -> int:
    return next((i for i, p in enumerate(paras) if i > 0 and _CLOSING.match(p)), len(paras))


def body_paragraphs(text: str) -> str:
    """The writer's own paragraphs between the greeting (a short first paragraph) and the closing."""
    paras, _rest = _split_own(text)
    paras = paras[:_closing_at(paras)]
    if len(paras) > 1 and len(paras[0]) < 40:
        paras = paras[1:]
    return "\n\n".join(paras)


def _with_second_request(text: str, lang: str, extra: str) -> str:
    """``extra`` (another writer's request paragraphs, in the same language) before the closing of the writer's own
    text, opened by a sentence of its own."""
    paras, rest = _split_own(text)
    paras.insert(_closing_at(paras), _ALSO.get(lang, _ALSO["en"]) + "\n\n" + extra)
    return "\n\n".join(paras) + "\n" + ("\n" + rest if rest else "")


def _fields(rec: object) -> tuple[bool, tuple[str, ...], str | None]:
    is_dsar = bool(getattr(rec, "is_dsar", False))
    rights = tuple(sorted(getattr(rec, "rights", []))) if is_dsar else ()
    email = getattr(rec, "requester_email", None)
    return is_dsar, rights, (email.lower() if email else None) if is_dsar else None


def run(corpora: list[Path], only: set[str] | None = None) -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for name, transform in TRANSFORMS.items():
        if only and name not in only:
            continue
        tally = {"mails": 0, "request": 0, "rights": 0, "email": 0, "dsars": 0, "misses": []}
        for corpus in corpora:
            for eml, gt_path in labelled_pairs(corpus):
                if eml.suffix.lower() != ".eml":
                    continue
                gt = json.loads(gt_path.read_text(encoding="utf-8"))
                lang = gt.get("language") or "en"
                msg = BytesParser(policy=policy.default).parsebytes(eml.read_bytes())
                assert isinstance(msg, EmailMessage)
                if name == "forwarded" and gt["is_dsar"] and (gt.get("requester_email") or "").lower() != \
                        parseaddr(str(msg.get("From", "")))[1].lower():
                    continue  # the requester is not the sender (contact form, Reply-To): left out
                try:
                    changed = transform(msg, lang)
                except Exception:  # noqa: BLE001 - a mail the rewrite cannot handle is left out
                    changed = None
                if changed is None:
                    continue
                try:
                    rec = parse_bytes(changed.as_bytes(policy=policy.SMTP), eml.name)
                except InputError:
                    continue
                got = _fields(rec)
                tally["mails"] += 1
                want_rights = tuple(sorted(gt["rights"])) if gt["is_dsar"] else ()
                want_email = (gt.get("requester_email") or "").lower() or None if gt["is_dsar"] else None
                problems = []
                if got[0] == gt["is_dsar"]:
                    tally["request"] += 1
                else:
                    problems.append(f"is_dsar {got[0]}")
                if gt["is_dsar"]:
                    tally["dsars"] += 1
                    if got[1] == want_rights:
                        tally["rights"] += 1
                    else:
                        problems.append(f"rights {list(got[1])} != {list(want_rights)}")
                    if got[2] == want_email:
                        tally["email"] += 1
                    else:
                        problems.append(f"email {got[2]} != {want_email}")
                if problems:
                    tally["misses"].append(f"{corpus.parent.name if corpus.name == 'mails' else corpus.name}/{eml.name} [{lang}]: " + "; ".join(problems))  # type: ignore[union-attr]
        out[name] = tally
    return out


def run_combined(corpora: list[Path]) -> dict[str, object]:
    """Each request of one right gets the request sentences of another mail of the same set and language that asks
    for another single right (the sentences the intake found for it): both rights are then expected."""
    tally: dict[str, object] = {"mails": 0, "request": 0, "rights": 0, "email": 0, "dsars": 0, "misses": []}
    for corpus in corpora:
        singles: dict[str, list[tuple[Path, dict, str]]] = {}
        for eml, gt_path in labelled_pairs(corpus):
            gt = json.loads(gt_path.read_text(encoding="utf-8"))
            if eml.suffix.lower() != ".eml" or not gt["is_dsar"] or len(gt["rights"]) != 1:
                continue
            try:
                rec = parse_bytes(eml.read_bytes(), eml.name)
            except InputError:
                continue
            if list(rec.rights) != gt["rights"] or "forwarded" in rec.flags or "contact_form" in rec.flags:
                continue  # only mails read right on their own, and written by the requester
            msg = BytesParser(policy=policy.default).parsebytes(eml.read_bytes())
            plain = [p for p in _text_parts(msg) if p.get_content_subtype() == "plain"]  # type: ignore[arg-type]
            if not plain:
                continue
            try:
                own = body_paragraphs(plain[0].get_content())
            except (LookupError, ValueError):
                continue
            if own:
                singles.setdefault(gt["language"], []).append((eml, gt, own))
        for lang, items in singles.items():
            for i, (eml, gt, _ev) in enumerate(items):
                other = next((o for o in items[i + 1:] + items[:i] if o[1]["rights"] != gt["rights"]), None)
                if other is None:
                    continue
                msg = BytesParser(policy=policy.default).parsebytes(eml.read_bytes())
                assert isinstance(msg, EmailMessage)
                changed = _rewrite(msg, lambda t, lg, extra=other[2]: _with_second_request(t, lg, extra), lang)
                if changed is None:
                    continue
                rec = parse_bytes(changed.as_bytes(policy=policy.SMTP), eml.name)
                want = tuple(sorted(set(gt["rights"]) | set(other[1]["rights"])))
                got = _fields(rec)
                tally["mails"] = int(tally["mails"]) + 1  # type: ignore[call-overload]
                tally["dsars"] = int(tally["dsars"]) + 1  # type: ignore[call-overload]
                tally["request"] = int(tally["request"]) + got[0]  # type: ignore[call-overload]
                tally["rights"] = int(tally["rights"]) + (got[1] == want)  # type: ignore[call-overload]
                tally["email"] = int(tally["email"]) + (got[2] == (gt["requester_email"] or "").lower())  # type: ignore[call-overload]
                if got[1] != want:
                    where = corpus.parent.name if corpus.name == "mails" else corpus.name
                    tally["misses"].append(  # type: ignore[attr-defined]
                        f"{where}/{eml.name}+{other[0].name} [{lang}]: rights {list(got[1])} != {list(want)}")
    return tally


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, action="append", required=True)
    ap.add_argument("--only", action="append", help="run only this perturbation (repeatable)")
    ap.add_argument("--failures", action="store_true", help="list the misses (only on sets you tune on)")
    args = ap.parse_args(argv)
    from studio_dsar.core.i18n import set_language

    set_language("en")
    corpora = [c / "mails" if (c / "mails").is_dir() else c for c in args.corpus]
    results = run(corpora, set(args.only) if args.only else None)
    if not args.only or "second_request" in args.only:
        results["second_request"] = run_combined(corpora)
    print(f"{'perturbation':<16}{'mails':>7}{'request':>9}{'rights':>9}{'e-mail':>9}")
    for name, t in results.items():
        m, d = int(t["mails"]), int(t["dsars"])  # type: ignore[call-overload]
        pct = lambda a, b: f"{100 * a / b:7.1f}%" if b else "      -"  # noqa: E731
        print(f"{name:<16}{m:>7}{pct(t['request'], m):>9}{pct(t['rights'], d):>9}{pct(t['email'], d):>9}")
    if args.failures:
        for name, t in results.items():
            for miss in t["misses"]:  # type: ignore[attr-defined]
                print(f"  {name}: {miss}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
