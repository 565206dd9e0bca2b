"""How steady the intake is when a labelled mail is changed in a way that must not change its answer.

    .venv/bin/python benchmarks/intake_perturb.py --corpus DIR [--corpus DIR ...] [--only NAME] [--failures]
    .venv/bin/python benchmarks/intake_perturb.py --names --corpus DIR ...   # how the requester signs: the name

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


_FLEMISH = [(r"\b([Kk])unnen jullie\b", r"\1unde gij"), (r"\b([Kk])unt u\b", r"\1unde gij"), (r"\b([Ww])ilt u\b", r"\1ilde gij"),
            (r"\b([Hh])eeft u\b", r"\1ebde gij"), (r"\b([Zz])ou u\b", r"\1oude gij"), (r"\bjullie\b", "ulle"),
            (r"\bniet\b", "nie"), (r"\bdat\b", "da"), (r"\bwat\b", "wa"), (r"\bhet\b", "'t"), (r"\been\b", "ne")]


def _flemish(text: str, lang: str) -> str:
    """Dutch as spoken in Flanders ("kunde gij", "ulle", "nie", "da", "'t"); other languages unchanged."""
    if lang != "nl":
        return text
    for rx, repl in _FLEMISH:
        text = re.sub(rx, repl, text)
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


# What a colleague writes above a mail they forward to the studio's inbox
_FORWARD_NOTE = {"nl": "Zie hieronder, kan jij dit oppakken?", "en": "See below, can you pick this up?",
                 "fr": "Voir ci-dessous, peux-tu t'en occuper ?", "de": "Siehe unten, kannst du das übernehmen?"}


def _plain_body(msg: EmailMessage) -> str | None:
    """The text of a mail with no files: its first plain part (None when it has files or no readable plain part)."""
    if msg.is_multipart() and any(p.get_filename() for p in msg.walk()):
        return None
    plain = [p for p in _text_parts(msg) if p.get_content_subtype() == "plain"]
    if not plain:
        return None
    try:
        return str(plain[0].get_content())
    except (LookupError, ValueError):
        return None


def _forwarded(msg: EmailMessage, lang: str) -> EmailMessage | None:
    """The mail forwarded inline by a colleague of the studio (its text after a Gmail forward header)."""
    body = _plain_body(msg)
    if body is None:
        return None
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
    fwd.set_content(_FORWARD_NOTE.get(lang, _FORWARD_NOTE["en"]) + "\n\n" + inner + body, charset="utf-8", cte="8bit")
    return fwd


# How a colleague's mail program writes a forward in each language (Outlook, Thunderbird, Apple Mail)
_LOCAL_FORWARD = {
    "nl": [("Doorst: ", "Van: {frm}\nVerzonden: maandag 3 maart 2025 10:02\nAan: {to}\nOnderwerp: {subj}\n\n"),
           ("Fwd: ", "-------- Doorgestuurd bericht --------\nOnderwerp: \t{subj}\nDatum: \t{date}\nVan: \t{frm}\nAan: \t{to}\n\n")],
    "en": [("FW: ", "From: {frm}\nSent: Monday, March 3, 2025 10:02 AM\nTo: {to}\nSubject: {subj}\n\n"),
           ("Fwd: ", "Begin forwarded message:\n\nFrom: {frm}\nSubject: {subj}\nDate: {date}\nTo: {to}\n\n")],
    "fr": [("TR : ", "De : {frm}\nEnvoyé : lundi 3 mars 2025 10:02\nÀ : {to}\nObjet : {subj}\n\n"),
           ("Fwd: ", "-------- Message transféré --------\nSujet : \t{subj}\nDate : \t{date}\nDe : \t{frm}\nPour : \t{to}\n\n"),
           ("Fwd: ", "Début du message réexpédié :\n\nDe: {frm}\nObjet: {subj}\nDate: {date}\nÀ: {to}\n\n")],
    "de": [("WG: ", "Von: {frm}\nGesendet: Montag, 3. März 2025 10:02\nAn: {to}\nBetreff: {subj}\n\n"),
           ("Fwd: ", "-------- Weitergeleitete Nachricht --------\nBetreff: \t{subj}\nDatum: \t{date}\nVon: \t{frm}\nAn: \t{to}\n\n"),
           ("Fwd: ", "Anfang der weitergeleiteten Nachricht:\n\nVon: {frm}\nBetreff: {subj}\nDatum: {date}\nAn: {to}\n\n")],
}


def _forwarded_local(msg: EmailMessage, lang: str) -> EmailMessage | None:
    """The mail forwarded inline by a colleague, in a mail program's own words for the language (the style chosen
    by the mail's Message-ID, so each run is the same)."""
    body = _plain_body(msg)
    if body is None:
        return None
    styles = _LOCAL_FORWARD.get(lang, _LOCAL_FORWARD["en"])
    prefix, head = styles[sum(map(ord, str(msg.get("Message-ID", "")))) % len(styles)]
    fwd = EmailMessage()
    fwd["From"] = "Sanne Kuipers <sanne@studiolichtval.nl>"
    fwd["To"] = "info@studiolichtval.nl"
    fwd["Subject"] = prefix + str(msg.get("Subject", ""))
    fwd["Date"] = msg.get("Date", "Mon, 3 Mar 2025 10:02:00 +0100")
    fwd["Message-ID"] = "<fwd-local-perturb@studiolichtval.nl>"
    inner = head.format(frm=msg.get("From", ""), to=msg.get("To", ""), subj=msg.get("Subject", ""), date=msg.get("Date", ""))
    fwd.set_content(_FORWARD_NOTE.get(lang, _FORWARD_NOTE["en"]) + "\n\n" + inner + body, charset="utf-8", cte="8bit")
    return fwd


