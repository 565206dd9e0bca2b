"""Response letters: Jinja2 templates -> HTML -> PDF (PyMuPDF Story) and an .eml draft.

Rendering runs in two steps so that a window can do the slow part off the GUI thread:

* :func:`build_letter` reads the request, the deadlines and the studio profile from the store
  and returns a :class:`Letter` (plain data, HTML already rendered);
* :func:`letter_pdf` lays it out as an A4 PDF with the shipped Noto Sans font embedded.

Dates in a letter come from the deadline engine (:mod:`studio_dsar.core.deadlines`), never typed.
Templates live in ``studio_dsar/templates/letters``; a file of the same name in the data
folder's ``templates`` directory (see :func:`paths.templates_override_dir`) takes precedence.
"""

from __future__ import annotations

import hashlib
import io
import threading
from dataclasses import dataclass, field
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid
from importlib import resources
from pathlib import Path

from studio_dsar.core import deadlines, paths, vocab
from studio_dsar.core.errors import InputError, NotFoundError
from studio_dsar.core.i18n import _, translate
from studio_dsar.core.letters import profile as profile_mod

KINDS = (
    "acknowledgement",
    "id_request",
    "extension",
    "access",
    "rectification",
    "erasure",
    "restriction",
    "objection",
    "withdraw_consent",
    "refusal",
    "identity_not_verified",
)
LANGS = ("nl", "en")
REASON_REQUIRED = frozenset({"refusal", "extension"})

# Editable free-text blocks per kind, in the order the window shows them.
BLOCKS: dict[str, tuple[str, ...]] = {
    "acknowledgement": ("extra",),
    "id_request": ("extra",),
    "extension": ("reason", "extra"),
    "access": ("summary", "extra"),
    "rectification": ("changes", "extra"),
    "erasure": ("kept", "extra"),
    "restriction": ("restricted", "extra"),
    "objection": ("outcome", "extra"),
    "withdraw_consent": ("removed", "extra"),
    "refusal": ("reason", "extra"),
    "identity_not_verified": ("reason", "extra"),
}
# English message ids of the editable blocks' and the kinds' names (translated where shown).
BLOCK_LABELS = vocab.LETTER_BLOCKS
KIND_LABELS = vocab.LETTER_KINDS

MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}
RIGHT_NAMES = {
    "nl": {"access": "inzage", "rectification": "rectificatie (correctie)", "erasure": "wissing (verwijdering)",
           "restriction": "beperking van de verwerking", "portability": "overdraagbaarheid van gegevens",
           "objection": "bezwaar", "withdraw_consent": "intrekking van uw toestemming"},
    "en": {"access": "access", "rectification": "rectification", "erasure": "erasure",
           "restriction": "restriction of processing", "portability": "data portability",
           "objection": "objection", "withdraw_consent": "withdrawal of consent"},
}
COUNTRY_NAMES = {
    "nl": {"NL": "Nederland", "BE": "België", "US": "Verenigde Staten", "GB": "Verenigd Koninkrijk",
           "DE": "Duitsland", "FR": "Frankrijk", "IE": "Ierland", "LU": "Luxemburg", "CH": "Zwitserland",
           "CA": "Canada", "AU": "Australië", "IN": "India"},
    "en": {"NL": "the Netherlands", "BE": "Belgium", "US": "United States", "GB": "United Kingdom",
           "DE": "Germany", "FR": "France", "IE": "Ireland", "LU": "Luxembourg", "CH": "Switzerland",
           "CA": "Canada", "AU": "Australia", "IN": "India"},
}
LABELS = {
    "nl": {"date": "Datum", "our_ref": "Ons kenmerk", "your_request": "Uw verzoek van", "contact": "Contact",
           "subject": "Betreft", "dear": "Geachte", "dear_fallback": "Geachte heer, mevrouw",
           "regards": "Met vriendelijke groet,", "page": "Pagina {n} van {total}",
           "registration": {"NL": "KvK", "BE": "Ondernemingsnr."}, "vat": "Btw-nr.", "privacy": "Privacycontact",
           "dpo": "Functionaris gegevensbescherming", "for": "namens"},
    "en": {"date": "Date", "our_ref": "Our reference", "your_request": "Your request of", "contact": "Contact",
           "subject": "Subject", "dear": "Dear", "dear_fallback": "Dear Sir or Madam",
           "regards": "Kind regards,", "page": "Page {n} of {total}",
           "registration": {"NL": "Chamber of Commerce no.", "BE": "Company no."}, "vat": "VAT no.",
           "privacy": "Privacy contact", "dpo": "Data protection officer", "for": "on behalf of"},
}

