"""Plain-text helpers for intake: HTML to text, quoted history, forwards, contact forms.

Everything here works on ``str`` and never raises on odd input; the functions return the
best reading they can make of a mail body.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser

from studio_dsar.core.intake.rxutil import WordRule

# --------------------------------------------------------------------------------------
# HTML to text
# --------------------------------------------------------------------------------------

_BLOCK_TAGS = {
    "p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6",
    "section", "article", "header", "footer", "hr", "pre", "address", "center",
}
_SKIP_TAGS = {"script", "style", "head", "title", "noscript", "template"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.quote_depth = 0

    def _newline(self) -> None:
        self.parts.append("\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag == "blockquote":
            self.quote_depth += 1
            self._newline()
        elif tag in _BLOCK_TAGS:
            self._newline()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag.lower() in _BLOCK_TAGS:
            self._newline()

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag == "blockquote":
            self.quote_depth = max(0, self.quote_depth - 1)
            self._newline()
        elif tag in _BLOCK_TAGS:
            self._newline()

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        data = re.sub(r"[ \t\r\n]+", " ", data)
        if self.quote_depth:
            # Mark text inside <blockquote> like a plain-text quote so it is ignored later.
            if not data.strip():
                return
            self.parts.append("\n> " + data.strip() + "\n")
        else:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Readable text of an HTML body; ``<blockquote>`` content is returned ``>``-quoted."""
    parser = _TextExtractor()
    try:
        parser.feed(markup)
        parser.close()
        text = "".join(parser.parts)
    except Exception:  # noqa: BLE001 - malformed HTML: fall back to stripping tags
        text = html.unescape(re.sub(r"<[^>]*>", " ", markup))
    lines = [ln.strip() for ln in text.replace("\xa0", " ").splitlines()]
    out: list[str] = []
    for ln in lines:
        if not ln and out and not out[-1]:
            continue
        out.append(ln)
    return "\n".join(out).strip()


# --------------------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------------------

_BLANKS_RE = re.compile(r"[ \t\r\f\v]+")
_COMBINING_RE = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def fold(text: str) -> str:
    """Lower case, no diacritics, straight quotes, single spaces: the form rules match on."""
    if not text.isascii():
        text = _COMBINING_RE.sub("", unicodedata.normalize("NFKD", text))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"')
    text = text.replace("\u2013", "-").replace("\u2014", "-").replace("\u2011", "-")
    text = text.lower()
    text = text.replace("ı", "i").replace("\u00df", "ss")  # "heiße", "schließen": the rules spell "heisse", "schliessen"
    return _BLANKS_RE.sub(" ", text)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --------------------------------------------------------------------------------------
# Quoted history, signatures
# --------------------------------------------------------------------------------------

