"""Import a batch of mail files into the register.

Each file is handled on its own: one that cannot be read gives an outcome with a translated
error and the rest of the batch still imports. The same mail imported twice (same
Message-ID, or the same bytes when there is none) is recognised and not stored again.
Mails that are not requests are skipped unless the owner asks to log them anyway.

Safe to call from a worker thread: it does no GUI work and reports progress through an
optional callback. Only metadata is stored; attachment contents never leave memory.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studio_dsar.core.errors import DsarError
from studio_dsar.core.i18n import _
from studio_dsar.core.intake.text import fold
from studio_dsar.core.progress import Progress, ensure
from studio_dsar.core.intake.parse import parse_file
from studio_dsar.core.intake.record import IntakeRecord
from studio_dsar.core.store.requests import DuplicateError

if TYPE_CHECKING:
    from studio_dsar.core.intake.mime import MailContent
    from studio_dsar.core.model import Request
    from studio_dsar.core.store import Store

log = logging.getLogger(__name__)

SKIPPED_NOT_A_REQUEST = "not_a_request"


@dataclass
class ImportOutcome:
    """What happened to one file of a batch."""

    path: str
    record: IntakeRecord | None = None
    error: str | None = None
    reference: str | None = None  # the stored request (new, or the existing one for a duplicate)
    duplicate: bool = False
    skipped: str | None = None  # "not_a_request" when not stored because it is no request
    linked: bool = False  # a reminder linked to the earlier request ``reference`` instead of logged as new
    stored: bool = False

    @property
    def file(self) -> str:
        return self.record.file if self.record else Path(self.path).name

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_json(self) -> dict[str, Any]:
        if self.record is None:
            return {"file": self.file, "error": self.error or ""}
        out = self.record.to_json()
        out["reference"] = self.reference
        out["duplicate"] = self.duplicate
        out["skipped"] = self.skipped
        out["linked"] = self.linked
        out["stored"] = self.stored
        if self.error:
            out["error"] = self.error
        return out


def _received_for_store(record: IntakeRecord) -> tuple[str, str | None]:
    """(received_at, received_flag) for the store: the Date header, or the file time flagged."""
    flag = next((f for f in record.flags if f in ("date_missing", "date_unparseable", "date_no_offset")), None)
    if record.received:
        return record.received, flag
    if record.received_fallback:
        return record.received_fallback, flag or "date_missing"
    return datetime.now().astimezone().isoformat(timespec="seconds"), flag or "date_missing"


def store_record(store: Store, record: IntakeRecord, *, actor: str = "owner",
                 source_path: str | Path | None = None) -> Request:
    """Create the request for ``record`` in ``store``; returns the store's Request.

    What intake detected is kept beside the request (with the evidence sentences); values the
    owner corrected before the import are audited as corrections of those detected values.
    The mail itself is kept from the parsed mail the record holds; a record read earlier (the
    review's first phase lets go of the parsed mail, so a batch does not hold every attachment
    in memory) has its mail read again from ``source_path`` for that.
    """
    from studio_dsar.core.store import intake as intake_store

    received_at, received_flag = _received_for_store(record)
    with store.transaction():
        request = _create(store, record, received_at, received_flag, actor)
        rep = record.representative if record.is_dsar else None
        if rep and record.requester_name and hasattr(store, "set_representation") \
                and _folded_name(record.requester_name) != _folded_name(rep.get("name") or record.sender_name or ""):
            # The register's model (used by the letters): the requester is who wrote and is
            # answered; the data subject they act for is recorded as the representation. Only a
            # data subject named apart from the writer: a letter must not tell someone they wrote
            # as the parent of themselves (the detected representative stays in the intake
            # details for the owner to confirm).
            store.set_representation(request.reference, record.requester_name,
                                     "parent" if rep.get("relation") == "parent" else "representative", actor=actor)
        intake_store.save_details(store, request.id, detected=record.detected or {}, evidence=record.evidence,
                                  representative=record.representative, processor=record.processor)
        corrected = record.corrected_fields() if record.detected else {}
        if corrected:
            intake_store.record_correction(store, request.id, before=record.detected, after=corrected, actor=actor)
    content = record.content if record.content is not None else _reread(source_path, record)
    if content is not None:  # keep the mail to read again, then let go of it
        from studio_dsar.core.mailkeep import keep_for_request

        keep_for_request(store, request, record, content)
        record.content = None
        request = store.get_request(request.reference)
    return request


def _reread(path: str | Path | None, record: IntakeRecord) -> MailContent | None:
    """The parsed mail of ``record`` from its file (MIME only: nothing is classified again), or
    None when the file is gone, changed or unreadable."""
    if not path:
        return None
    from studio_dsar.core.intake.parse import read_content, source_key_for

    try:
        data = Path(path).read_bytes()
        content = read_content(data, Path(path).name)
    except Exception:  # noqa: BLE001 - the mail is then simply not kept
        return None
    from studio_dsar.core.intake.parse import _clean_message_id

    if source_key_for(_clean_message_id(content.header("message-id")), data) != record.source_key:
        return None  # not the mail that was read
    return content


def _create(store: Store, record: IntakeRecord, received_at: str, received_flag: str | None, actor: str) -> Request:
    rep = record.representative if record.is_dsar else None
    name = (rep.get("name") or record.sender_name) if rep else (
        record.requester_name if record.is_dsar else record.sender_name)
    return store.create_request(
        requester_name=name,
        requester_email=record.requester_email if record.is_dsar else record.sender_email,
        rights=list(record.rights),
        language=record.language,
        channel=record.channel,
        received_at=received_at,
        received_flag=received_flag,
        subject=record.subject,
        notes="",
        is_dsar=record.is_dsar,
        source_key=record.source_key,
        source_filename=record.file,
        attachments=[a.to_store() for a in record.attachments],
        actor=actor,
    )


def import_files(
    paths: Iterable[str | Path],
    store: Store | None = None,
    *,
    dry_run: bool = False,
    include_non_requests: bool = False,
    progress: Progress | None = None,
    on_outcome: Callable[[ImportOutcome], None] | None = None,
    actor: str = "owner",
) -> list[ImportOutcome]:
    """Parse every file and (unless ``dry_run``) store the requests in ``store``.

    ``store`` is an open :class:`studio_dsar.core.store.Store`; when it is None and this is not
    a dry run, the default register is opened for the batch. In a dry run nothing is
    written, but duplicates are still reported (against the store when one is given, and
    within the batch). ``progress`` is reported before each file and checked between files
    (a cancel raises CancelledError); ``on_outcome(outcome)`` is called after each file, so
    a caller knows what was done before a cancel.
    """
    progress = ensure(progress)
    names = [str(p) for p in paths]
    own_store = None
    if store is None and not dry_run:
        from studio_dsar.core.store import Store

        store = own_store = Store.open()
    outcomes: list[ImportOutcome] = []
    seen: dict[str, ImportOutcome] = {}
    try:
        total = len(names)
        for i, path in enumerate(names):
            progress.check(_("Import cancelled."))
            progress.report(i * 100 / max(total, 1),
                            _("Importing {name} ({i} of {n})…").format(name=Path(path).name, i=i + 1, n=total))
            outcome = _import_one(path, store, seen, dry_run=dry_run,
                                  include_non_requests=include_non_requests, actor=actor)
            outcomes.append(outcome)
            if on_outcome is not None:
                on_outcome(outcome)
        progress.report(100, _("Import finished."))
    finally:
        if own_store is not None:
            own_store.close()
    return outcomes


def import_records(
    records: Iterable[tuple[str, IntakeRecord]],
    store: Store,
    *,
    include_non_requests: bool = False,
    force: Iterable[str] = (),
    progress: Progress | None = None,
    on_outcome: Callable[[ImportOutcome], None] | None = None,
    actor: str = "owner",
) -> list[ImportOutcome]:
    """Store records already read (and perhaps corrected by the owner): parse once, store once.

    ``records`` are (path, record) pairs, as the review window holds them; ``force`` names
    paths the owner chose to log even though they are no request (or a reminder to log as a
    request of its own).
    """
    progress = ensure(progress)
    items = list(records)
    forced = set(force)
    outcomes: list[ImportOutcome] = []
    seen: dict[str, ImportOutcome] = {}
    total = len(items)
    for i, (path, record) in enumerate(items):
        progress.check(_("Import cancelled."))
        progress.report(i * 100 / max(total, 1),
                        _("Importing {name} ({i} of {n})…").format(name=record.file, i=i + 1, n=total))
        outcome = ImportOutcome(path=str(path), record=record)
        _import_record(outcome, store, seen, dry_run=False,
                       include_non_requests=include_non_requests or str(path) in forced,
                       link_follow_ups=str(path) not in forced, actor=actor)
        outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)
    progress.report(100, _("Import finished."))
    return outcomes


def _import_one(path: str, store: Store | None, seen: dict[str, ImportOutcome], *, dry_run: bool,
                include_non_requests: bool, actor: str) -> ImportOutcome:
    outcome = _import_one_parsed(path, store, seen, dry_run=dry_run,
                                 include_non_requests=include_non_requests, actor=actor)
    if outcome.record is not None:  # the parsed mail is not needed past this file
        outcome.record.content = None
    return outcome


def _import_one_parsed(path: str, store: Store | None, seen: dict[str, ImportOutcome], *, dry_run: bool,
                include_non_requests: bool, actor: str) -> ImportOutcome:
    outcome = ImportOutcome(path=path)
    try:
        record = parse_file(path)
    except DsarError as exc:
        outcome.error = str(exc)
        log.info("intake: %s not imported (%s)", Path(path).name, type(exc).__name__)
        return outcome
    except Exception:
        outcome.error = _("“{name}” could not be read as an e-mail.").format(name=Path(path).name)
        log.exception("intake: unexpected failure on %s", Path(path).name)
        return outcome
    outcome.record = record
    return _import_record(outcome, store, seen, dry_run=dry_run, include_non_requests=include_non_requests,
                          actor=actor)


_REFERENCE_RE = re.compile(r"(?<![\w-])(20\d\d-\d{3,5})(?![\w-])")
# Words that make a number like 2024-0012 someone else's: an invoice, an order, a customer number
_OTHER_NUMBER_RE = re.compile(
    r"(?:factu\w*|invoice\w*|rechnung\w*|order\w*|bestel\w*|commande|offerte\w*|devis|quot\w*|angebot\w*|"
    r"bon|receipt|bonnetje|klant\w*|customer|client|kunde\w*|lidnummer|member\w*|contract\w*|vertrag\w*|"
    r"polis\w*|policy|tracking|zending|shipment|ticket|btw|vat|tva|iban|tel\w*)"
    r"[\s.:#/-]*(?:n[or]\.?|nummer|number|num[ée]ro|nr)?[\s.:#°-]*$", re.IGNORECASE)
# Words that introduce the studio's own reference for a request
_OUR_REFERENCE_RE = re.compile(
    r"(?:referen\w*|r[ée]f[ée]rence|ref\.?|kenmerk|dossier\w*|zaak\w*|verzoek\w*|request|demande|anfrage|"
    r"aktenzeichen|vorgang\w*)[\s.:#/-]*(?:n[or]\.?|nummer|number|num[ée]ro|nr)?[\s.:#°-]*$", re.IGNORECASE)


def references_in(text: str) -> list[tuple[str, bool]]:
    """Request references ("2024-0012") in ``text``, each with whether the text introduces it as a
    reference ("uw kenmerk 2024-0012", "[2024-0012]"). Numbers of the same shape that belong to
    an invoice, an order, a customer or a contract are left out."""
    out: dict[str, bool] = {}
    for m in _REFERENCE_RE.finditer(text or ""):
        before = text[max(0, m.start() - 40): m.start()].rsplit("\n", 1)[-1]
        if _OTHER_NUMBER_RE.search(before):
            continue
        introduced = bool(_OUR_REFERENCE_RE.search(before)) or (before.endswith(("[", "(")) and
                                                               text[m.end(): m.end() + 1] in ("]", ")"))
        out[m.group(1)] = out.get(m.group(1), False) or introduced
    return list(out.items())


def _earlier_request(store: Store, record: IntakeRecord) -> Request | None:
    """The request a reminder refers to: by its reference in the mail, else the open request
    of the same address. A reference counts when the mail comes from that request's address or
    names it as a reference; a number that only looks like one (an invoice 2024-0012) is not
    followed to someone else's request."""
    from studio_dsar.core.errors import NotFoundError
    from studio_dsar.core.store import intake as intake_store

    addresses = [a for a in (record.requester_email, (record.representative or {}).get("email")) if a]
    own_open: set[int] = set()
    for address in addresses:
        own_open.update(intake_store.open_requests_from(store, address))
    lowered = {a.lower() for a in addresses}
    for ref, introduced in references_in((record.subject or "") + "\n" + record.body):
        try:
            request = store.get_request(ref)
        except NotFoundError:
            continue
        same_address = request.id in own_open or (request.requester_email or "").lower() in lowered
        if same_address or introduced:
            return request
    for address in addresses:
        ids = intake_store.open_requests_from(store, address)
        if ids:
            return store.get_request_by_id(ids[0])
    return None


