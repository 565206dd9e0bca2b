"""Read a mail (``.eml`` bytes) into a neutral :class:`MailContent`.

Uses the stdlib :mod:`email` package with ``policy.default`` but never trusts it blindly:
every header access and every payload decode is guarded, so broken input degrades to
"less information" instead of an exception. Attachment payloads are only held in memory
for the heuristics in :mod:`studio_dsar.core.intake.attachments`; nothing is written to disk.
"""

from __future__ import annotations

import email
import email.header
import re
from dataclasses import dataclass, field, replace
from email import policy
from email.message import Message
from typing import Any

from studio_dsar.core.intake.text import html_to_text, normalise_newlines

MAX_LINE_BYTES = 64 * 1024  # longer lines are cut: no real mail has them
MAX_HEADER_CHARS = 16 * 1024  # one header value; longer ones are cut
MAX_HEADERS = 2000  # headers read per part
# after a newline: tried at each newline only, not at every byte (which was quadratic: over five
# seconds on a 36 MB mail), and found by a fast scan for the newline (a "(?:^|\n)" in front made
# the pattern try every byte again, if only briefly); the first line is measured on its own
_LONG_LINE_RE = re.compile(rb"\n[^\n]{%d}" % (MAX_LINE_BYTES + 1))

_ADDR_RE = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)


@dataclass
class RawAttachment:
    filename: str
    content_type: str
    size: int
    data: bytes = field(repr=False, default=b"")  # in memory only, for heuristics
    inline: bool = False
    content_id: str | None = None
    inner: MailContent | None = field(repr=False, default=None)  # a message/rfc822 part


@dataclass
class MailContent:
    """What intake needs from one mail, independent of .eml or .msg."""

    headers: dict[str, list[str]] = field(default_factory=dict)  # lower-case name -> values
    text: str = ""  # the best plain-text body (HTML converted when no plain part)
    attachments: list[RawAttachment] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)

    def header(self, name: str) -> str | None:
        values = self.headers.get(name.lower())
        return values[0] if values else None

    @property
    def inner_messages(self) -> list[MailContent]:
        return [a.inner for a in self.attachments if a.inner is not None]


# --------------------------------------------------------------------------------------
# Headers and addresses
# --------------------------------------------------------------------------------------

_ENCODED_WORD_RE = re.compile(r"=\?([^?\s]+?)\?([bBqQ])\?([^?]*)\?=")
_BETWEEN_WORDS_RE = re.compile(r"(\?=)[ \t\r\n]+(=\?)")
_SURROGATES_RE = re.compile("[\udc80-\udcff]")