# A website's contact-form notification in each language: labels, subject and footer as form plugins write them
_FORM = {
    "nl": (["Naam", "Uw naam", "Volledige naam"], ["E-mail", "E-mailadres", "Uw e-mailadres"], ["Bericht", "Uw bericht", "Vraag"],
           ["Nieuw bericht via het contactformulier", "Contactformulier: nieuw bericht"], "Dit bericht is verzonden via het contactformulier."),
    "en": (["Name", "Your name", "Full name"], ["Email", "Email address", "Your email"], ["Message", "Your message", "Comments"],
           ["New contact form submission", "Website enquiry"], "This e-mail was sent from a contact form."),
    "fr": (["Nom", "Votre nom", "Nom et prénom", "Nom complet"], ["E-mail", "Adresse e-mail", "Courriel", "Votre adresse électronique"],
           ["Message", "Votre message", "Votre demande"], ["Nouveau message depuis votre site", "Formulaire de contact"],
           "Ce message a été envoyé depuis le formulaire de contact."),
    "de": (["Name", "Ihr Name", "Vor- und Nachname", "Vollständiger Name"], ["E-Mail", "E-Mail-Adresse", "Ihre E-Mail-Adresse"],
           ["Nachricht", "Ihre Nachricht", "Ihr Anliegen"], ["Neue Nachricht über das Kontaktformular", "Kontaktanfrage"],
           "Diese E-Mail wurde über das Kontaktformular gesendet."),
}


def _contact_form(msg: EmailMessage, lang: str) -> EmailMessage | None:
    """The writer's text sent through the studio's contact form: a notification from the website, with the
    writer's name and address as form fields (the labels chosen by the mail's Message-ID)."""
    if msg.is_multipart() and any(p.get_filename() for p in msg.walk()):
        return None
    plain = [p for p in _text_parts(msg) if p.get_content_subtype() == "plain"]
    name, address = parseaddr(str(msg.get("From", "")))
    if not plain or not address or msg.get("Reply-To"):
        return None
    try:
        body = _split_own(plain[0].get_content())[0]
    except (LookupError, ValueError):
        return None
    names, mails, messages, subjects, footer = _FORM.get(lang, _FORM["en"])
    k = sum(map(ord, str(msg.get("Message-ID", ""))))
    form = EmailMessage()
    form["From"] = "Website <noreply@studiolichtval.nl>"
    form["To"] = "info@studiolichtval.nl"
    form["Subject"] = subjects[k % len(subjects)]
    form["Date"] = msg.get("Date", "Mon, 3 Mar 2025 10:02:00 +0100")
    form["Message-ID"] = "<form-perturb@studiolichtval.nl>"
    lines = ([f"{names[k % len(names)]}: {name}"] if name else []) + [f"{mails[k % len(mails)]}: {address}",
                                                                      f"{messages[k % len(messages)]}:", "\n\n".join(body)]
    form.set_content("\n".join(lines) + "\n\n--\n" + footer + "\n", charset="utf-8", cte="8bit")
    return form


