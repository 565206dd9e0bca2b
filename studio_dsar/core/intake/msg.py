"""Outlook ``.msg`` files (OLE compound documents) read with extract-msg.

Only e-mails are accepted (message class ``IPM.Note`` and its variants such as
``IPM.Note.SMIME``); a contact card, appointment, task or note dragged out of Outlook is
refused with a clear message. The transport headers stored in the file are preferred, so the
``Date`` keeps its original offset exactly as for an ``.eml``.
"""

from __future__ import annotations

import email
import logging
from collections.abc import Callable
from email import policy
from typing import Any

from studio_dsar.core.errors import InputError
from studio_dsar.core.i18n import _
from studio_dsar.core.intake.mime import MailContent, RawAttachment, decode_header_value, from_message
from studio_dsar.core.intake.text import html_to_text, normalise_newlines

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

def _kind_text(class_type: str) -> str:
    """What kind of Outlook item this is, in words (literal ``_()`` calls for extraction)."""
    low = class_type.lower()
    if low.startswith("ipm.contact"):
        return _("a contact card")
    if low.startswith("ipm.distlist"):
        return _("a contact group")
    if low.startswith(("ipm.appointment", "ipm.schedule")):
        return _("a calendar item")
    if low.startswith("ipm.task"):
        return _("a task")
    if low.startswith("ipm.stickynote"):
        return _("a note")
    return _("an Outlook item of type {kind}").format(kind=class_type or "?")


def is_ole(data: bytes) -> bool:
    return data[:8] == OLE_MAGIC


def parse_msg_bytes(data: bytes, filename: str) -> MailContent:
    """A :class:`MailContent` from an Outlook ``.msg``; :class:`InputError` for anything else."""
    if not is_ole(data):
        raise InputError(_("“{name}” is not an Outlook message file.").format(name=filename))
    try:
        import extract_msg
    except ImportError:  # pragma: no cover - a declared dependency
        raise InputError(_("Outlook .msg files cannot be read: the extract-msg package is missing.")) from None

    logging.getLogger("extract_msg").setLevel(logging.ERROR)
    try:
        probe = extract_msg.MSGFile(data, delayAttachments=True)  # type: ignore[no-untyped-call]
        try:
            class_type = (probe.classType or "").strip()
        finally:
            probe.close()
    except Exception:  # noqa: BLE001 - a damaged or non-MSG OLE file (Word 97 document, ...)
        raise InputError(_("“{name}” is damaged or is not an Outlook message.").format(name=filename)) from None
    low = class_type.lower()
    if not (low.startswith(("ipm.note", "report.ipm.note"))):
        raise InputError(
            _("“{name}” is {kind}, not an e-mail; only e-mails can be imported.").format(
                name=filename, kind=_kind_text(class_type))
        )
    try:
        msg = extract_msg.openMsg(data)
    except Exception:  # noqa: BLE001
        raise InputError(_("“{name}” is damaged or is not an Outlook message.").format(name=filename)) from None
    try:
        return _content_from_msg(msg)
    except InputError:
        raise
    except Exception:  # noqa: BLE001
        raise InputError(_("“{name}” is damaged or is not an Outlook message.").format(name=filename)) from None
    finally:
        try:
            msg.close()
        except Exception:  # noqa: BLE001
            pass


def _safe(getter: Callable[[], Any], default: Any = None) -> Any:
    """``getter()``, or ``default`` when it fails or gives None (extract-msg raises on odd files)."""
    try:
        value = getter()
    except Exception:  # noqa: BLE001
        return default
    return default if value is None else value


def _attr(obj: Any, name: str, default: Any = None) -> Any:
    """``obj.name`` read safely (see :func:`_safe`)."""
    return _safe(lambda: getattr(obj, name), default)


def _content_from_msg(msg: Any) -> MailContent:
    content = MailContent()
    header_text = _safe(lambda: msg.headerText, "") or ""
    if header_text.strip():
        parsed = email.message_from_string(header_text, policy=policy.default)
        content.headers = from_message(parsed).headers
    headers = content.headers

    def ensure(name: str, value: Any) -> None:
        if value and name not in headers:
            headers[name] = [decode_header_value(value)]

    ensure("from", _safe(lambda: msg.sender))
    ensure("subject", _safe(lambda: msg.subject))
    ensure("message-id", _safe(lambda: msg.messageId))
    ensure("to", _safe(lambda: msg.to))
    if "date" not in headers:
        dt = _safe(lambda: msg.date)
        if dt is not None and hasattr(dt, "strftime"):
            from email.utils import format_datetime

            try:
                headers["date"] = [format_datetime(dt)]
            except Exception:  # noqa: BLE001
                pass
    body = _safe(lambda: msg.body, "") or ""
    if isinstance(body, bytes):
        body = body.decode("utf-8", errors="replace")
    if not body.strip():
        html = _safe(lambda: msg.htmlBody, b"") or b""
        if isinstance(html, bytes):
            html = html.decode("utf-8", errors="replace")
        body = html_to_text(html)
    content.text = normalise_newlines(body)
    for att in _safe(lambda: msg.attachments, []) or []:
        name = (_attr(att, "longFilename") or _attr(att, "shortFilename")
                or _attr(att, "displayName") or "attachment")
        ctype = (_attr(att, "mimetype") or "application/octet-stream").lower()
        data = _attr(att, "data", b"")
        inner: MailContent | None = None
        if not isinstance(data, (bytes, bytearray)):
            # an embedded Outlook message
            try:
                inner = _content_from_msg(data)
            except Exception:  # noqa: BLE001
                inner = None
            ctype = "message/rfc822" if ctype == "application/octet-stream" else ctype
            data = b""
        data = bytes(data)
        cid = _attr(att, "contentId")
        content.attachments.append(RawAttachment(str(name), ctype, len(data), data,
                                                 inline=bool(cid), content_id=cid, inner=inner))
    return content