# MuPDF is not safe to drive from two threads at once: the preview worker and an export
# (or two previews) take turns through this lock.
MUPDF_LOCK = threading.RLock()

PAGE_W, PAGE_H = 595.28, 841.89  # A4 in points
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = 64.0, 56.0, 48.0, 72.0


def format_date(day: date, lang: str) -> str:
    """'22 november 2026' (nl) or '22 November 2026' (en)."""
    months = MONTHS.get(lang, MONTHS["nl"])
    return f"{day.day} {months[day.month - 1]} {day.year}"


def today_local() -> date:
    return datetime.now(deadlines.STUDIO_TZ).date()


# -- templates -----------------------------------------------------------------------------
def shipped_templates_dir() -> Path:
    return Path(str(resources.files("studio_dsar") / "resources" / "templates" / "letters"))


def fonts_dir() -> Path:
    return Path(str(resources.files("studio_dsar") / "resources" / "fonts"))


def template_name(kind: str, lang: str) -> str:
    return f"{kind}.{lang}.html"


def _environment():
    import jinja2

    override = paths.templates_override_dir()
    loader = jinja2.ChoiceLoader([
        jinja2.FileSystemLoader([str(override / "letters"), str(override)]),
        jinja2.FileSystemLoader(str(shipped_templates_dir())),
    ])
    env = jinja2.Environment(
        loader=loader,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=True,
    )
    env.filters["text"] = _text_filter
    env.filters["date"] = format_date
    env.filters["and_list"] = _and_list
    return env


def _and_list(items, lang: str = "nl") -> str:
    """'a, b en c' / 'a, b and c'."""
    items = [str(i) for i in items or [] if str(i)]
    if len(items) < 2:
        return "".join(items)
    word = "en" if lang == "nl" else "and"
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def _text_filter(value) -> object:
    """Free text -> escaped HTML paragraphs; lines starting with '-' or '•' become a list."""
    from markupsafe import Markup, escape

    text = str(value or "").replace("\r\n", "\n").strip()
    if not text:
        return Markup("")
    out = []
    for para in [p for p in text.split("\n\n") if p.strip()]:
        lines = [ln.rstrip() for ln in para.split("\n") if ln.strip()]
        bullets = [ln.lstrip()[1:].strip() for ln in lines if ln.lstrip()[:1] in ("-", "•", "*")]
        if bullets and len(bullets) == len(lines):
            out.append("<ul>" + "".join(f"<li>{escape(b)}</li>" for b in bullets) + "</ul>")
        elif bullets and lines[0].lstrip()[:1] not in ("-", "•", "*") and len(bullets) == len(lines) - 1:
            out.append(f"<p>{escape(lines[0])}</p>")
            out.append("<ul>" + "".join(f"<li>{escape(b)}</li>" for b in bullets) + "</ul>")
        else:
            out.append("<p>" + "<br>".join(str(escape(ln)) for ln in lines) + "</p>")
    return Markup("\n".join(out))


# -- the letter as data --------------------------------------------------------------------
@dataclass
class Letter:
    reference: str
    kind: str
    lang: str
    html: str
    css: str
    subject: str
    title: str
    studio_line: str
    labels: dict
    logo: bytes | None = None
    requester_name: str | None = None
    requester_email: str | None = None
    studio_name: str = ""
    studio_email: str = ""
    blocks: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def _check_kind(kind: str, lang: str | None) -> None:
    if kind not in KINDS:
        raise InputError(_("Unknown letter kind: {value}. Choose one of: {choices}").format(
            value=kind, choices=", ".join(KINDS)))
    if lang is not None and lang not in LANGS:
        raise InputError(_("Unknown language: {value}").format(value=lang))


def _deadlines(store, req):
    from studio_dsar.core import settings

    conf = settings.load(store)
    return req.deadlines(conf["country"], conf["promise_days"]), conf