# "On Fri, 9 Feb 2024 at 05:50, Studio <x@y> wrote:" / "Op vr 9 feb. 2024 om 05:50 schreef X:"
# (Gmail sometimes wraps these over two lines).
_ANY = r"[^\n]{0,200}?(?:\n[^\n]{0,200}?)?"  # within one line, or wrapped onto a second
_ATTRIBUTION = (
    r"(?:on\b" + _ANY + r"\bwrote\s*:"
    r"|op\b" + _ANY + r"\bschreef\b[^\n]{0,200}?:"
    r"|op\b" + _ANY + r"\bheeft\b" + _ANY + r"\bgeschreven\s*:"
    r"|le\b" + _ANY + r"\ba [ée]crit\s*:"
    r"|am\b" + _ANY + r"\bschrieb\b[^\n]{0,100}?:)[ \t]*$"
)
_ATTRIBUTION_RE = re.compile(r"^[ \t]*" + _ATTRIBUTION, re.IGNORECASE | re.MULTILINE)
# the same line quoted with the mail under it (some mail programs quote the attribution too), one level deep
_QUOTED_ATTRIBUTION_RE = re.compile(r"^[ \t]*>[ \t]?" + _ATTRIBUTION, re.IGNORECASE | re.MULTILINE)
_ORIGINAL_MSG_RE = re.compile(
    r"^\s*-{2,}\s*(?:original message|oorspronkelijk bericht|origineel bericht|"
    r"urspr[uü]ngliche nachricht|message d'origine)\s*-{2,}\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# An Outlook reply header block: "From: ...\nSent: ..." / "Van: ...\nVerzonden: ..."
_OUTLOOK_REPLY_RE = re.compile(
    r"^\s*(?:\*?from\*?|\*?van\*?|\*?de\*?|\*?von\*?)\s*:.*\n\s*(?:\*?sent\*?|\*?verzonden\*?|\*?date\*?|\*?datum\*?|"
    r"\*?envoy[eé]\*?|\*?gesendet\*?)\s*:",
    re.IGNORECASE | re.MULTILINE,
)
_UNDERSCORE_RULE_RE = re.compile(r"^\s*_{10,}\s*$", re.MULTILINE)


def strip_quoted(text: str) -> str:
    """``text`` without quoted history: ``>`` lines and everything after an attribution line."""
    text = normalise_newlines(text)
    cut = len(text)
    for rx in (_ATTRIBUTION_RE, _ORIGINAL_MSG_RE, _OUTLOOK_REPLY_RE, _UNDERSCORE_RULE_RE):
        for m in rx.finditer(text):
            cut = min(cut, m.start())
            break
    text = text[:cut]
    lines = [ln for ln in text.split("\n") if not ln.lstrip().startswith(">")]
    return "\n".join(lines).strip()


def quoted_reply(text: str) -> tuple[str, list[str]] | None:
    """The mail quoted under a reply in ``text``: who wrote it (the attribution line "On ... <x@y>
    wrote:", or the "From:" value of an Outlook header block, with or without "-----Original
    Message-----" above it) and its lines, each without its "> "; None when no mail is quoted."""
    text = normalise_newlines(text)
    found = [m for m in (rx.search(text) for rx in (_ATTRIBUTION_RE, _ORIGINAL_MSG_RE, _OUTLOOK_REPLY_RE)) if m]
    if not found and (m := _QUOTED_ATTRIBUTION_RE.search(text)):
        # "> Op 8 okt 2026 heeft Daan <d@x> het volgende geschreven:": the attribution quoted along with the mail
        return m.group(0).lstrip(" \t>"), [ln.lstrip()[1:] for ln in text[m.end():].split("\n") if ln.lstrip().startswith(">")]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    if first.re is _ATTRIBUTION_RE:
        return first.group(0), [ln.lstrip()[1:] for ln in text[first.end():].split("\n") if ln.lstrip().startswith(">")]
    lines = text[first.end() if first.re is _ORIGINAL_MSG_RE else first.start():].split("\n")
    headers, i = _parse_header_block(lines)
    sender = next((v for k, v in headers.items() if k in _FROM_KEYS), None)
    if sender is None:
        return None
    return sender, [ln.lstrip()[1:] if ln.lstrip().startswith(">") else ln for ln in lines[i:]]


# A mailing's footer line ("You are receiving this email because you subscribed", "Afmelden voor deze nieuwsbrief",
# "Unsubscribe | Update your preferences", "Cliquez ici pour vous désinscrire", "Newsletter abbestellen"): the
# mail is a mailing, whatever its words offer ("Vraag nu een gratis kopie aan!"). A writer asking to be taken
# off a list writes it as a sentence of their own ("Please unsubscribe me"), never as such a line.
_MAILING_FOOTER_RE = WordRule(  # searched in a whole mail: tries only the alternatives whose words occur
    r"\b(?:you are|you're) receiving this (?:e-?mail|message|newsletter|mailing)|"
    # why the reader gets it ("You receive this e-mail because your business is publicly listed")
    r"\byou (?:receive|received|get) this (?:e-?mail|message|newsletter|mailing) (?:because|as)\b|"
    r"\b(?:je|u) ontvangt (?:deze|dit) (?:e-?mail|mail|nieuwsbrief|bericht)|"
    r"\bvous recevez (?:cet|ce|cette) (?:e-?mail|courriel|message|newsletter|lettre)|"
    r"\bsie erhalten (?:diese[n]?) (?:e-?mail|nachricht|newsletter)|"
    r"\b(?:klik|click|cliquez|klicken sie) (?:hier|here|ici)\b[^\n]{0,30}\b(?:af te melden|uit te schrijven|unsubscribe|"
    r"desinscri\w*|desabonn\w*|abzumelden|abbestellen)|"
    r"\b(?:to|if you (?:no longer )?(?:want|wish) to) (?:stop|no longer) receiv\w* (?:this|these|our) (?:newsletters?|e-?mails?|mails?|mailings?|messages)\b|"
    r"\bom (?:deze|onze) (?:nieuwsbrief|e-?mails?|mails?) niet (?:meer|langer) te ontvangen\b|"
    r"\bpour ne plus recevoir (?:cette|notre|nos|ces) (?:newsletter|lettre|e-?mails?|courriels?|messages?)\b|"
    r"\bum (?:diesen|unseren) newsletter nicht (?:mehr|langer) zu (?:erhalten|empfangen)\b|"
    r"\bupdate (?:your|email) preferences\b|\bmanage (?:your )?(?:subscription|preferences|email settings)\b|"
    r"\bbeheer (?:je|uw) (?:voorkeuren|abonnement|inschrijving)\b|"
    r"\b(?:view|open|bekijk|afficher|ansehen|anzeigen)\b[^\n]{0,30}\b(?:in (?:your|je|uw|de|the) browser|"
    r"dans (?:votre|le) navigateur|im browser)\b|"
    r"^\W*(?:unsubscribe|afmelden|uitschrijven|se desinscrire|se desabonner|desinscription|abmelden|abbestellen)"
    r"(?:\s+(?:from (?:this|our) (?:list|newsletter|mailing)|voor (?:deze|onze) (?:nieuwsbrief|mailing)|"
    r"(?:de|a) (?:cette|notre) (?:newsletter|lettre)|(?:von )?(?:diesem|unserem) newsletter))?\W*(?:\||$)|"
    r"^\W*(?:newsletter|nieuwsbrief) (?:abbestellen|afmelden|opzeggen)\W*$|"
    # the opt-out offered to the reader as a question or a reply code ("Wilt u geen berichten meer ontvangen?
    # Afmelden", "Sie möchten keine weiteren Informationen erhalten? Antworten Sie mit ABMELDEN", "Pour ne plus
    # recevoir nos offres, cliquez ici"): a writer asks for their own opt-out, never offers one
    r"\b(?:wilt u|wil je|wenst u) (?:geen|niet langer|niet meer) (?:\w+ ){0,3}(?:meer )?ontvangen\?|"
    r"\b(?:sie mochten|mochten sie|du mochtest|mochtest du) (?:keine|nicht) (?:\w+ ){0,3}(?:mehr )?(?:erhalten|empfangen|bekommen)\?|"
    r"\b(?:vous ne (?:souhaitez|voulez) plus|ne (?:souhaitez|voulez)-vous plus) recevoir\b[^\n?]{0,40}\?|"
    r"\b(?:no longer (?:want|wish) to receive|(?:don't|do not) want to receive) (?:\w+ ){0,3}(?:e-?mails?|messages?|offers?|"
    r"updates?|newsletters?|mailings?)\?|"
    r"\bpour ne plus recevoir (?:nos|notre|ces|cette|de) (?:\w+ )?(?:offres?|informations?|communications?|actualites)\b|"
    r"\b(?:antworten sie|antworte) mit \W?(?:abmelden|stop)\b|\b(?:reply|respond) with \W?(?:stop|unsubscribe)\b|"
    r"\b(?:antwoord|beantwoord) met \W?(?:stop|afmelden)\b|\brepondez \W?(?:stop|desabonner)\b|"
    # the reply code alone after the offer ("Afmelden? Stuur STOP.", "Unsubscribe? Text STOP", "Abmelden? Senden Sie STOP")
    r"^\W*(?:afmelden|uitschrijven|unsubscribe|opt out|se desinscrire|desinscription|abmelden|abbestellen)\W*\?\W*"
    r"(?:stuur|sms|send|text|reply|envoyez|repondez|senden sie|schicken sie|antworten sie mit) \W?(?:stop|afmelden|unsubscribe|abmelden)\b",
    re.MULTILINE,
)


def mailing_footer(text: str) -> bool:
    """``text`` (folded, without quoted history) carries a mailing's footer line."""
    return bool(_MAILING_FOOTER_RE.search(text))


# An out-of-office notice written in the body only (no Auto-Submitted header, a plain subject): away, and it says
# what happens to the mail that arrived ("I will read your email when I return", "heb geen toegang tot mijn mail",
# "votre message ne sera pas transféré", "Ihre E-Mail wird nicht weitergeleitet"). A writer who mentions a holiday
# in a request says nothing of the sort about the studio's mail.
_AWAY_RE = re.compile(
    r"\b(?:i am|i'm|we are|we're) (?:currently )?(?:out of (?:the )?office|on (?:holiday|vacation|leave)|away|absent)\b|"
    r"\b(?:ik ben|wij zijn|we zijn) (?:momenteel |tot en met |tot )?[^.\n]{0,30}\b(?:afwezig|met vakantie|op vakantie|niet op kantoor|"
    r"niet bereikbaar)\b|"
    r"\b(?:je suis|nous sommes) (?:actuellement )?(?:absente?s?|en (?:conge|vacances|deplacement))\b|"
    r"\b(?:ich bin|wir sind) [^.\n]{0,40}\b(?:abwesend|im urlaub|nicht im buro|ausser haus|nicht erreichbar)\b"
)
_YOUR_MAIL_LATER_RE = re.compile(
    r"\b(?:read|answer|reply to|respond to|deal with|attend to) (?:your|all) (?:e-?mails?|messages?|mail)\b[^.\n]{0,40}"
    r"\b(?:return|back)\b|\b(?:limited|no) access to (?:my )?(?:e-?mails?|mail)\b|"
    r"\byour (?:e-?mail|message) (?:will|has) not been forwarded\b|\byour (?:e-?mail|message) will not be forwarded\b|"
    r"\b(?:uw|je|jouw) (?:e-?mail|mail|bericht) (?:wordt|zal) (?:niet )?(?:na mijn terugkeer |bij terugkomst )?"
    r"(?:niet )?(?:doorgestuurd|gelezen|beantwoord)\b|"
    r"\b(?:geen|beperkt) toegang tot (?:mijn )?(?:e-?mail|mail)\b|\bna (?:mijn|onze) (?:terugkeer|terugkomst)\b|"
    r"\bvotre (?:message|courriel|e-?mail) (?:ne sera pas|sera) (?:transfere|lu|traite)\b|\ba mon retour\b|"
    r"\bihre (?:e-?mail|nachricht) wird (?:nicht )?(?:weitergeleitet|gelesen|bearbeitet)\b|\bnach meiner ruckkehr\b"
)


def away_notice(text: str) -> bool:
    """``text`` (folded, without quoted history) is an out-of-office notice."""
    return bool(_AWAY_RE.search(text) and _YOUR_MAIL_LATER_RE.search(text))


_SIG_RE = re.compile(r"^(?:-- ?|--|__+)$", re.MULTILINE)


def strip_signature(text: str) -> str:
    """Drop a ``-- `` signature block (and anything after it)."""
    m = _SIG_RE.search(text)
    return text[: m.start()].rstrip() if m else text


# --------------------------------------------------------------------------------------
# Forwards
# --------------------------------------------------------------------------------------

_FORWARD_MARKER_RE = re.compile(
    r"^[ \t]*(?:-{2,}[ \t]*(?:forwarded message|doorgestuurd bericht|doorgestuurd e-?mailbericht|"
    r"begin doorgestuurd bericht|weitergeleitete nachricht|message transf[eé]r[eé]|"
    r"original message|oorspronkelijk bericht|origineel bericht|message d'origine|message d’origine|"
    r"urspr[üu]ngliche nachricht)[ \t]*-{2,}"
    r"|begin forwarded message:|begin doorgestuurd bericht:|doorgestuurd bericht:"
    r"|d[ée]but du message r[ée]exp[ée]di[ée][ \t\u00a0]?:|anfang der weitergeleiteten nachricht:)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_FWD_SUBJECT_RE = re.compile(r"^\s*(?:fwd?|fw|doorst|tr|wg|vs|rv)\s*:", re.IGNORECASE)
# French Outlook writes "De :" / "Objet :" with a (no-break) space before the colon
_HEADER_LINE_RE = re.compile(r"^[ \t]*\*?([A-Za-zÀ-ÿ\- ]{1,20}?)\*?[ \t\u00a0\u202f]*:[ \t\u00a0\u202f]*(.*)$")

_FROM_KEYS = {"from", "van", "von", "de", "afzender", "sender"}
_SUBJECT_KEYS = {"subject", "onderwerp", "betreff", "objet", "sujet", "re"}
_DATE_KEYS = {"date", "datum", "sent", "verzonden", "verstuurd", "envoye", "gesendet", "envoye le"}
_TO_KEYS = {"to", "aan", "an", "a", "cc", "bcc", "kopie", "copie", "pour", "importance", "priorite", "wichtigkeit",
            "belangrijkheid"}
_REPLY_TO_KEYS = {"reply-to", "reply to", "antwoord aan", "repondre a", "antwort an"}


@dataclass
class ForwardSplit:
    note: str  # the forwarder's own text above the forwarded part
    headers: dict[str, str] = field(default_factory=dict)  # lower-case key -> value
    body: str = ""

    @property
    def from_value(self) -> str | None:
        for key in self.headers:
            if key in _FROM_KEYS:
                return self.headers[key]
        return None

    @property
    def subject(self) -> str | None:
        for key in self.headers:
            if key in _SUBJECT_KEYS:
                return self.headers[key]
        return None

    @property
    def reply_to_value(self) -> str | None:
        for key in self.headers:
            if key in _REPLY_TO_KEYS:
                return self.headers[key]
        return None


def _parse_header_block(lines: list[str]) -> tuple[dict[str, str], int]:
    """Read "Key: value" lines (allowing blank lines before them); return headers and next index."""
    headers: dict[str, str] = {}
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            break
        m = _HEADER_LINE_RE.match(line)
        if not m:
            if headers and line[:1] in (" ", "\t"):
                last = next(reversed(headers))
                headers[last] += " " + line.strip()
                i += 1
                continue
            break
        key = fold(m.group(1)).strip()  # "Envoyé", "À": compared without accents
        if key not in _FROM_KEYS | _SUBJECT_KEYS | _DATE_KEYS | _TO_KEYS | _REPLY_TO_KEYS:
            break
        headers.setdefault(key, m.group(2).strip())
        i += 1
    return headers, i


def split_forward(text: str, subject: str | None = None) -> ForwardSplit | None:
    """Split an inline-forwarded mail into note, forwarded headers and forwarded body.

    Recognises Gmail (``---------- Forwarded message ---------``), Outlook/Thunderbird
    (``-------- Doorgestuurd bericht --------``, ``-----Original Message-----`` under a
    ``Fwd:``/``Doorst:`` subject), Apple Mail (``Begin forwarded message:``) and a bare
    ``From:/Van:`` header block under a forward subject. Returns None when the text is not a
    forward.
    """
    text = normalise_newlines(text)
    is_fwd_subject = bool(subject and _FWD_SUBJECT_RE.match(subject))
    m = _FORWARD_MARKER_RE.search(text)
    if m:
        marker = m.group(0).lower()
        if any(w in marker for w in ("original", "oorspronkelijk", "origine", "ursprüngliche", "urspr")) \
                and not is_fwd_subject:
            return None  # that is a reply with history, not a forward
        note = text[: m.start()]
        rest = text[m.end():].lstrip("\n").split("\n")
    elif is_fwd_subject:
        # Outlook style: a "From:/Van:" header block after a rule or blank line.
        # (French "De :" with a space or a no-break space before the colon, German "Von:")
        hm = re.search(r"^[ \t]*\*?(?:from|van|von|de)\*?[ \t\u00a0\u202f]*:.*@.*$", text, re.IGNORECASE | re.MULTILINE)
        if not hm:
            return None
        note = text[: hm.start()]
        rest = text[hm.start():].split("\n")
    else:
        return None
    headers, i = _parse_header_block(rest)
    body = "\n".join(rest[i:]).strip()
    note = _UNDERSCORE_RULE_RE.sub("", note).strip()
    if not headers and not body:
        return None
    return ForwardSplit(note=note, headers=headers, body=body)


# --------------------------------------------------------------------------------------
# Website contact forms
# --------------------------------------------------------------------------------------

_FORM_NAME_KEYS = (
    "naam", "name", "your name", "je naam", "uw naam", "jouw naam", "volledige naam",
    "full name", "voor- en achternaam", "voornaam en achternaam", "contactpersoon",
    "nom", "votre nom", "nom complet", "nom et prenom", "prenom et nom", "ihr name", "vollstandiger name",
    # a form that labels the sender ("Van: Ruben Mertens", "Von: ...", "From: ...")
    "van", "afzender", "from", "sender", "von", "absender", "expediteur",
)
_FORM_FIRST_KEYS = ("voornaam", "first name", "firstname", "prenom", "vorname")
_FORM_LAST_KEYS = ("achternaam", "last name", "lastname", "surname", "familienaam", "nom de famille", "nachname")
_FORM_EMAIL_KEYS = (
    "e-mail", "email", "e-mailadres", "emailadres", "e-mail address", "email address",
    "your email", "your e-mail", "je e-mail", "je e-mailadres", "uw e-mail", "uw e-mailadres",
    "jouw e-mailadres", "mail", "mailadres", "courriel", "adresse e-mail", "adresse email", "votre e-mail",
    "votre courriel", "e-mail-adresse", "ihre e-mail", "ihre e-mail-adresse", "adresse electronique",
    "votre adresse e-mail", "votre adresse electronique", "mel", "e-mail adresse", "mailadresse",
)
_FORM_MESSAGE_KEYS = (
    "bericht", "message", "your message", "je bericht", "uw bericht", "jouw bericht",
    "vraag", "je vraag", "uw vraag", "opmerking", "opmerkingen", "toelichting", "comments",
    "comment", "question", "omschrijving", "inhoud", "votre message", "nachricht", "ihre nachricht",
    "mitteilung", "anliegen", "demande", "votre demande",
)
_FORM_SUBJECT_KEYS = ("onderwerp", "subject", "your subject", "je onderwerp", "betreft", "objet", "sujet", "betreff")
_FORM_OTHER_KEYS = (
    "telefoon", "telefoonnummer", "phone", "phone number", "tel", "gsm", "mobiel", "bedrijf",
    "company", "website", "datum", "date", "tijd", "time", "ip", "ip-adres", "ip address",
    "pagina", "page", "url", "referrer", "user agent", "akkoord", "consent", "privacy",
    "adres", "address", "postcode", "woonplaats", "plaats", "city", "land", "country",
    "type shoot", "soort shoot", "shoot", "budget", "telephone", "telefon", "handy", "portable", "ville",
    "stadt", "pays", "societe", "entreprise", "firma", "unternehmen",
)
_FORM_FOOTER_RE = re.compile(
    r"^\s*(?:--\s*$|deze e-?mail is verzonden|this e-?mail was sent|verzonden via|sent via|"
    r"sent from (?:a|the) contact form|verstuurd via|ce message a ete envoye|diese e-?mail wurde)",
    re.IGNORECASE | re.MULTILINE,
)
_NOREPLY_RE = re.compile(
    r"^(?:no-?reply|do-?not-?reply|donotreply|noreply-\w+|ne-?pas-?r[ée]pondre|nepasrepondre|keine-?antwort|"
    r"wordpress|website|webmaster|forms?|formulier|formulaire|contact(?:form)?|kontakt(?:formular)?|"
    r"notifications?|mailer|wix|squarespace|jotform|typeform)"
    r"(?:[+._-][\w.+-]*)?@",
    re.IGNORECASE,
)
_FORM_SUBJECT_RE = re.compile(
    r"contact ?formulier|contact form|form submission|formulier|new submission|nieuw bericht via|"
    r"new message from|nieuwe inzending|website enquiry|webformulier|formulaire de contact|kontaktformular|"
    r"nouveau message|neue nachricht|neue anfrage|kontaktanfrage|demande de contact|"
    r"nouvelle demande (?:de contact|via|depuis)|message (?:depuis|via) (?:le|votre) site|"
    r"formulaire (?:web|en ligne|du site)",
    re.IGNORECASE,
)


@dataclass
class ContactForm:
    name: str | None
    email: str | None
    subject: str | None
    message: str


_LABEL_RE = re.compile(r"^\s*\*?([^:\n]{1,40}?)\*?\s*:\s*(.*)$")


def _field(line: str) -> tuple[str, str] | None:
    """(kind, value) of a "Label: value" form line; kind is name/first/last/email/subject/message/other."""
    m = _LABEL_RE.match(line)
    if not m:
        return None
    label = fold(m.group(1)).strip().rstrip("*").strip()
    value = m.group(2).strip()
    if value.startswith("//"):
        return None  # "... https://example.org": a URL, not a label
    for kind, keys in (("name", _FORM_NAME_KEYS), ("first", _FORM_FIRST_KEYS), ("last", _FORM_LAST_KEYS),
                       ("email", _FORM_EMAIL_KEYS), ("subject", _FORM_SUBJECT_KEYS),
                       ("message", _FORM_MESSAGE_KEYS), ("other", _FORM_OTHER_KEYS)):
        if label in keys:
            return kind, value
    # Labels vary per form plugin ("Vraag/opmerking", "Uw e-mailadres*", "Name (required)")
    if not re.fullmatch(r"[\w '()/.*,-]{1,40}", label):
        return None
    # (German and French forms: "Vor- und Nachname", "Ihre E-Mail-Adresse", "Ihr Anliegen", "Votre adresse électronique",
    # "Nom et prénom", "Précisez votre demande")
    if "mail" in label or re.search(r"courriel|electronique", label):
        return "email", value
    if re.search(r"vor- ?(?:und|&|/) ?(?:nach|zu)name|name,? vorname|nom (?:et|/|,) ?prenom|prenom (?:et|/|,) ?nom|nom complet", label):
        return "name", value
    if re.search(r"voornaam|first ?name|vorname|prenom", label):
        return "first", value
    if re.search(r"achternaam|familienaam|last ?name|surname|nachname|familienname|zuname|nom de famille", label):
        return "last", value
    if re.search(r"\bnaam\b|\bname\b|\bnom\b", label) \
            and not re.search(r"bedrijf|company|user|gebruiker|business|firma|unternehmen|entreprise|societe", label):
        return "name", value
    if re.search(r"onderwerp|subject|betreft|betreff|objet|sujet", label):
        return "subject", value
    if re.search(r"bericht|message|vraag|opmerking|comment|toelichting|question|inhoud|omschrijving|verzoek|"
                 r"nachricht|mitteilung|anliegen|anfrage|kommentar|bemerkung|demande|commentaire|remarque|precision", label):
        return "message", value
    if re.search(r"telefoon|phone|gsm|mobiel|adres|address|datum|date|website|bedrijf|company|"
                 r"telefon|handy|mobil|portable|strasse|plz|postleitzahl|code postal|ville|firma|entreprise|societe", label):
        return "other", value
    return None


def looks_like_form_sender(address: str | None, subject: str | None) -> bool:
    return bool((address and _NOREPLY_RE.match(address)) or (subject and _FORM_SUBJECT_RE.search(subject)))


def parse_contact_form(text: str) -> ContactForm | None:
    """Fields of a website contact-form notification, or None if ``text`` is not one."""
    text = normalise_newlines(text)
    values: dict[str, str | None] = {}
    message_lines: list[str] | None = None
    seen_labels = 0
    for line in text.split("\n"):
        if message_lines is not None:
            if _FORM_FOOTER_RE.match(line):
                break
            message_lines.append(line)
            continue
        field_ = _field(line)
        if field_ is None:
            continue
        kind, value = field_
        seen_labels += 1
        if kind == "message":
            message_lines = [value] if value else []
        elif kind == "email":
            found = re.search(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", value)
            values.setdefault("email", found.group(0) if found else None)
        elif kind == "subject":
            values.setdefault("subject", value if value not in ("-", "") else None)
        elif kind != "other":
            values.setdefault(kind, value or None)
    name = values.get("name")
    if name and (addr := re.match(r"^\s*\"?([^<\"]*?)\"?\s*<([^<>@\s]+@[^<>\s]+)>\s*$", name)):
        name = addr.group(1).strip() or None  # "Van: Nathalie Cools <nathalie.cools@example.be>"
        values.setdefault("email", addr.group(2))
        if values.get("email") is None:
            values["email"] = addr.group(2)
    first = values.get("first")
    if name and first and " " not in name.strip() and first.lower() not in name.lower():
        name = f"{first} {name}"  # "Nom : Dupont" beside "Prénom : Marie", "Name: Muster" beside "Vorname: Max"
    if not name and (first or values.get("last")):
        name = " ".join(p for p in (first, values.get("last")) if p)
    email = values.get("email")
    if seen_labels < 2 or not (email or name):
        return None
    message = "\n".join(message_lines or []).strip()
    return ContactForm(name=name, email=email, subject=values.get("subject"), message=message)


# --------------------------------------------------------------------------------------
# Signatures: a name under a closing line
# --------------------------------------------------------------------------------------

# German and French closings, in the forms writers vary them ("Mit besten Grüßen", "Danke und Gruß", "Beste Grüße
# aus Köln", "Hochachtungsvoll"; "Sincères salutations", "Très cordialement", "Bonne journée", "Je vous prie
# d'agréer ... mes salutations distinguées."); shared with the signature reading in :mod:`senders`
CLOSING_DE_FR = (
    r"(?:(?:danke|vielen dank|besten dank|herzlichen dank)(?: im voraus| vorab)?(?: und|,| &) )?"
    r"(?:mit )?(?:den |vielen |herzlichen |freundlichen |besten |lieben |sonnigen |sch[o\u00f6]nen |freundlichem |herzlichem |"
    r"bestem |liebem |viele |liebe |beste |herzliche |freundliche |sch[o\u00f6]ne |sonnige )?gr[u\u00fc](?:\u00df|ss)(?:e|en)?"
    r"(?: aus [\w.-]+)?|hochachtungsvoll|herzlichst|alles gute|bis bald|tsch[u\u00fc]ss|"
    r"(?:bien |tr[e\u00e8]s |tr[e\u00e8]s bien )?cordialement|bien [a\u00e0] (?:vous|toi)|"
    r"(?:mes |nos )?(?:sinc[e\u00e8]res |meilleures |respectueuses |cordiales )?salutations(?: distingu[e\u00e9]es| respectueuses| cordiales)?|"
    r"respectueusement|amicalement|amiti[e\u00e9]s|(?:bonne|belle) (?:journ[e\u00e9]e|soir[e\u00e9]e|fin de journ[e\u00e9]e|semaine)|"
    r"merci(?: beaucoup| bcp| d'avance| par avance| encore)?(?: et (?:bonne|belle) (?:journ[e\u00e9]e|soir[e\u00e9]e))?|"
    r"en vous remerciant(?: (?:par |d')avance)?|avec (?:mes|tous mes) remerciements|[a\u00e0] bient[o\u00f4]t|bisous|"
    r"(?:je vous prie|veuillez|recevez|nous vous prions)\b[^\n]{0,160}?\b(?:salutations|sentiments|consid[e\u00e9]ration|respect)\b"
    r"[^\n]{0,40}?"
)

_CLOSING_RE = re.compile(
    r"^\s*(?:" + CLOSING_DE_FR + r"|(?:met )?(?:vriendelijke|hartelijke|beste|lieve|warme|zonnige)?\s*(?:groet(?:en|jes)?|"
    r"mvg|m\.v\.g\.|gr\.?|kind regards|best regards|warm regards|regards|best wishes|best|"
    r"cheers|thanks|thank you|many thanks|thx|sincerely|yours sincerely|yours faithfully|"
    r"bedankt|alvast bedankt|dank je wel|dank u wel|dankjewel|dank u|dank|hoogachtend|"
    r"vriendelijke groet(?:en)?|groetjes|tot ziens|all the best|kindest regards|"
    r"cordialement|bien cordialement|bien [aà] vous|salutations(?: distingu[eé]es)?|sinc[eè]res salutations|"
    r"merci(?: beaucoup| d'avance)?|mit freundlichen gr[uü](?:ß|ss)en|freundliche gr[uü](?:ß|ss)e|"
    r"viele gr[uü](?:ß|ss)e|liebe gr[uü](?:ß|ss)e|beste gr[uü](?:ß|ss)e|herzliche gr[uü](?:ß|ss)e|"
    r"gr[uü](?:ß|ss)e|mfg|lg|vielen dank|danke(?: sch[oö]n)?))\s*[,.!]?\s*$",
    re.IGNORECASE,
)
_NAME_LINE_RE = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|van|de|der|den|het|ten|ter|la|le|du|el|al|'t|von|d'|o')"
    r"(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|van|de|der|den|het|ten|ter|la|le|du|el|al|'t|von)){0,4}$"
)


def signature_name(text: str) -> str | None:
    """The name written under a closing ("Groeten,", "Kind regards,") near the end of ``text``."""
    lines = [ln.strip() for ln in normalise_newlines(text).split("\n")]
    for i in range(len(lines) - 1, -1, -1):
        if _CLOSING_RE.match(lines[i]):
            for cand in lines[i + 1: i + 3]:
                if not cand:
                    continue
                if len(cand) <= 60 and _NAME_LINE_RE.match(cand) and not re.search(r"\d|@", cand):
                    return cand
                break
            break
    return None
