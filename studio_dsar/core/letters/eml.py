"""The unsent e-mail draft (X-Unsent: 1): the letter PDF and every enclosure attached.

The body text comes from the template ``eml.LANG.txt`` (rendered when the letter is composed).
"""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from studio_dsar.core.letters.pdf import Rendered


def unique_names(names: list[str]) -> list[str]:
    """'a.jpg', 'a.jpg' -> 'a.jpg', 'a (2).jpg': a mail program must not confuse two files."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        key = name.lower()
        if key in seen:
            seen[key] += 1
            stem, dot, ext = name.rpartition(".")
            name = f"{stem} ({seen[key]}).{ext}" if dot else f"{name} ({seen[key]})"
        else:
            seen[key] = 1
        out.append(name)
    return out


def make_eml(rendered: Rendered, pdf_filename: str) -> bytes:
    letter = rendered.letter
    msg = EmailMessage()
    if letter.requester_email:
        msg["To"] = formataddr((letter.requester_name or "", letter.requester_email))
    msg["From"] = formataddr((letter.studio_name, letter.studio_email))
    msg["Subject"] = f"{letter.subject} [{letter.reference}]"
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain=(letter.studio_email.split("@")[-1] or None))
    msg["X-Unsent"] = "1"
    msg.set_content(letter.eml_body)
    msg.add_attachment(rendered.pdf, maintype="application", subtype="pdf", filename=pdf_filename)
    names = unique_names([pdf_filename] + [e.filename for e in rendered.enclosures])[1:]
    for enc, name in zip(rendered.enclosures, names, strict=True):
        maintype, _sep, subtype = (enc.content_type or "application/octet-stream").partition("/")
        msg.add_attachment(enc.data or b"", maintype=maintype, subtype=subtype or "octet-stream", filename=name)
    return msg.as_bytes()