def _import_record(outcome: ImportOutcome, store: Store | None, seen: dict[str, ImportOutcome], *, dry_run: bool,
                   include_non_requests: bool, actor: str, link_follow_ups: bool = True) -> ImportOutcome:
    record = outcome.record
    assert record is not None
    key = record.source_key
    existing = None
    if store is not None:
        try:
            existing = store.find_request_by_source_key(key)
            if existing is None:
                from studio_dsar.core.store import intake as intake_store

                linked = intake_store.find_linked_mail(store, key)
                existing = store.get_request_by_id(linked) if linked is not None else None
        except Exception:  # noqa: BLE001
            existing = None
    if existing is not None:
        outcome.duplicate = True
        outcome.reference = getattr(existing, "reference", None)
        return outcome
    if key in seen:
        outcome.duplicate = True
        outcome.reference = seen[key].reference
        return outcome
    seen[key] = outcome

    if not record.is_dsar and not include_non_requests:
        outcome.skipped = SKIPPED_NOT_A_REQUEST
        return outcome
    earlier = None
    if record.is_dsar and record.follow_up and link_follow_ups and store is not None:
        try:
            earlier = _earlier_request(store, record)
        except Exception:
            log.exception("intake: looking up the earlier request failed")
            earlier = None
    if earlier is not None:
        record.follow_up_of = earlier.reference
        outcome.reference = earlier.reference
        outcome.linked = True
        if dry_run or store is None:
            return outcome
        try:
            from studio_dsar.core.store import intake as intake_store

            intake_store.link_mail(store, earlier.id, source_key=key, source_filename=record.file,
                                   received_at=record.received or record.received_fallback, actor=actor)
        except Exception:
            log.exception("intake: could not link %s", record.file)
            outcome.error = _("“{name}” was read but could not be saved in the register.").format(name=record.file)
        return outcome
    if dry_run or store is None:
        return outcome
    try:
        request = store_record(store, record, actor=actor, source_path=outcome.path or None)
    except DuplicateError as exc:  # another window or command logged it meanwhile
        outcome.duplicate = True
        outcome.reference = exc.reference
        return outcome
    except DsarError as exc:
        outcome.error = str(exc)
        return outcome
    except Exception:
        log.exception("intake: could not store %s", record.file)
        outcome.error = _("“{name}” was read but could not be saved in the register.").format(name=record.file)
        return outcome
    outcome.reference = request.reference
    outcome.stored = True
    if outcome.path and Path(outcome.path).is_file():
        from studio_dsar.core.store import idchecks

        # remembered so an ID attachment can later be read from the mail itself (core/idcheck.py)
        idchecks.set_source_path(store, request.id, str(Path(outcome.path).resolve()))
    return outcome


def _folded_name(name: str) -> str:
    return " ".join(fold(name).split())