TRANSFORMS: dict[str, Callable[[EmailMessage, str], EmailMessage | None]] = {
    "no_accents": lambda m, lang: _rewrite(m, _no_accents, lang),
    "phone": lambda m, lang: _rewrite(m, _phone, lang),
    "umlauts_spelt": lambda m, lang: _rewrite(m, _umlauts_spelt, lang) if lang == "de" else None,
    "flemish": lambda m, lang: _rewrite(m, _flemish, lang) if lang == "nl" else None,
    "disclaimer": lambda m, lang: _rewrite(m, _add_disclaimer, lang),
    "studio_quote": lambda m, lang: _rewrite(m, _add_studio_quote, lang),
    "one_paragraph": lambda m, lang: _rewrite(m, _one_paragraph, lang),
    "forwarded": _forwarded,
    "forwarded_local": _forwarded_local,
    "contact_form": _contact_form,
}


_ALSO = {"nl": "Daarnaast nog iets anders.", "en": "One more thing.", "fr": "Autre chose encore.", "de": "Noch etwas anderes."}
_CLOSING = re.compile(
    r"^\s*(?:met |mit |kind |best |warm |bien |vriendelijke |freundliche |viele |liebe |beste )?(?:groet|regards|cordialement|"
    r"gr(?:u|ü)(?:ss|ß)|wishes|thanks|thank you|merci|danke|bedankt|cheers|mvg|lg|salutations|bises|hoogachtend|sincerely|"
    r"yours|hochachtungsvoll|veuillez agr|je vous prie|dank u|dank je)", re.I)


_QUOTE_START = re.compile(r"(?m)^(?:>|-- ?$|-{3,}|_{3,}|(?:On|Op|Le|Am) .{0,120}(?:wrote|schreef|a écrit|schrieb)\b)")


def _split_own(text: str) -> tuple[list[str], str]:
    """The paragraphs of the writer's own text, and the quoted history or signature after it."""
    cut = _QUOTE_START.search(text)
    own, rest = (text[:cut.start()], text[cut.start():]) if cut else (text, "")
    return re.split(r"\n\s*\n", own.strip()), rest


def _closing_at(paras: list[str]) -> int:
    return next((i for i, p in enumerate(paras) if i > 0 and len(p) < 80 and _CLOSING.match(p)), len(paras))


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
                if name in ("forwarded", "forwarded_local", "contact_form") and gt["is_dsar"] and (gt.get("requester_email") or "").lower() != \
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


# How the name is signed, changed the ways writers differ: each labelled request whose display name is the requester's
# name and who signs with that name on a line of its own, sent without the display name (or with the first name only),
# with another closing of its language above the name or on the name's line, or with an address block under it.
_NAME_CLOSINGS = {
    "de": ["Mit freundlichen Grüßen", "Freundliche Grüße", "Beste Grüße", "Mit besten Grüßen", "Hochachtungsvoll",
           "Mit freundlichem Gruß", "Viele Grüße aus Köln", "Herzliche Grüße", "Liebe Grüße", "MfG", "Gruß",
           "Freundliche Grüsse", "Besten Dank und freundliche Grüsse", "Danke im Voraus und viele Grüße", "Mit herzlichen Grüßen"],
    "fr": ["Cordialement", "Bien cordialement", "Bien à vous", "Salutations distinguées", "Sincères salutations",
           "Meilleures salutations", "Respectueusement", "Très cordialement", "Amicalement", "Bonne journée",
           "Merci d'avance et bonne journée", "Veuillez agréer mes salutations distinguées.", "En vous remerciant par avance,",
           "Avec mes remerciements"],
    "nl": ["Met vriendelijke groet", "Groeten", "Hartelijke groet", "Vriendelijke groeten", "Hoogachtend", "Alvast bedankt",
           "Mvg", "Groetjes"],
    "en": ["Kind regards", "Best regards", "Regards", "Best wishes", "Thanks", "Sincerely", "Yours faithfully", "Many thanks"],
}
_NAME_ADDRESS = {"de": ["Hauptstraße 12", "50667 Köln", "Tel. 0221 123456"], "fr": ["12, rue des Lilas", "75011 Paris", "Tél. 06 12 34 56 78"],
                 "nl": ["Dorpsstraat 12", "1234 AB Utrecht", "06 12345678"], "en": ["12 High Street", "Bristol BS1 4DJ", "Tel. 07700 900123"]}