def default_blocks(store, reference: str, kind: str, lang: str | None = None) -> dict[str, str]:
    """The editable text blocks of a letter, pre-filled where the register or profile knows."""
    _check_kind(kind, lang)
    req = store.get_request(reference)
    lang = lang or req.language
    prof = profile_mod.load_profile(store)
    dl, _conf = _deadlines(store, req)
    nl = lang == "nl"
    blocks = dict.fromkeys(BLOCKS[kind], "")
    if kind == "extension":
        blocks["reason"] = req.extension_reason or ""
    elif kind == "refusal":
        blocks["reason"] = req.refusal_reason or ""
    elif kind == "identity_not_verified":
        blocks["reason"] = (
            "Wij hebben van u geen (leesbaar) bewijs van uw identiteit ontvangen, zodat wij niet "
            "kunnen vaststellen dat het verzoek van u afkomstig is." if nl else
            "We did not receive (legible) proof of your identity, so we cannot establish that the "
            "request comes from you."
        )
    elif kind == "access":
        who = ", ".join(x for x in (req.requester_name, req.requester_email) if x)
        received = format_date(dl.received, lang)
        if nl:
            blocks["summary"] = (
                "Wij verwerken de volgende gegevens over u:\n"
                f"- uw naam en e-mailadres ({who})\n"
                f"- uw verzoek van {received} en onze correspondentie daarover"
            )
        else:
            blocks["summary"] = (
                "We process the following data about you:\n"
                f"- your name and e-mail address ({who})\n"
                f"- your request of {received} and our correspondence about it"
            )
    elif kind == "rectification":
        blocks["changes"] = (
            "Wij hebben uw gegevens gecorrigeerd zoals u heeft gevraagd." if nl else
            "We have corrected your data as you asked."
        )
    elif kind == "erasure":
        invoices = [c for c in prof.get("data_categories") or []
                    if "factu" in profile_mod.loc(c.get("category"), "nl").lower()
                    or "invoice" in profile_mod.loc(c.get("category"), "en").lower()]
        if invoices:
            c = invoices[0]
            blocks["kept"] = (
                f"- {profile_mod.loc(c.get('category'), lang)}: {profile_mod.loc(c.get('retention'), lang)}"
            )
            blocks["kept"] = (
                ("Alleen wat de wet ons verplicht te bewaren, houden wij nog:\n" if nl else
                 "We only keep what the law obliges us to keep:\n") + blocks["kept"]
            )
    elif kind == "restriction":
        blocks["restricted"] = (
            "Wij gebruiken uw gegevens niet meer, behalve om ze te bewaren, totdat de kwestie is opgelost." if nl else
            "We no longer use your data, other than to store it, until the matter is resolved."
        )
    elif kind == "objection":
        blocks["outcome"] = (
            "Wij gebruiken uw gegevens niet meer voor direct marketing, zoals onze nieuwsbrief. "
            "Uw e-mailadres staat op een afmeldlijst, zodat u niets meer van ons ontvangt." if nl else
            "We no longer use your data for direct marketing, such as our newsletter. Your e-mail "
            "address is on a suppression list so that you receive nothing more from us."
        )
    elif kind == "withdraw_consent":
        blocks["removed"] = (
            "Wij hebben de foto's en video's waarop u te zien bent, verwijderd uit ons portfolio, van "
            "onze website en van onze sociale-mediakanalen." if nl else
            "We have removed the photos and videos in which you appear from our portfolio, our "
            "website and our social media channels."
        )
    return blocks


def letter_warnings(store, reference: str, kind: str, *, today: date | None = None) -> list[str]:
    """Things the owner should know before sending (e.g. an extension notice sent too late)."""
    req = store.get_request(reference)
    dl, _conf = _deadlines(store, req)
    today = today or today_local()
    warnings = []
    if kind == "extension":
        if today > dl.extension_notice_by:
            warnings.append(_(
                "This extension notice is later than the original deadline ({date}): an extension "
                "must be announced within the first month (GDPR Art. 12(3))."
            ).format(date=dl.extension_notice_by.isoformat()))
        elif not req.extended:
            warnings.append(_("The extension is not yet recorded in the register; record it as well."))
    elif kind not in ("acknowledgement", "id_request", "extension") and today > dl.effective_due:
        warnings.append(_("This answer is later than the deadline ({date}).").format(date=dl.effective_due.isoformat()))
    if not req.requester_email:
        warnings.append(_("The request has no e-mail address: the .eml draft will have no recipient."))
    return warnings


