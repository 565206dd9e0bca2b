"""The request's own mail, kept so the owner can read it again in the app.

At import the mail is reduced to what a reader needs: sender, recipients, date, subject and
the plain text (HTML was already converted to text by intake; nothing remote is ever
fetched), with control and direction-override characters removed and BSNs and
rijksregisternummers masked. Attachment contents that are not ID documents go to the
encrypted vault; ID documents only reach anyone through the ID check.

Opening an attachment writes it, decrypted, to a private temporary folder (memory-backed
where the system has one: ``/dev/shm`` or ``$XDG_RUNTIME_DIR`` on Linux) so the system's
viewer can show it; :class:`TempViews` overwrites and removes those files again.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sys
import tempfile
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studio_dsar.core.fileutil import shred
from studio_dsar.core.sensitive import scrub

if TYPE_CHECKING:
    from studio_dsar.core.intake.mime import MailContent
    from studio_dsar.core.intake.record import AttachmentMeta, IntakeRecord
    from studio_dsar.core.model import Request
    from studio_dsar.core.store import Store

log = logging.getLogger(__name__)

MAX_BODY_CHARS = 200_000
TEMP_PREFIX = "studio-dsar-view-"


@dataclass
class KeptMail:
    sender: str
    recipients: str
    sent: str | None  # ISO date and time from the Date header, when readable
    subject: str
    body: str

    def to_json(self) -> dict[str, Any]:
        return {"from": self.sender, "to": self.recipients, "date": self.sent,
                "subject": self.subject, "body": self.body}


def sanitise(text: str | None, *, multiline: bool = True, limit: int = MAX_BODY_CHARS) -> str:
    """Plain text safe to show and store: no control or bidi-override characters, normalised
    line ends, identification numbers masked, at most ``limit`` characters."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for ch in text:
        if ch == "\n" or ch == "\t":
            out.append(ch if multiline else " ")
            continue
        cat = unicodedata.category(ch)
        if cat == "Cc" or (cat == "Cf" and ch != "\u200d"):
            continue
        out.append(ch)
    result = "".join(out)
    if multiline:
        result = re.sub(r"\n{4,}", "\n\n\n", result).strip("\n")
    else:
        result = " ".join(result.split())
    if len(result) > limit:
        result = result[:limit] + "\n[…]"
    return scrub(result) or ""


def keep(content: MailContent) -> KeptMail:
    """A :class:`KeptMail` from an intake ``MailContent``."""
    from studio_dsar.core.intake.parse import parse_date

    def header(name: str) -> str:
        values = content.headers.get(name, [])
        return sanitise(", ".join(values), multiline=False, limit=2000)

    sent, _flag = parse_date(content.header("date"))
    return KeptMail(
        sender=header("from"),
        recipients=header("to"),
        sent=sent,
        subject=header("subject"),
        body=sanitise(content.text),
    )


def attachment_payloads(content: MailContent, metas: Iterable[AttachmentMeta]) -> list[tuple[AttachmentMeta, bytes]]:
    """Pair each stored attachment's metadata with its bytes from the parsed mail (intake
    reorders decorations, so they are matched by name, type and size)."""
    pool: dict[tuple[str, str, int], list[bytes]] = {}
    for raw in content.attachments:
        pool.setdefault((raw.filename, raw.content_type, raw.size), []).append(raw.data)
    out = []
    for meta in metas:
        datas = pool.get((meta.filename, meta.content_type, meta.size))
        if datas:
            out.append((meta, datas.pop(0)))
    return out


# -- viewing attachments through the system's viewer -------------------------------------
def private_temp_root() -> Path:
    """A folder for short-lived decrypted copies: in memory where the system offers it."""
    candidates: list[str] = []
    if sys.platform.startswith("linux"):
        candidates += [os.environ.get("XDG_RUNTIME_DIR", ""), "/dev/shm"]
    for candidate in candidates:
        if candidate and os.path.isdir(candidate) and os.access(candidate, os.W_OK):
            return Path(candidate)
    return Path(tempfile.gettempdir())


def safe_filename(name: str) -> str:
    name = sanitise(Path(name or "").name, multiline=False, limit=120)
    name = re.sub(r'[\\/:*?"<>|\x00]', "_", name).strip(" .")
    return name or "attachment"


class TempViews:
    """Decrypted copies handed to the system viewer, removed after ``keep_seconds`` or on
    :meth:`remove_all` (the window calls it when it closes); leftovers of a crash are removed
    by :meth:`remove_stale` at the next start."""

    def __init__(self, root: Path | None = None, keep_seconds: int = 600):
        self.root = root or private_temp_root()
        self.keep_seconds = keep_seconds
        self.files: list[tuple[float, Path]] = []

    def write(self, data: bytes, filename: str) -> Path:
        folder = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=self.root))
        os.chmod(folder, 0o700)
        path = folder / safe_filename(filename)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        self.files.append((time.monotonic(), path))
        return path

    def remove_expired(self, now: float | None = None) -> int:
        now = time.monotonic() if now is None else now
        keep, gone = [], 0
        for made, path in self.files:
            if now - made >= self.keep_seconds:
                _remove(path)
                gone += 1
            else:
                keep.append((made, path))
        self.files = keep
        return gone

    def remove_all(self) -> None:
        for _made, path in self.files:
            _remove(path)
        self.files = []

    def remove_stale(self) -> int:
        """Folders left behind by an earlier run that did not close properly."""
        gone = 0
        try:
            folders = [p for p in self.root.iterdir() if p.name.startswith(TEMP_PREFIX) and p.is_dir()]
        except OSError:
            return 0
        mine = {path.parent for _made, path in self.files}
        for folder in folders:
            if folder in mine:
                continue
            try:
                if folder.stat().st_uid != os.getuid():  # type: ignore[attr-defined,unused-ignore]
                    continue
            except (OSError, AttributeError):
                pass
            for child in list(folder.iterdir()):
                _remove(child)
            try:
                folder.rmdir()
            except OSError:
                pass
            gone += not folder.exists()
        return gone


def _remove(path: Path) -> None:
    """Overwrite and remove one temporary copy (see :func:`fileutil.shred`) and its folder."""
    with contextlib.suppress(OSError):
        shred(path)
    with contextlib.suppress(OSError):
        path.parent.rmdir()


def keep_for_request(store: Store, request: Request, record: IntakeRecord, content: MailContent) -> None:
    """Keep ``content`` (the parsed mail of ``record``) for the stored ``request``: the text in
    the register, the other attachments encrypted in the vault (ID documents are not kept: the
    ID check reads them from the mail; signature logos and icons are not kept either)."""
    store.save_mail(request.id, keep(content))
    payloads = {id(meta): data for meta, data in attachment_payloads(content, record.attachments)}
    # ID documents are not kept: the ID check reads them from the mail into memory and keeps
    # only the redacted copy. Signature logos and icons are not worth keeping either.
    todo = [(att, meta) for att, meta in zip(request.attachments, record.attachments, strict=False)
            if id(meta) in payloads and not getattr(meta, "decorative", False) and not att.is_id_document]
    if not todo:
        return
    from studio_dsar.core.vault import Vault, VaultError

    vault = Vault(store)
    for att, meta in todo:
        try:
            item = vault.put(payloads[id(meta)], filename=att.filename, request_id=request.id,
                             kind="attachment", content_type=att.content_type)
        except VaultError as exc:  # no keychain: the text is kept, the contents are not
            log.info("attachments of %s not kept: %s", request.reference, type(exc).__name__)
            return
        store.set_attachment_vault_item(att.id, item.id)
