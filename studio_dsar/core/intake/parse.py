"""From the bytes of one ``.eml``/``.msg`` file to an :class:`IntakeRecord`.

Who is the requester?
  * a website contact-form notification (``noreply@`` sender, "Naam:/E-mail:" fields): the
    person in the form;
  * a forwarded mail (inline Gmail/Outlook/Apple forward, or forwarded as an attached
    ``message/rfc822``): the original sender inside, not the colleague who forwarded it;
  * otherwise ``Reply-To`` when it differs from ``From`` (someone writing from a work
    account asking for the answer at home), else ``From``.
An address or name *inside* the request text (a new address in a rectification request) is
never taken as the requester.

Which text is classified? Only the requester's own words: quoted history (``>`` lines,
"Op ... schreef:", "On ... wrote:", Outlook header blocks), forward headers, form labels,
signatures and legal disclaimers are removed first.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_tz
from pathlib import Path
from typing import Any

from studio_dsar.core.errors import InputError
from studio_dsar.core.i18n import _
from studio_dsar.core.intake import attachments as att_rules
from studio_dsar.core.intake import senders
from studio_dsar.core.intake.classify import Classification, decide_request, detect_language, detect_rights
from studio_dsar.core.intake.language import language_scores
from studio_dsar.core.intake.mime import MailContent, decode_header_value, looks_like_mail, parse_address, parse_eml_bytes
from studio_dsar.core.intake.msg import is_ole, parse_msg_bytes
from studio_dsar.core.intake.record import AttachmentMeta, IntakeRecord
from studio_dsar.core.intake.text import (
    fold,
    away_notice,
    looks_like_form_sender,
    mailing_footer,
    parse_contact_form,
    quoted_reply,
    signature_name,
    split_forward,
    strip_quoted,
    strip_signature,
)

# No mail service delivers a mail above ~35 MB (25 MB of attachments, base64-encoded); reading
# one takes about seven times its size in memory, so the cap keeps a laptop responsive.
MAX_FILE_BYTES = 40 * 1024 * 1024
MAX_FILE_MB = MAX_FILE_BYTES // (1024 * 1024)
MAX_TEXT_CHARS = 60_000  # the requester's words that are classified; a request is a page or two

# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------

_EXTRA_ZONES = {
    "CET": 1, "CEST": 2, "MET": 1, "MEST": 2, "MEZ": 1, "MESZ": 2, "WET": 0, "WEST": 1,
    "EET": 2, "EEST": 3, "BST": 1, "UTC": 0, "UT": 0, "GMT": 0, "Z": 0,
}
_RFC822_ZONES = {"UT", "UTC", "GMT", "Z", "AST", "ADT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT"}


def parse_date(value: str | None) -> tuple[str | None, str | None]:
    """(ISO 8601 with the header's own offset, flag). Flag: date_missing/date_unparseable/date_no_offset."""
    if value is None or not value.strip():
        return None, "date_missing"
    raw = re.sub(r"\([^)]*\)", " ", value).strip()  # "(CET)" comments
    try:
        parts = parsedate_tz(raw)
    except Exception:  # noqa: BLE001
        parts = None
    if not parts:
        return None, "date_unparseable"
    year, month, day, hour, minute, second = parts[:6]
    offset = parts[9]
    flag = None
    zone = raw.split()[-1].upper() if raw.split() else ""
    if re.fullmatch(r"\d{1,2}:\d{2}(?::\d{2})?", zone):
        offset = None  # no zone at all
    elif zone.isalpha():
        # parsedate_tz knows only the US zone names and reads any other name as UTC
        if zone in _EXTRA_ZONES:
            offset = _EXTRA_ZONES[zone] * 3600
        elif zone not in _RFC822_ZONES:
            offset = None
    if offset is None:
        flag = "date_no_offset"
    if year < 100:  # two-digit years (RFC 822): 00-49 -> 20xx, 50-99 -> 19xx
        year += 2000 if year < 50 else 1900
    try:
        if offset is None:
            from studio_dsar.core.deadlines import STUDIO_TZ

            dt = datetime(year, month, day, hour, minute, second, tzinfo=STUDIO_TZ)
        else:
            if abs(offset) >= 24 * 3600:
                return None, "date_unparseable"
            dt = datetime(year, month, day, hour, minute, second,
                          tzinfo=timezone(timedelta(seconds=offset)))
    except (ValueError, OverflowError):
        return None, "date_unparseable"
    if not (1990 <= dt.year <= 2100):
        return None, "date_unparseable"
    return dt.isoformat(), flag


def _fallback_time(mtime: float | None) -> str | None:
    if mtime is None:
        return None
    try:
        return datetime.fromtimestamp(mtime).astimezone().isoformat(timespec="seconds")
    except (OverflowError, OSError, ValueError):
        return None


# --------------------------------------------------------------------------------------
# Non-requests by their headers
# --------------------------------------------------------------------------------------

_AUTO_SUBJECT_RE = re.compile(
    r"^\s*(?:automatic reply|auto(?:matic)?[- ]?reply|autoreply|out of (?:the )?office|ooo\b|"
    r"automatisch antwoord|automatisch bericht|afwezig|afwezigheid|niet op kantoor|abwesenheit|"
    r"r[ée]ponse automatique|absence|absent(?:e)? du bureau|message d'absence|automatische antwort|"
    r"vakantie ?melding|on vacation|away from)",
    re.IGNORECASE,
)


def auto_or_bulk(content: MailContent) -> str | None:
    """'auto_reply' or 'bulk' when the headers say so (RFC 3834, list/bulk mail), else None."""
    h = content.header
    auto = (h("auto-submitted") or "").strip().lower()
    if auto and auto != "no":
        return "auto_reply"
    if h("x-autoreply") or h("x-autorespond") or _AUTO_SUBJECT_RE.match(h("subject") or ""):
        return "auto_reply"
    if (h("precedence") or "").strip().lower() in ("bulk", "list", "junk", "auto_reply"):
        return "bulk"
    if h("list-unsubscribe") or h("list-id") or h("x-mailchimp-campaign") or h("x-campaign") \
            or h("x-mc-user") or h("x-campaignid"):
        return "bulk"
    return None


def _kind_from_words(origin: _Origin) -> str | None:
    """'auto_reply' or 'bulk' when the mail's own words say so, though its headers do not (an out-of-office
    notice or a mailing whose headers were lost in a forward or an export), else None."""
    if origin.channel != "email":
        return None
    own = fold(strip_quoted(origin.raw_text))
    if away_notice(own):
        return "auto_reply"
    return "bulk" if mailing_footer(own) else None


# --------------------------------------------------------------------------------------
# Text cleanup before classification
# --------------------------------------------------------------------------------------

_BOILERPLATE_RE = re.compile(
    r"onterecht ontvangen|ten onrechte ontvangen|abusievelijk ontvangen|per abuis ontvangen|"
    r"uitsluitend bestemd voor|alleen bestemd voor de geadresseerde|received this (?:e-?mail|message) in error|"
    r"intended (?:solely |only )?for the (?:use of the )?(?:addressee|recipient|individual)|"
    r"(?:you are|you're) receiving this (?:e-?mail|message|newsletter)|je ontvangt deze (?:e-?mail|mail|nieuwsbrief)|"
    r"u ontvangt deze (?:e-?mail|mail|nieuwsbrief)|"
    r"(?:klik|click) (?:hier|here) (?:om|to) (?:je |u |you )?(?:af te melden|uit te schrijven|unsubscribe)|"
    r"wil je (?:deze|onze) (?:e-?mails?|nieuwsbrief|mails) niet (?:meer|langer) ontvangen|"
    r"wilt u (?:deze|onze) (?:e-?mails?|nieuwsbrief|mails) niet (?:meer|langer) ontvangen|"
    r"don't want to receive these|no longer wish to receive these|update your preferences|"
    r"manage (?:your )?(?:subscription|preferences)|beheer je (?:voorkeuren|abonnement)|"
    r"sent from my (?:iphone|ipad|android|samsung)|verzonden (?:vanaf|met) mijn (?:iphone|ipad|android|samsung)",
    re.IGNORECASE,
)


def _drop_boilerplate(text: str) -> str:
    """Remove lines with legal disclaimers or newsletter footers (they talk about deleting mail)."""
    out = []
    for line in text.split("\n"):
        if _BOILERPLATE_RE.search(line):
            continue
        out.append(line)
    return "\n".join(out)


def request_text(raw: str) -> str:
    """The requester's own words in ``raw``: no quoted history, signature or disclaimers."""
    return _drop_boilerplate(strip_signature(strip_quoted(raw[: 4 * MAX_TEXT_CHARS])))[:MAX_TEXT_CHARS].strip()


_UNSTORABLE_RE = re.compile("[\x00\ud800-\udfff]")


def _storable(value: Any) -> Any:
    """Text that any encoder and SQLite accept: no lone surrogates, no NUL."""
    if isinstance(value, str):
        return _UNSTORABLE_RE.sub("\ufffd", value) if _UNSTORABLE_RE.search(value) else value
    if isinstance(value, list):
        return [_storable(v) for v in value]
    if isinstance(value, dict):
        return {_storable(k): _storable(v) for k, v in value.items()}
    return value


def sanitise_record(record: IntakeRecord) -> IntakeRecord:
    """Make every text field of ``record`` storable (a mail may carry any bytes)."""
    for f in fields(record):
        setattr(record, f.name, _storable(getattr(record, f.name)))
    for a in record.attachments:
        a.filename = str(_storable(a.filename) or "attachment")
        a.content_type = str(_storable(a.content_type) or "application/octet-stream")
    return record


# --------------------------------------------------------------------------------------
# Analysis of one (possibly inner) mail
# --------------------------------------------------------------------------------------

@dataclass
class _Origin:
    name: str | None
    email: str | None
    text: str  # the requester's words, cleaned
    raw_text: str  # the same before cleaning (for the signature)
    channel: str = "email"
    flags: list[str] = field(default_factory=list)
    subject: str | None = None


def _classify_text(text: str, subject: str | None) -> list[str]:
    return detect_rights(_with_subject(text, subject)).rights


def _with_subject(text: str, subject: str | None) -> str:
    """Own subject lines count as the requester's words; "Re:"/"Fwd:" subjects do not."""
    if subject and not re.match(r"^\s*(?:re|aw|antw|sv|fwd?|fw|doorst|tr|wg)\s*:", subject, re.IGNORECASE):
        return subject.strip() + ".\n\n" + text
    return text


def _subject_copy_is_the_export(c: Classification, own_words: str, text: str) -> None:
    """A subject that asks for a copy ("copy of my client record") over a body that asks for the data exported in a
    format to reuse is the title of that one request: portability, no access of its own. Access read in the body
    as well (what is held, to whom it went) stays."""
    if "access" not in c.evidence or "portability" not in c.evidence or own_words == text:
        return
    subject = fold(own_words[: len(own_words) - len(text)]).strip(" .\n")
    if subject and all(fold(e).strip(" .\n") == subject for e in c.evidence["access"]):
        del c.evidence["access"]
        c.rights = [r for r in c.rights if r != "access"]


def _own_origin(content: MailContent) -> _Origin:
    from_name, from_addr = parse_address(content.header("from"))
    name, addr = from_name, from_addr
    flags: list[str] = []
    rt_name, rt_addr = parse_address(content.header("reply-to"))
    if rt_addr and from_addr and rt_addr.lower() != from_addr.lower() \
            and not looks_like_form_sender(rt_addr, None):
        addr = rt_addr
        name = rt_name or from_name
        flags.append("reply_to_used")
    elif rt_addr and not from_addr:
        name, addr = rt_name, rt_addr
    raw = content.text
    return _Origin(name, addr, request_text(raw), raw, "email", flags, content.header("subject"))


def _analyse(content: MailContent, depth: int = 0) -> _Origin:
    """The requester and their text for ``content``, following forms and forwards."""
    subject = content.header("subject")
    _from_name, from_addr = parse_address(content.header("from"))

    # 1. Website contact form
    if looks_like_form_sender(from_addr, subject):
        form = parse_contact_form(content.text)
        # a person's own letter with "Name:/E-mail:" lines under a form-like subject is no form
        if form is not None and (form.message or looks_like_form_sender(from_addr, None)):
            rt_name, rt_addr = parse_address(content.header("reply-to"))
            addr = form.email or (rt_addr if rt_addr and not looks_like_form_sender(rt_addr, None) else None)
            text = request_text(form.message)
            return _Origin(form.name or rt_name, addr, text, form.message, "contact_form",
                           ["contact_form"], form.subject)

    own = _own_origin(content)

    # 2. Inline forward
    fwd = split_forward(content.text, subject)
    if fwd is not None and depth < 3:
        inner_name, inner_addr = parse_address(fwd.from_value)
        inner_text = request_text(fwd.body)
        note_text = request_text(fwd.note)
        inner_rights = _classify_text(inner_text, fwd.subject)
        note_rights = _classify_text(note_text, None)
        # a forwarded mailing (a newsletter, an offer) is no one's request: only the note can be
        mailing = mailing_footer(fold(strip_quoted(fwd.body)))
        if inner_addr and not mailing and (inner_rights or not note_rights):
            # A forwarded contact form: the person in the form
            if looks_like_form_sender(inner_addr, fwd.subject):
                form = parse_contact_form(fwd.body)
                if form is not None and (form.email or form.name):
                    return _Origin(form.name, form.email, request_text(form.message), form.message,
                                   "contact_form", ["forwarded", "contact_form"], form.subject)
            fwd_flags = ["forwarded"]
            rt_name, rt_addr = parse_address(fwd.reply_to_value)
            if rt_addr and rt_addr.lower() != inner_addr.lower() and not looks_like_form_sender(rt_addr, None):
                inner_name, inner_addr = rt_name or inner_name, rt_addr  # the forwarded mail's own Reply-To
                fwd_flags.append("reply_to_used")
            return _Origin(inner_name, inner_addr, inner_text, fwd.body, "email", fwd_flags, fwd.subject)
        own.text = note_text or own.text

    # 3. Forward as attachment (message/rfc822)
    inner_msgs = content.inner_messages
    if inner_msgs and depth < 3:
        own_rights = _classify_text(own.text, None)
        fwd_subject = bool(subject and re.match(r"^\s*(?:fwd?|fw|doorst|tr|wg)\s*:", subject, re.IGNORECASE))
        if fwd_subject or not own_rights:
            for inner in inner_msgs:
                origin = _analyse(inner, depth + 1)
                if origin.email and (_classify_text(origin.text, origin.subject) or fwd_subject):
                    origin.flags = ["forwarded", *[f for f in origin.flags if f != "forwarded"]]
                    return origin
    return own


# --------------------------------------------------------------------------------------
# Public entry points
# --------------------------------------------------------------------------------------

def source_key_for(message_id: str | None, data: bytes) -> str:
    """Dedup key: the Message-ID when there is one, else a SHA-256 of the raw bytes."""
    if message_id:
        return "message-id:" + message_id
    return "sha256:" + hashlib.sha256(data).hexdigest()


def _clean_message_id(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    m = re.search(r"<([^<>]+)>", value)
    value = (m.group(1) if m else value).strip()
    return value or None


def _clean_name(name: str | None) -> str | None:
    if not name:
        return None
    name = re.sub(r"\s+", " ", name).strip().strip('"').strip("'").strip("*_").strip()
    name = _EMOTICONS_RE.sub("", name)  # "lotte <3", "Sam :)": a heart or a smile is no part of the name
    if not name or "@" in name or not re.search(r"[^\W\d_]", name):
        return None
    # forms of address and professions are no part of the name ("mr. R.J. Brandsma", "Maître Hélène Dasnoy",
    # "RA Dr. Stefan Mühlhaus" -> "Dr. Stefan Mühlhaus"); academic degrees are
    name = _TITLES_RE.sub("", name).strip() or name
    # "Dubois, Inès" is how some address books write it; keep as written
    return name


_EMOTICONS_RE = re.compile(r"(?:\s*(?:<3+|[:;]-?[)(DP]|\u2665|\u2764\ufe0f?)|\s+xx+)+\s*$")
_TITLES_RE = re.compile(
    r"^(?:(?:mr|mrs|ms|mevr|mw|dhr|me|mme|mlle)\.?\s+|(?:ma[i\u00ee]tre|ra|rain|rechtsanw[a\u00e4]lt(?:in)?|"
    r"herr|frau|advocaat|avocat(?:e)?|miss|madame|monsieur|mevrouw|meneer)\s+)+",
    re.IGNORECASE,
)


def _own_quoted_request(raw: str, address: str | None, language: str) -> Classification | None:
    """The reading of the writer's own earlier mail quoted in ``raw`` ("On ... <me@x> wrote:", or an
    Outlook "From: me" block), when it asked for a right; else None."""
    if not address:
        return None
    reply = quoted_reply(raw)
    if reply is None or address.lower() not in reply[0].lower():
        return None
    quoted = detect_rights(request_text("\n".join(reply[1])), language)
    return quoted if quoted.rights else None


# a short yes to what the studio offered in the quoted mail ("Ja graag, doe maar allebei.", "Yes please, go ahead.",
# "Oui volontiers.", "Ja gerne, beides."): the offer is what the writer asks for
_ACCEPTANCE_RE = re.compile(
    r"^\W*(?:ja|jawel|yes|yep|oui|graag|prima|ok|oke|okay|akkoord|volontiers|gerne|d'accord|sure|please do)\b"
    r"[^.?!]{0,60}\b(?:graag|please|volontiers|gerne|doe maar|doen maar|go ahead|allebei|beide|beides|both|les deux|allemaal|"
    r"alles|all of it|tout|bitte|s'il vous plait|svp|aub|do it|do that|doe dat)\b"
)
_OFFER_RE = re.compile(
    r"\b(?:wil je|wilt u|willen jullie|zullen we|zal ik|moeten we|shall we|should we|would you like (?:us|me) to|"
    r"do you want (?:us|me) to|souhaitez-vous|voulez-vous (?:que|qu')|desirez-vous|mochten sie|sollen wir|wollen sie|mochtest du|"
    r"sollen wir)\b"
)


def _accepted_offer(own: str, raw: str, address: str | None) -> str:
    """The studio's offer a short yes in ``own`` accepts: the questions of the quoted mail that offer to
    do something ("Wil je dat we je een overzicht sturen ...?"); "" when the writer does not just say yes
    to an offer, or the quoted mail is the writer's own."""
    folded = fold(own)
    if len(folded.split()) > 15 or not _ACCEPTANCE_RE.search(folded):
        return ""
    reply = quoted_reply(raw)
    if reply is None or (address and address.lower() in reply[0].lower()):
        return ""
    quoted = " ".join(ln.strip() for ln in reply[1])
    offers = [q for q in re.split(r"(?<=[.!?])\s+", quoted) if q.rstrip().endswith("?") and _OFFER_RE.search(fold(q))]
    return "\n".join(offers)


def _longer(body: str, subject: str) -> str:
    """Of a mail with no words of the writer's own (a bounce, a bare forward), the text that tells its language: the
    body (the delivery report, the forwarded mail) when it has more words of one language than the subject has words."""
    return body if max(language_scores(body).values()) > len(subject.split()) else (subject or body)


def build_record(content: MailContent, data: bytes, filename: str, *, mtime: float | None = None) -> IntakeRecord:
    """Classify and extract everything from a parsed mail."""
    record = _build_record(content, data, filename, mtime=mtime)
    record.snapshot()
    return record


def _build_record(content: MailContent, data: bytes, filename: str, *, mtime: float | None = None) -> IntakeRecord:
    flags: list[str] = []
    origin = _analyse(content)
    for f in origin.flags:
        if f not in flags:
            flags.append(f)
    subject = content.header("subject")
    lang_text = origin.text or _longer(content.text, _with_subject("", origin.subject))
    language = detect_language(lang_text) if lang_text.strip() else "nl"
    own_words = _with_subject(origin.text, origin.subject)
    classification = detect_rights(own_words, language)
    _subject_copy_is_the_export(classification, own_words, origin.text)
    kind = auto_or_bulk(content) or _kind_from_words(origin)
    if kind:
        flags.append(kind)

    name = _clean_name(senders.requester_name(_clean_name(origin.name), strip_quoted(origin.raw_text)))
    if not name and origin.email:
        sig = signature_name(strip_quoted(origin.raw_text)) or senders.signature_only_name(strip_quoted(origin.raw_text),
                                                                                          origin.email) \
            or senders.introduced_name(strip_quoted(origin.raw_text))
        name = _clean_name(sig)
    email_addr = origin.email.strip() if origin.email else None

    if not classification.rights and (offer := _accepted_offer(origin.text, origin.raw_text, email_addr)) \
            and (accepted := detect_rights(offer, language)).rights:
        classification = accepted  # "Ja graag, doe maar allebei." to "Wil je dat we je een overzicht sturen ...?"
        flags.append("accepted_offer")
    own_quote = _own_quoted_request(origin.raw_text, email_addr, language)
    quoted_own = own_quote is not None
    if own_quote is not None and not classification.rights:
        # "Any news on this?" above the writer's own earlier mail: the right asked for is the one in that mail
        # (its sentences are the evidence)
        classification = own_quote
    special = senders.detect(own_words, name, email_addr, quoted_own_request=quoted_own,
                             asking=[s for sentences in classification.evidence.values() for s in sentences])
    is_dsar, decision_flags = decide_request(classification, bulk=kind is not None, follow_up=special.follow_up,
                                             quoted_own_request=quoted_own)
    flags += decision_flags
    rights = classification.rights if is_dsar else []
    subject_name = name
    requester_email = email_addr
    if is_dsar and (named := senders.named_data_subject(origin.text, email_addr)):
        # "mevrouw Esra Yilmaz (esra.yilmaz@...) heeft ons laten weten ...": the request passed on is hers
        subject_name, requester_email = named
        if not special.representative:
            special.representative = {"name": name, "email": email_addr, "relation": "other"}
        special.subject_name = subject_name
    if is_dsar and special.representative:
        flags.append("representative")
        if special.subject_name:
            subject_name = special.subject_name
            if "forwarded" not in origin.flags and origin.channel == "email" and senders.points_at_copy(fold(origin.text)) \
                    and (in_copy := senders.subject_address_in_copy(
                    senders.copy_addresses(decode_header_value(content.header("cc") or "")), subject_name, email_addr)):
                requester_email = in_copy  # the data subject's own address in Cc (see senders.subject_address_in_copy)
    if is_dsar and special.processor:
        flags.append("processor")
    if is_dsar and special.follow_up:
        flags.append("follow_up")
    if is_dsar and not email_addr:
        flags.append("requester_email_missing")

    received, date_flag = parse_date(content.header("date"))
    if date_flag:
        flags.append(date_flag)
    fallback = _fallback_time(mtime) if received is None else None

    mentions_id = att_rules.text_mentions_id(origin.text + "\n" + content.text)
    id_flags = att_rules.flag_id_documents(
        [(a.filename, a.content_type, a.data, a.inner is not None) for a in content.attachments],
        text_mentions_id=mentions_id and is_dsar)
    metas = []
    for a, is_id in zip(content.attachments, id_flags, strict=True):
        metas.append(AttachmentMeta(
            filename=a.filename,
            content_type=a.content_type,
            size=a.size,
            is_id_document=is_id,
            inline=a.inline,
            decorative=a.inline and att_rules.is_decoration(a.filename, a.content_type, a.data),
        ))
    # Mail order, with decorations (signature logos, icons in the HTML) moved to the end.
    metas.sort(key=lambda m: m.decorative)
    if any(m.is_id_document for m in metas):
        flags.append("id_document_attached")

    message_id = _clean_message_id(content.header("message-id"))
    return sanitise_record(IntakeRecord(
        file=filename,
        is_dsar=is_dsar,
        rights=rights,
        language=language,
        requester_name=subject_name if is_dsar else None,
        requester_email=requester_email if is_dsar else None,
        received=received,
        attachments=metas,
        subject=subject,
        message_id=message_id,
        source_key=source_key_for(message_id, data),
        flags=flags,
        received_fallback=fallback,
        channel=origin.channel,
        sender_name=name,
        sender_email=email_addr,
        evidence=classification.evidence if is_dsar else {},
        representative=special.representative if is_dsar else None,
        processor=special.processor and is_dsar,
        follow_up=special.follow_up and is_dsar,
        body=content.text[:MAX_TEXT_CHARS],
        content=content,
    ))


def _too_large(name: str) -> str:
    return _("“{name}” is larger than {mb} MB, more than any mail service delivers; save the mail "
             "without its attachments and import that.").format(name=name, mb=MAX_FILE_MB)


def read_content(data: bytes, name: str) -> MailContent:
    """The parsed mail (``.msg`` or ``.eml``), before any classification. Raises InputError
    (translated) when it is not a mail."""
    if is_ole(data):
        return parse_msg_bytes(data, name)
    content = parse_eml_bytes(data)
    if not looks_like_mail(content):
        if name.lower().endswith(".msg"):
            raise InputError(_("“{name}” is not an Outlook message file.").format(name=name))
        raise InputError(_("“{name}” is not an e-mail (no mail headers found).").format(name=name))
    return content


def parse_bytes(data: bytes, filename: str, *, mtime: float | None = None) -> IntakeRecord:
    """Read one mail held in memory. Raises :class:`InputError` (translated) when it is not one."""
    name = Path(filename).name or filename
    if not isinstance(data, (bytes, bytearray)):
        raise InputError(_("“{name}” could not be read.").format(name=name))
    data = bytes(data)
    if not data.strip():
        raise InputError(_("“{name}” is empty.").format(name=name))
    if len(data) > MAX_FILE_BYTES:
        raise InputError(_too_large(name))
    try:
        return build_record(read_content(data, name), data, name, mtime=mtime)
    except InputError:
        raise
    except (RecursionError, MemoryError):
        raise InputError(_("“{name}” is too complex to read.").format(name=name)) from None
    except Exception:  # noqa: BLE001 - never crash on a mail; say which file it was
        raise InputError(_("“{name}” could not be read as an e-mail.").format(name=name)) from None


def parse_file(path: str | Path) -> IntakeRecord:
    """Read one ``.eml``/``.msg`` file. Raises :class:`InputError` when it cannot be used."""
    p = Path(path)
    try:
        st = p.stat()
        if not p.is_file():
            raise InputError(_("“{name}” is not a file.").format(name=p.name))
        if st.st_size > MAX_FILE_BYTES:
            raise InputError(_too_large(p.name))
        data = p.read_bytes()
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError(_("“{name}” does not exist.").format(name=p.name)) from None
    except PermissionError:
        raise InputError(_("“{name}” cannot be opened: permission denied.").format(name=p.name)) from None
    except OSError:
        raise InputError(_("“{name}” could not be read.").format(name=p.name)) from None
    return parse_bytes(data, p.name, mtime=st.st_mtime)