def build_letter(
    store,
    reference: str,
    kind: str,
    lang: str | None = None,
    *,
    blocks: dict | None = None,
    reason: str | None = None,
    today: date | None = None,
) -> Letter:
    """Gather everything for one letter and render its HTML. Raises ProfileError/InputError."""
    _check_kind(kind, lang)
    req = store.get_request(reference)
    lang = lang or (req.language if req.language in LANGS else "nl")
    prof = profile_mod.validate_profile(profile_mod.load_profile(store))
    dl, conf = _deadlines(store, req)
    today = today or today_local()

    merged = default_blocks(store, reference, kind, lang)
    for key, value in (blocks or {}).items():
        if key in merged and value is not None:
            merged[key] = str(value)
    if reason is not None and str(reason).strip():
        merged["reason"] = str(reason)
    merged = {k: v.strip() for k, v in merged.items()}
    if kind in REASON_REQUIRED and not merged.get("reason"):
        if kind == "refusal":
            raise InputError(_("A refusal letter needs the reasons for the refusal (GDPR Art. 12(4))."))
        raise InputError(_("An extension notice needs the reasons for the extension (GDPR Art. 12(3))."))

    context = _context(req, prof, dl, conf, lang, kind, today, merged)
    import jinja2
    from markupsafe import Markup

    env = _environment()
    name = template_name(kind, lang)
    try:
        template = env.get_template(name)
        html = template.render(context)
        subject_markup = "".join(template.blocks["subject"](template.new_context(context))) \
            if "subject" in template.blocks else translate(KIND_LABELS[kind], lang)
        css = env.loader.get_source(env, "letter.css")[0]
    except jinja2.TemplateNotFound as exc:
        raise NotFoundError(_("Letter template not found: {name}").format(name=exc.name)) from None
    except jinja2.TemplateError as exc:
        where = getattr(exc, "name", None) or name
        line = getattr(exc, "lineno", None)
        raise InputError(_("The letter template {name} has an error{line}: {error}").format(
            name=where, line=f" (line {line})" if line else "", error=exc.message or exc)) from None
    subject = " ".join(Markup(subject_markup).striptags().split())
    labels = LABELS[lang]
    studio = context["studio"]
    reg_label = labels["registration"].get(prof["country"], labels["registration"]["NL"])
    studio_line = " · ".join(x for x in (
        studio["legal_name"], f"{reg_label} {prof['registration_number']}",
        f"{labels['vat']} {prof['vat_number']}" if prof.get("vat_number") else "",
        prof["email"], prof.get("website") or "",
    ) if x)
    return Letter(
        reference=req.reference, kind=kind, lang=lang, html=html, css=css, subject=subject,
        title=f"{subject} – {req.reference}", studio_line=studio_line, labels=labels,
        logo=profile_mod.logo_bytes(prof), requester_name=req.requester_name,
        requester_email=req.requester_email, studio_name=studio["name"], studio_email=prof["email"],
        blocks=merged, warnings=letter_warnings(store, reference, kind, today=today),
    )


def _context(req, prof, dl, conf, lang, kind, today, blocks) -> dict:
    loc = profile_mod.loc
    auth = profile_mod.authority(prof["country"])
    countries = COUNTRY_NAMES[lang]
    recipients = []
    for r in prof.get("recipients") or []:
        name = loc(r.get("name"), lang)
        if not name:
            continue
        code = r.get("country") or ""
        recipients.append({
            "name": name,
            "purpose": loc(r.get("purpose"), lang),
            "country": countries.get(code, code),
            "outside_eea": profile_mod.is_outside_eea(code),
            "safeguards": loc(r.get("safeguards"), lang),
            "notify": bool(r.get("notify", True)),
        })
    legal_name = prof["legal_name"]
    trade = prof.get("trade_name") or ""
    return {
        "lang": lang,
        "kind": kind,
        "t": LABELS[lang],
        "studio": {
            "name": trade or legal_name,
            "legal_name": legal_name,
            "trade_name": trade,
            "address": prof["address"],
            "postcode": prof["postcode"],
            "city": prof["city"],
            "country": prof["country"],
            "country_name": countries.get(prof["country"], prof["country"]),
            "registration_label": LABELS[lang]["registration"].get(prof["country"], ""),
            "registration_number": prof["registration_number"],
            "vat_number": prof.get("vat_number") or "",
            "email": prof["email"],
            "phone": prof.get("phone") or "",
            "website": prof.get("website") or "",
            "privacy_contact": prof["privacy_contact"],
            "dpo": prof.get("dpo") or "",
            "signatory": prof.get("signatory") or prof["privacy_contact"],
            "has_logo": bool(profile_mod.logo_bytes(prof)),
        },
        "authority": {
            "name": loc(auth["name"], lang),
            "short": auth["short"],
            "address": auth["address"],
            "website": auth["website"],
            "court": loc(auth["court"], lang),
        },
        "requester": {
            "name": req.requester_name or "",
            "email": req.requester_email or "",
        },
        "ref": req.reference,
        "letter_date": format_date(today, lang),
        "received": format_date(dl.received, lang),
        "legal_due": format_date(dl.legal_due, lang),
        "promised_due": format_date(dl.promised_due, lang),
        "reply_by": format_date(min(dl.legal_due, dl.promised_due), lang),
        "extended_due": format_date(dl.extended_due, lang),
        "extension_notice_by": format_date(dl.extension_notice_by, lang),
        "extended": req.extended,
        "promise_days": conf["promise_days"],
        "rights": [RIGHT_NAMES[lang].get(r, r) for r in req.rights],
        "record": {
            "purposes": [
                {"purpose": loc(p.get("purpose"), lang),
                 "basis": profile_mod.LEGAL_BASES.get(p.get("legal_basis"), {}).get(lang, "")}
                for p in prof.get("purposes") or [] if loc(p.get("purpose"), lang)
            ],
            "categories": [
                {"category": loc(c.get("category"), lang), "retention": loc(c.get("retention"), lang)}
                for c in prof.get("data_categories") or [] if loc(c.get("category"), lang)
            ],
            "recipients": recipients,
            "transfers": [r for r in recipients if r["outside_eea"]],
            "sources": loc(prof.get("sources"), lang),
            "automated": loc(prof.get("automated_decisions"), lang),
        },
        "notify": [r["name"] for r in recipients if r["notify"]],
        "blocks": blocks,
    }