def _name_variants(msg: EmailMessage, name: str, lang: str, i: int) -> list[tuple[str, EmailMessage]]:
    parts = _text_parts(msg)
    if len(parts) != 1 or parts[0].get_content_subtype() != "plain":
        return []
    cut = _QUOTE_START.search(body := parts[0].get_content())
    own, rest = (body[:cut.start()], body[cut.start():]) if cut else (body, "")
    lines = own.rstrip().split("\n")
    at = next((k for k in range(len(lines) - 1, max(-1, len(lines) - 6), -1) if lines[k].strip() == name), None)
    if at is None:
        return []
    address = parseaddr(str(msg["From"]))[1]

    def make(new: list[str], display: str | None = None) -> EmailMessage:
        m = copy.deepcopy(msg)
        del m["From"]
        m["From"] = f"{display} <{address}>" if display else address
        _text_parts(m)[0].set_content("\n".join(new) + "\n" + ("\n" + rest if rest else ""), charset="utf-8", cte="8bit")
        return m

    out = [("no_display", make(lines))]
    if len(name.split()) >= 2 and not name.split()[0].endswith("."):  # "Dr. ...", "J. Koch": no first name to show
        out.append(("first_name_display", make(lines, display=name.split()[0])))
    closings = _NAME_CLOSINGS.get(lang, _NAME_CLOSINGS["en"])
    above = at - 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    if above >= 0 and len(lines[above]) < 60:
        closing = closings[i % len(closings)]
        out.append(("closing_swap", make([*lines[:above], closing, *lines[above + 1:]])))
        out.append(("closing_inline", make([*lines[:above], closing.rstrip(",.") + ", " + name, *lines[at + 1:]])))
    out.append(("address_block", make(lines[:at + 1] + _NAME_ADDRESS.get(lang, _NAME_ADDRESS["en"]) + lines[at + 1:])))
    return out


def run_names(corpora: list[Path]) -> dict[str, dict[str, object]]:
    """Per name perturbation and language: how often the requester's name is still read as labelled."""
    out: dict[str, dict[str, object]] = {}
    for corpus in corpora:
        for i, (eml, gt_path) in enumerate(labelled_pairs(corpus)):
            gt = json.loads(gt_path.read_text(encoding="utf-8"))
            name = gt.get("requester_name")
            if eml.suffix.lower() != ".eml" or not gt["is_dsar"] or gt.get("representative") or not name:
                continue
            msg = BytesParser(policy=policy.default).parsebytes(eml.read_bytes())
            assert isinstance(msg, EmailMessage)
            if parseaddr(str(msg.get("From", "")))[1].lower() != (gt.get("requester_email") or "").lower():
                continue
            try:
                variants = _name_variants(msg, name, gt["language"], i)
            except Exception:  # noqa: BLE001 - a mail the rewrite cannot handle is left out
                continue
            for kind, changed in variants:
                rec = parse_bytes(changed.as_bytes(policy=policy.SMTP), eml.name)
                t = out.setdefault(f"{kind} [{gt['language']}]", {"mails": 0, "name": 0, "misses": []})
                t["mails"] = int(t["mails"]) + 1  # type: ignore[call-overload]
                if rec.requester_name == name:
                    t["name"] = int(t["name"]) + 1  # type: ignore[call-overload]
                else:
                    where = corpus.parent.name if corpus.name == "mails" else corpus.name
                    t["misses"].append(f"{where}/{eml.name}: {rec.requester_name!r} != {name!r}")  # type: ignore[attr-defined]
    return dict(sorted(out.items()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, action="append", required=True)
    ap.add_argument("--only", action="append", help="run only this perturbation (repeatable)")
    ap.add_argument("--failures", action="store_true", help="list the misses (only on sets you tune on)")
    ap.add_argument("--names", action="store_true", help="perturb how the requester signs and score the name instead")
    args = ap.parse_args(argv)
    from studio_dsar.core.i18n import set_language

    set_language("en")
    corpora = [c / "mails" if (c / "mails").is_dir() else c for c in args.corpus]
    if args.names:
        named = run_names(corpora)
        print(f"{'perturbation':<26}{'mails':>7}{'name':>9}")
        for kind, t in named.items():
            n = int(t["mails"])  # type: ignore[call-overload]
            print(f"{kind:<26}{n:>7}{100 * int(t['name']) / n:8.1f}%")  # type: ignore[call-overload]
            if args.failures:
                for miss in t["misses"]:  # type: ignore[attr-defined]
                    print(f"    {miss}")
        return 0
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