def _raw_8bit(text: str) -> str:
    """Undo the parser's ``surrogateescape`` of raw 8-bit header bytes: UTF-8, else Windows-1252."""
    if not _SURROGATES_RE.search(text):
        return text
    raw = text.encode("utf-8", errors="surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _decode_word(match: re.Match[str]) -> str:
    charset, enc, payload = match.group(1), match.group(2).lower(), match.group(3)
    charset = charset.split("*", 1)[0]  # RFC 2231 language suffix: utf-8*nl
    try:
        if enc == "b":
            import base64

            raw = base64.b64decode(payload + "=" * (-len(payload) % 4))
        else:
            import quopri

            raw = quopri.decodestring(payload.replace("_", " ").encode("ascii", errors="replace"), header=True)
    except Exception:  # noqa: BLE001 - keep the word as written
        return match.group(0)
    cs = _safe_charset(charset) or "ascii"
    try:
        return raw.decode(cs)
    except (UnicodeDecodeError, LookupError):
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("cp1252", errors="replace")


def decode_header_value(value: object) -> str:
    """A header value as readable text (raw 8-bit and RFC 2047 decoded), never raising.

    Written for speed and tolerance: encoded words are decoded wherever they stand (also
    inside quotes, as mail clients write them), whitespace between two encoded words is
    dropped (RFC 2047 section 6.2), raw UTF-8 or Windows-1252 bytes are decoded as text.
    """
    if value is None:
        return ""
    try:
        text = value if isinstance(value, str) else str(value)
    except Exception:  # noqa: BLE001
        text = ""
    if len(text) > MAX_HEADER_CHARS:
        text = text[:MAX_HEADER_CHARS]
    text = _raw_8bit(text)
    if "=?" in text:
        text = _ENCODED_WORD_RE.sub(_decode_word, _BETWEEN_WORDS_RE.sub(r"\1\2", text))
    text = re.sub(r"\s*\n\s*", " ", text).strip()
    return _SURROGATES_RE.sub("\ufffd", text)


def _safe_charset(cs: str | None) -> str | None:
    if not cs:
        return cs
    import codecs

    try:
        codecs.lookup(cs)
        return cs
    except LookupError:
        return "latin-1"


def parse_address(value: str | None) -> tuple[str | None, str | None]:
    """(display name, address) from a From/Reply-To value; tolerant of odd real-world forms.

    Handles ``Name <addr>``, ``"Last, First" <addr>``, ``addr (Name)``, a bare address and a
    display name that is itself an address (``alice@x <bob@y>``: the address is ``bob@y``
    and there is no name).
    """
    if not value:
        return None, None
    value = decode_header_value(value)
    name: str | None = None
    addr: str | None = None
    m = re.search(r"<\s*([^<>\s]+@[^<>\s]+)\s*>", value)
    if m:
        addr = m.group(1)
        name = value[: m.start()].strip()
    else:
        m2 = _ADDR_RE.search(value)
        if m2:
            addr = m2.group(0)
            rest = (value[: m2.start()] + value[m2.end():]).strip()
            cm = re.search(r"\(([^()]*)\)", rest)
            name = cm.group(1).strip() if cm else None
    if name:
        name = name.strip().strip('"').strip("'").strip()
        name = name.replace('\\"', '"')
        if not name or _ADDR_RE.fullmatch(name) or "@" in name:
            name = None
    if addr:
        addr = addr.strip().strip(".,;").strip()
        if not _ADDR_RE.fullmatch(addr):
            found = _ADDR_RE.search(addr)
            addr = found.group(0) if found else None
    return (name or None), (addr or None)


def _headers_of(msg: Message) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    try:
        items = list(msg.raw_items()) if hasattr(msg, "raw_items") else list(msg.items())
    except Exception:  # noqa: BLE001
        items = []
    items = items[:MAX_HEADERS]
    for name, value in items:
        try:
            key = str(name).lower()
        except Exception:  # noqa: BLE001
            continue
        out.setdefault(key, []).append(decode_header_value(value))
    return out


# --------------------------------------------------------------------------------------
# Payloads
# --------------------------------------------------------------------------------------

def _payload_bytes(part: Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001
        data = None
    if isinstance(data, bytes):
        return data
    try:
        raw = part.get_payload()
        if isinstance(raw, str):
            return raw.encode("utf-8", errors="replace")
    except Exception:  # noqa: BLE001
        pass
    return b""


def _decode_text(data: bytes, charset: str | None) -> str:
    for cs in (charset, "utf-8", "cp1252"):
        if not cs:
            continue
        try:
            return data.decode(cs)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", errors="replace")


def _part_charset(part: Message) -> str | None:
    try:
        cs = part.get_content_charset()
    except Exception:  # noqa: BLE001
        cs = None
    if cs in ("us-ascii", "ascii"):
        return "utf-8"  # many "ascii" bodies contain 8-bit text anyway
    return cs


def _content_type(part: Message) -> str:
    try:
        return part.get_content_type()
    except Exception:  # noqa: BLE001
        return "application/octet-stream"


def _declared_content_type(part: Message) -> str:
    """The type the mail declares (lower case, no parameters)."""
    raw = part.get("Content-Type")
    if raw is None:
        return _content_type(part)
    try:
        value = str(raw).split(";", 1)[0].strip().lower()
    except Exception:  # noqa: BLE001
        value = ""
    return value if "/" in value else _content_type(part)


def _filename(part: Message) -> str | None:
    try:
        name = part.get_filename()
    except Exception:  # noqa: BLE001
        name = None
    if name is None:
        return None
    return decode_header_value(name).strip() or None


def _disposition(part: Message) -> str | None:
    try:
        return part.get_content_disposition()
    except Exception:  # noqa: BLE001
        return None


_EXT = {"image/png": ".png", "image/jpeg": ".jpg", "image/gif": ".gif", "application/pdf": ".pdf",
        "image/heic": ".heic", "message/rfc822": ".eml"}


def from_message(msg: Message, *, depth: int = 0) -> MailContent:
    """Walk a parsed message: best text body, attachments in mail order, inner messages."""
    content = MailContent(headers=_headers_of(msg))
    try:
        content.defects = [type(d).__name__ for d in getattr(msg, "defects", [])]
    except Exception:  # noqa: BLE001
        pass
    plain: list[str] = []
    html: list[str] = []
    counter = [0]

    def visit(part: Message) -> None:
        _decode_raw_headers(part)
        ctype = _content_type(part)
        maintype = ctype.split("/", 1)[0]
        disp = _disposition(part)
        fname = _filename(part)
        if ctype == "message/rfc822" or (maintype == "message" and ctype in ("message/global",)):
            inner_msg: Message | None = None
            try:
                payload = part.get_payload()
                first = payload[0] if isinstance(payload, list) and payload else None
                inner_msg = first if isinstance(first, Message) else None
            except Exception:  # noqa: BLE001
                inner_msg = None
            inner = from_message(inner_msg, depth=depth + 1) if (inner_msg is not None and depth < 5) else None
            try:
                size = len(inner_msg.as_bytes()) if inner_msg is not None else 0
            except Exception:  # noqa: BLE001
                size = len(_payload_bytes(part))
            if not fname:
                subj = inner.header("subject") if inner else None
                fname = (re.sub(r"[\\/:*?\"<>|]+", "_", subj).strip() + ".eml") if subj else "forwarded.eml"
            content.attachments.append(RawAttachment(fname, _declared_content_type(part), size,
                                                     b"", disp == "inline", _cid(part), inner))
            if inner is not None:
                # the forwarded mail's own files follow it, in mail order: an ID scan in a
                # forwarded request is an ID the studio now holds (its own forwarded mails
                # stay listed inside it, for the forward's analysis)
                content.attachments += [replace(a, inner=None) for a in inner.attachments]
            return
        if part.is_multipart():
            try:
                children = part.get_payload()
            except Exception:  # noqa: BLE001
                children = []
            for child in children if isinstance(children, list) else []:
                if isinstance(child, Message):
                    visit(child)
            return
        is_attachment = disp == "attachment" or bool(fname)
        if maintype == "text" and not is_attachment and ctype in ("text/plain", "text/html", "text/enriched"):
            text = _decode_text(_payload_bytes(part), _part_charset(part))
            (html if ctype == "text/html" else plain).append(text)
            return
        if is_attachment or (maintype in ("image", "application", "audio", "video") and (disp or _cid(part))):
            data = _payload_bytes(part)
            counter[0] += 1
            if not fname:
                fname = f"attachment-{counter[0]}{_EXT.get(ctype, '')}"
            content.attachments.append(RawAttachment(fname, _declared_content_type(part), len(data),
                                                     data, disp == "inline", _cid(part)))
            return
        if maintype == "text":
            plain.append(_decode_text(_payload_bytes(part), _part_charset(part)))

    try:
        visit(msg)
    except RecursionError:
        content.defects.append("too_deeply_nested")
    text = "\n\n".join(t for t in plain if t.strip())
    if not text.strip() and html:
        text = "\n\n".join(html_to_text(h) for h in html)
    content.text = normalise_newlines(text)
    return content


def _decode_raw_headers(part: Message) -> None:
    """Decode raw 8-bit header bytes in place, so file names and parameters read as text."""
    try:
        raw: list[tuple[str, Any]] = part._headers  # type: ignore[attr-defined]  # no public way to rewrite them all
        if any(_SURROGATES_RE.search(v) for _k, v in raw if isinstance(v, str)):
            part._headers = [(k, _raw_8bit(v) if isinstance(v, str) else v)  # type: ignore[attr-defined]
                             for k, v in raw]
    except Exception:  # noqa: BLE001
        pass


def _cid(part: Message) -> str | None:
    try:
        v = part.get("Content-ID")
        return str(v).strip() if v else None
    except Exception:  # noqa: BLE001
        return None


def parse_eml_bytes(data: bytes) -> MailContent:
    """Parse with the ``compat32`` policy: headers stay plain strings that we decode ourselves.

    ``policy.default`` builds a structured header object on every access (two thirds of the
    intake time went there); we need only a handful of headers as text.
    """
    msg = email.message_from_bytes(_cap_lines(data), policy=policy.compat32)
    return from_message(msg)


def _has_long_line(data: bytes) -> bool:
    """A line of ``data`` is longer than :data:`MAX_LINE_BYTES`."""
    first_is_long = len(data) > MAX_LINE_BYTES and data.find(b"\n", 0, MAX_LINE_BYTES + 1) < 0
    return first_is_long or _LONG_LINE_RE.search(data) is not None


def _cap_lines(data: bytes) -> bytes:
    """Cut lines longer than :data:`MAX_LINE_BYTES` (a one-line multi-megabyte mail).

    Base64 and quoted-printable lines are short by RFC; a longer line is a broken or hostile
    mail. The parser and every text rule downstream stay linear on what is left.
    """
    if len(data) <= MAX_LINE_BYTES or not _has_long_line(data):
        return data
    return b"\n".join(line[:MAX_LINE_BYTES] for line in data.split(b"\n"))


def looks_like_mail(content: MailContent) -> bool:
    """At least one of the headers a mail has (From, Date, Subject, Message-ID, MIME)."""
    return any(k in content.headers for k in ("from", "date", "subject", "message-id", "received",
                                              "mime-version", "to", "return-path"))