# -- PDF -----------------------------------------------------------------------------------
def _archive(letter: Letter):
    import pymupdf

    archive = pymupdf.Archive(str(fonts_dir()))
    if letter.logo:
        archive.add((letter.logo, "logo.img"))
    return archive


def _body_rect(first: bool):
    import pymupdf

    return pymupdf.Rect(MARGIN_L, MARGIN_T if first else MARGIN_T + 22, PAGE_W - MARGIN_R, PAGE_H - MARGIN_B)


def _layout_pages(letter: Letter, archive, writer=None) -> int:
    """Place the body story page by page; draw onto ``writer`` when given. Returns pages."""
    import pymupdf

    story = pymupdf.Story(html=letter.html, user_css=letter.css, archive=archive, em=10)
    page_rect = pymupdf.Rect(0, 0, PAGE_W, PAGE_H)
    pages, more = 0, 1
    while more:
        if pages > 50:  # a runaway template; never loop for ever
            raise InputError(_("The letter is too long to lay out (more than 50 pages)."))
        device = writer.begin_page(page_rect) if writer is not None else None
        more, _filled = story.place(_body_rect(pages == 0))
        pages += 1
        if device is not None:
            story.draw(device)
            writer.end_page()
    return pages


def _decorate(doc, letter: Letter, archive) -> None:
    """Footer with the studio's details and 'Page n of N'; a running header from page 2."""
    import pymupdf
    from markupsafe import escape

    total = doc.page_count
    css = letter.css
    for i, page in enumerate(doc):
        footer = (
            '<div class="footer"><table class="footer"><tr>'
            f'<td class="footer-studio">{escape(letter.studio_line)}</td>'
            f'<td class="footer-page">{escape(letter.labels["page"].format(n=i + 1, total=total))}</td>'
            '</tr></table></div>'
        )
        rect = pymupdf.Rect(MARGIN_L, PAGE_H - MARGIN_B + 22, PAGE_W - MARGIN_R, PAGE_H - 16)
        page.insert_htmlbox(rect, footer, css=css, archive=archive)
        if i > 0:
            header = (
                f'<p class="running-header">{escape(letter.studio_name)} · '
                f'{escape(letter.labels["our_ref"])} {escape(letter.reference)}</p>'
            )
            page.insert_htmlbox(pymupdf.Rect(MARGIN_L, MARGIN_T - 12, PAGE_W - MARGIN_R, MARGIN_T + 14),
                                header, css=css, archive=archive)


def letter_pdf(letter: Letter) -> bytes:
    """Lay the letter out on A4 and return the PDF (fonts embedded and subset)."""
    with MUPDF_LOCK:
        return _letter_pdf(letter)


def _letter_pdf(letter: Letter) -> bytes:
    import pymupdf

    archive = _archive(letter)
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    _layout_pages(letter, archive, writer)
    writer.close()
    doc = pymupdf.open("pdf", buf.getvalue())
    try:
        _decorate(doc, letter, archive)
        doc.set_metadata({
            "title": letter.title,
            "author": "",
            "subject": "",
            "keywords": "",
            "creator": "studio-dsar",
            "producer": "studio-dsar",
            "creationDate": "",
            "modDate": "",
        })
        doc.subset_fonts()
        return doc.tobytes(garbage=3, deflate=True, no_new_id=True)
    finally:
        doc.close()


def render_letter(
    store,
    reference: str,
    kind: str,
    lang: str | None = None,
    *,
    blocks: dict | None = None,
    reason: str | None = None,
    today: date | None = None,
) -> bytes:
    """The letter as PDF bytes."""
    return letter_pdf(build_letter(store, reference, kind, lang, blocks=blocks, reason=reason, today=today))


def pdf_page_png(pdf: bytes, page: int = 0, dpi: int = 72) -> bytes:
    import pymupdf

    with MUPDF_LOCK, pymupdf.open("pdf", pdf) as doc:
        page = max(0, min(page, doc.page_count - 1))
        return doc[page].get_pixmap(dpi=dpi, alpha=False).tobytes("png")


def preview_page_png(
    store,
    reference: str,
    kind: str,
    lang: str | None = None,
    *,
    blocks: dict | None = None,
    reason: str | None = None,
    page: int = 0,
    dpi: int = 72,
    today: date | None = None,
) -> bytes:
    """One page of the letter as a PNG, for previews."""
    return pdf_page_png(render_letter(store, reference, kind, lang, blocks=blocks, reason=reason, today=today),
                        page=page, dpi=dpi)


# -- export --------------------------------------------------------------------------------
@dataclass
class ExportResult:
    pdf_path: Path
    eml_path: Path | None
    sha256: str
    pages: int
    warnings: list[str]


def make_eml(letter: Letter, pdf: bytes, pdf_filename: str) -> bytes:
    """An unsent e-mail draft (X-Unsent: 1) to the requester with the PDF attached."""
    msg = EmailMessage()
    if letter.requester_email:
        msg["To"] = formataddr((letter.requester_name or "", letter.requester_email))
    msg["From"] = formataddr((letter.studio_name, letter.studio_email))
    msg["Subject"] = f"{letter.subject} [{letter.reference}]"
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain=(letter.studio_email.split("@")[-1] or None))
    msg["X-Unsent"] = "1"
    nl = letter.lang == "nl"
    name = letter.requester_name
    greeting = (f"Geachte {name}," if name else "Geachte heer, mevrouw,") if nl else \
        (f"Dear {name}," if name else "Dear Sir or Madam,")
    body = (
        f"{greeting}\n\n"
        + (f"In de bijlage vindt u onze brief over uw verzoek (ons kenmerk {letter.reference}).\n\n"
           "Met vriendelijke groet,\n" if nl else
           f"Please find attached our letter about your request (our reference {letter.reference}).\n\n"
           "Kind regards,\n")
        + f"{letter.studio_name}\n"
    )
    msg.set_content(body)
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=pdf_filename)
    return msg.as_bytes()


def export_letter(
    store,
    reference: str,
    kind: str,
    lang: str | None = None,
    out_path: str | Path | None = None,
    *,
    eml_path: str | Path | None = None,
    blocks: dict | None = None,
    reason: str | None = None,
    today: date | None = None,
    letter: Letter | None = None,
    pdf: bytes | None = None,
) -> ExportResult:
    """Write the PDF (and optionally the .eml draft) atomically and record it in the audit log."""
    import pymupdf

    from studio_dsar.core.fileutil import write_bytes_atomic

    if out_path is None:
        raise InputError(_("Give a file name for the PDF."))
    if letter is None:
        letter = build_letter(store, reference, kind, lang, blocks=blocks, reason=reason, today=today)
    if pdf is None:
        pdf = letter_pdf(letter)
    out_path = Path(out_path)
    write_bytes_atomic(out_path, pdf)
    eml = None
    if eml_path:
        eml = Path(eml_path)
        write_bytes_atomic(eml, make_eml(letter, pdf, out_path.name))
    digest = hashlib.sha256(pdf).hexdigest()
    store.record_letter(letter.reference, kind=letter.kind, language=letter.lang,
                        filename=out_path.name, sha256=digest)
    with MUPDF_LOCK, pymupdf.open("pdf", pdf) as doc:
        pages = doc.page_count
    return ExportResult(out_path, eml, digest, pages, list(letter.warnings))
