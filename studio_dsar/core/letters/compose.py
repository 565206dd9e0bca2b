"""Compose a letter once: read the facts once, check what the letter may say, render its HTML.

:func:`read_facts` reads everything a letter of one request draws on from the store in one go
(request, profile, settings, record confirmations, checklist, recorded actions, identity check,
representation, what the register holds about the person). :func:`compose_letter` turns those facts plus the
owner's choices (kind, language, edited blocks, added files) into a :class:`Letter`: plain data
with its HTML rendered. Laying it out as PDF is :mod:`.pdf`; the e-mail draft is :mod:`.eml`.

A letter states a fact only if the app holds it or the owner confirmed it: a letter that would
claim more refuses with a message that says what to record first.
"""

from __future__ import annotations

import functools
import mimetypes
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studio_dsar.core import deadlines, paths
from studio_dsar.core.errors import InputError, NotFoundError, ProfileError, StateError
from studio_dsar.core.dates import long_date
from studio_dsar.core.i18n import _
from studio_dsar.core.letters import actions as A
from studio_dsar.core.letters import checklist as C
from studio_dsar.core.letters import profile as profile_mod
from studio_dsar.core.letters import record as R
from studio_dsar.core.letters import words as V

if TYPE_CHECKING:
    import jinja2

    from studio_dsar.core.model import AuditEntry, Request
    from studio_dsar.core.store import Store

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024


# -- templates -----------------------------------------------------------------------------
def shipped_templates_dir() -> Path:
    from importlib import resources

    return Path(str(resources.files("studio_dsar") / "resources" / "templates" / "letters"))


def template_name(kind: str, lang: str) -> str:
    return f"{kind}.{lang}.html"


def _loader(override: Path) -> jinja2.BaseLoader:
    import jinja2

    return jinja2.ChoiceLoader([
        jinja2.FileSystemLoader([str(override / "letters"), str(override)]),
        jinja2.FileSystemLoader(str(shipped_templates_dir())),
    ])


def environment(*, html: bool = True) -> jinja2.Environment:
    """Jinja2 environment: the owner's templates folder first, then the shipped templates.

    Built once per templates folder and kind, so compiled templates are reused. A template
    the owner edits is reloaded (``auto_reload`` checks its file's time); one the owner adds
    or removes changes the folder's time, which makes a new environment."""
    override = paths.templates_override_dir()
    return _environment(override, html, _folder_times(override))


def _folder_times(override: Path) -> tuple[int, int]:
    def mtime(folder: Path) -> int:
        try:
            return folder.stat().st_mtime_ns
        except OSError:
            return 0

    return mtime(override), mtime(override / "letters")


@functools.lru_cache(maxsize=8)
def _environment(override: Path, html: bool, _times: tuple[int, int]) -> jinja2.Environment:
    import jinja2

    env = jinja2.Environment(
        loader=_loader(override),
        autoescape=html,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=True,
        keep_trailing_newline=False,
    )
    env.filters["text"] = text_filter
    env.filters["date"] = V.format_date
    env.filters["and_list"] = V.and_list
    return env


def text_filter(value: object) -> object:
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


def _css(env: jinja2.Environment) -> str:
    """The style sheet as text (the owner's copy first, like the templates)."""
    assert env.loader is not None
    return str(env.loader.get_source(env, "letter.css")[0])


def _template_error(exc: Exception, name: str) -> InputError | NotFoundError:
    import jinja2

    if isinstance(exc, jinja2.TemplateNotFound):
        return NotFoundError(_("Letter template not found: {name}").format(name=exc.name))
    where = getattr(exc, "name", None) or name
    line = getattr(exc, "lineno", None)
    return InputError(_("The letter template {name} has an error{line}: {error}").format(
        name=where, line=f" (line {line})" if line else "", error=getattr(exc, "message", None) or exc))


# -- facts -----------------------------------------------------------------------------------
@dataclass
class Facts:
    """Everything a letter for one request draws on, read from the store once."""

    request: Request
    profile: dict[str, Any]
    settings: dict[str, Any]
    deadlines: deadlines.Deadlines
    confirmations: dict[str, dict[str, str]]
    checklist: dict[str, dict[str, Any]]
    identity: str  # "not_asked", "asked", "verified", "failed"
    representation: dict[str, str] | None
    person: dict[str, Any]
    today: date
    id_reason: str | None = None  # the recorded doubt behind asking for ID (Art. 12(6))
    actions: list[A.Action] = field(default_factory=list)  # restricted, corrected, objection outcomes


def identity_state(entries: Iterable[AuditEntry]) -> str:
    """From the request's audit trail: was ID asked for, and was the identity confirmed?"""
    state = "not_asked"
    for e in entries:
        d = e.details or {}
        if e.event == "letter_exported" and d.get("kind") == "id_request":
            state = "asked" if state != "verified" else state
        elif e.event == "status_changed" and d.get("to") == "awaiting_id":
            state = "asked" if state != "verified" else state
        elif e.event == "id_checked":
            decision = d.get("decision")
            if d.get("identity_verified") or decision == "verified":
                state = "verified"
            elif decision == "ask_more":
                state = "asked"
            else:
                state = "failed"
        elif e.event == "identity_confirmed":
            state = "verified"
    return state


def read_facts(store: Store, reference: str, *, today: date | None = None) -> Facts:
    from studio_dsar.core import settings as settings_mod
    from studio_dsar.core.letters import appendix
    from studio_dsar.core.store import idchecks

    req = store.get_request(reference)
    conf = settings_mod.load(store)
    entries = store.audit_entries(req.id)
    state = identity_state(entries)
    if state == "not_asked" and req.status == "awaiting_id":
        state = "asked"
    return Facts(
        request=req,
        profile=profile_mod.load_profile(store),
        settings=conf,
        deadlines=req.deadlines(conf["country"], conf["promise_days"]),
        confirmations=store.record_confirmations(),
        checklist=store.checklist(req.reference),
        identity=state,
        representation=store.representation(req.reference),
        person=appendix.person_data(store, req, entries),
        today=today or deadlines.studio_today(),
        id_reason=idchecks.id_reason(store, req.id)[0],
        actions=store.actions(req.reference),
    )


# -- the letter as data ----------------------------------------------------------------------
@dataclass
class Enclosure:
    """A file that goes with the letter: the appendix the app makes, or the owner's file."""

    filename: str
    description: str
    content_type: str
    data: bytes | None = None  # None for the appendix PDF until it is laid out
    html: str | None = None  # the appendix as HTML (laid out by pdf.layout)
    generated: bool = False


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
    labels: dict[str, Any]
    logo: bytes | None = None
    requester_name: str | None = None
    requester_email: str | None = None
    studio_name: str = ""
    studio_email: str = ""
    blocks: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    enclosures: list[Enclosure] = field(default_factory=list)
    # What the letter's claims rest on, kept with it in the register: the checklist ticks of an
    # erasure letter, the recorded actions of a restriction, rectification or objection letter.
    checklist: list[dict[str, Any]] = field(default_factory=list)
    eml_body: str = ""


def read_attachment(path: str | Path) -> Enclosure:
    """An owner's file (photo, invoice, mail) read once, to go with the letter as it is."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise InputError(_("{file} is too large to attach (at most 25 MB).").format(file=path.name))
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(_("File not found: {file}").format(file=str(path))) from None
    except IsADirectoryError:
        raise InputError(_("{file} is a folder, not a file.").format(file=path.name)) from None
    except OSError as exc:
        raise InputError(_("Cannot read {file}: {error}").format(file=path.name, error=exc.strerror)) from None
    ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return Enclosure(filename=path.name, description="", content_type=ctype, data=data)


def _check_kind(kind: str, lang: str | None) -> None:
    if kind not in V.KINDS:
        raise InputError(_("Unknown letter kind: {value}. Choose one of: {choices}").format(
            value=kind, choices=", ".join(V.KINDS)))
    if lang is not None and lang not in V.LANGS:
        raise InputError(_("Unknown language: {value}").format(value=lang))


def _working_day_on_or_before(day: date, country: str) -> date:
    while not deadlines.is_working_day(day, country):
        day -= timedelta(days=1)
    return day


def reply_by(facts: Facts) -> date | None:
    """The date a letter may promise: the promise or the legal date, never a Sunday or holiday,
    never in the past. None when both have passed (an overdue request: no date is promised)."""
    dl = facts.deadlines
    country = facts.settings["country"]
    if dl.extended:
        candidates = [dl.extended_due]
    else:
        candidates = [_working_day_on_or_before(dl.promised_due, country), dl.legal_due]
    future = [d for d in candidates if d >= facts.today]
    return min(future) if future else None


def _recipients(prof: dict[str, Any], lang: str) -> list[dict[str, Any]]:
    loc = profile_mod.loc
    countries = V.COUNTRY_NAMES[lang]
    out = []
    for r in prof.get("recipients") or []:
        name = loc(r.get("name"), lang)
        if not name:
            continue
        code = r.get("country") or ""
        out.append({
            "name": name,
            "purpose": loc(r.get("purpose"), lang),
            "country": countries.get(code, code),
            "outside_eea": profile_mod.is_outside_eea(code),
            "safeguards": loc(r.get("safeguards"), lang),
            "notify": bool(r.get("notify", True)),
        })
    return out


def recipient_keys(profile: dict[str, Any]) -> list[str]:
    """Recipients to be told under Art. 19, by the name the record gives them."""
    loc = profile_mod.loc
    out = []
    for r in profile.get("recipients") or []:
        name = loc(r.get("name"), "nl") or loc(r.get("name"), "en") or loc(r.get("name"), "fr")
        if name and r.get("notify", True):
            out.append(name)
    return out


def checklist_items(facts: Facts) -> list[C.Item]:
    return C.items_for(recipient_keys(facts.profile), facts.checklist)


def _checklist_context(facts: Facts, lang: str) -> dict[str, Any]:
    country = facts.profile.get("country") or "NL"
    items = checklist_items(facts)
    words = C.PLACE_WORDS[lang]
    done = [words[i.place] for i in items if i.state == "done" and not i.is_recipient
            and i.place not in C.PUBLIC_PLACES and i.place != "public_copies"]
    kept = []
    for i in items:
        if i.state == "kept" and not i.is_recipient:
            ground = C.ground_words(i.ground or "other", lang, country)
            kept.append({"place": words.get(i.place, i.place), "ground": ground, "note": i.note})
    told = [i.recipient for i in items if i.is_recipient and i.state == "done"]
    not_told = [{"name": i.recipient, "ground": C.ground_words(i.ground or "other", lang, country), "note": i.note}
                for i in items if i.is_recipient and i.state == "kept"]
    public = [words[i.place] for i in items if i.place in C.PUBLIC_PLACES and i.state == "done"]
    return {
        "done": done,
        "kept": kept,
        "told": told,
        "not_told": not_told,
        "public": public,
        "public_copies_told": any(i.place == "public_copies" and i.state == "done" for i in items),
    }


def _authority(country: str, lang: str) -> dict[str, Any]:
    auth = profile_mod.authority(country)
    loc = profile_mod.loc
    return {
        "country": country,
        "name": loc(auth["name"], lang),
        "short": auth["short"],
        "address": auth["address"].get(lang) or auth["address"]["nl"],
        "website": loc(auth["website"], lang),
    }


def context(facts: Facts, kind: str, lang: str, blocks: dict[str, str], enclosures: list[Enclosure]) -> dict[str, Any]:
    """The values a template sees. Everything is a fact from the store or the owner's text."""
    loc = profile_mod.loc
    prof, req, dl = facts.profile, facts.request, facts.deadlines
    countries = V.COUNTRY_NAMES[lang]
    recipients = _recipients(prof, lang)
    legal_name = prof["legal_name"]
    trade = prof.get("trade_name") or ""
    labels = V.LABELS[lang]
    promise = reply_by(facts)
    rep = facts.representation
    return {
        "lang": lang,
        "kind": kind,
        "t": labels,
        "studio": {
            "name": trade or legal_name,
            "legal_name": legal_name,
            "trade_name": trade,
            "address": prof["address"],
            "postcode": prof["postcode"],
            "city": prof["city"],
            "country": prof["country"],
            "country_name": countries.get(prof["country"], prof["country"]),
            "registration_label": labels["registration"].get(prof["country"], ""),
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
        "authority": _authority(prof["country"], lang),
        "requester": {
            "name": req.requester_name or "",
            "email": req.requester_email or "",
            "greet_by_name": V.GREETS_BY_NAME[lang] and bool(req.requester_name),
        },
        "representation": ({"role": rep["role"], "subject_name": rep["subject_name"]} if rep else None),
        "ref": req.reference,
        "letter_date": V.format_date(facts.today, lang),
        "received": V.format_date(dl.received, lang),
        "legal_due": V.format_date(dl.legal_due, lang),
        "legal_due_passed": facts.today > dl.legal_due,
        "reply_by": V.format_date(promise, lang) if promise else "",
        "extended_due": V.format_date(dl.extended_due, lang),
        "extension_notice_by": V.format_date(dl.extension_notice_by, lang),
        "extended": req.extended,
        "rights": [V.RIGHT_NAMES[lang].get(r, r) for r in req.rights],
        "identity": facts.identity,
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
        "checklist": _checklist_context(facts, lang),
        "actions": A.context(facts.actions, kind, lang),
        "enclosures": [{"filename": e.filename, "description": e.description} for e in enclosures],
        "enclosed": bool(enclosures),
        "blocks": blocks,
    }


def default_blocks_from(facts: Facts, kind: str, lang: str) -> dict[str, str]:
    """The editable blocks, pre-filled from ``blocks.LANG.txt`` (owner-overridable)."""
    import jinja2

    blocks = dict.fromkeys(V.BLOCKS[kind], "")
    req = facts.request
    if kind == "extension" and req.extension_reason:
        blocks["reason"] = req.extension_reason
    if kind in ("refusal", "partial_refusal") and req.refusal_reason:
        blocks["reason"] = req.refusal_reason
    env = environment(html=False)
    name = f"blocks.{lang}.txt"
    try:
        template = env.get_template(name)
        ctx = context(facts, kind, lang, dict(blocks), [])
        ctx["person"] = facts.person
        for block in V.BLOCKS[kind]:
            key = f"{kind}__{block}"
            if key in template.blocks and not blocks[block]:
                text = "".join(template.blocks[key](template.new_context(ctx)))
                blocks[block] = "\n".join(ln.rstrip() for ln in text.strip().splitlines())
    except (jinja2.TemplateError, ProfileError, KeyError) as exc:
        if isinstance(exc, jinja2.TemplateError):
            raise _template_error(exc, name) from None
    return blocks


def warnings_for(facts: Facts, kind: str) -> list[str]:
    """Things the owner should know before sending (e.g. an extension notice sent too late)."""
    req, dl, today = facts.request, facts.deadlines, facts.today
    out = []
    if kind == "extension":
        if today > dl.extension_notice_by:
            out.append(_(
                "This extension notice is later than the original deadline ({date}): an extension "
                "must be announced within the first month (GDPR Art. 12(3))."
            ).format(date=long_date(dl.extension_notice_by)))
        elif not req.extended:
            out.append(_("The extension is not yet recorded in the register; record it as well."))
    elif kind == "acknowledgement" and reply_by(facts) is None:
        out.append(_("The answer is overdue: the acknowledgement promises no date. Answer as soon as you can."))
    elif kind not in ("acknowledgement", "id_request", "extension", "restriction_lift") and today > dl.effective_due:
        out.append(_("This answer is later than the deadline ({date}).").format(date=long_date(dl.effective_due)))
    if not req.requester_email:
        out.append(_("The request has no e-mail address: the .eml draft will have no recipient."))
    if kind == "access" and any(r.get("notes") for r in facts.person.get("requests", [])):
        out.append(_("The appendix shows your notes on this person's requests: they are personal data "
                     "the person has a right to see. Read them before you send."))
    early = [a for a in A.for_letter(facts.actions, kind) if a.done_on < dl.received]
    if early:
        out.append(_("An action this letter states is dated before the request arrived ({date}): check the "
                     "date, or withdraw the action and record it again.").format(date=long_date(dl.received)))
    done = A.lifted(facts.actions)
    if kind == "restriction_lift" and done:
        out.append(_("You recorded that a restriction was lifted on {date}: the person must be told before it is "
                     "lifted (GDPR Art. 18(3)). Send this notice only for a restriction still in force.").format(
                         date=long_date(done[-1].done_on)))
    if kind == "identity_not_verified" and facts.identity == "verified":
        out.append(_("The register says the identity was confirmed: check that this letter is right."))
    return out


def _gates(facts: Facts, kind: str, blocks: dict[str, str]) -> None:
    if kind == "id_request" and not facts.id_reason:
        raise InputError(_("Record why you doubt who is asking before you ask for ID (GDPR Art. 12(6)): "
                           "studio-dsar idreason REFERENCE \"reason\", or set the status to “awaiting ID” "
                           "in the window."))
    if kind in V.NEEDS_CONFIRMED_RECORD:
        R.require_confirmed(facts.profile, facts.confirmations)
    if kind in V.NEEDS_IDENTITY and facts.identity in ("asked", "failed"):
        raise StateError(_(
            "Proof of identity was asked for this request and the identity is not confirmed yet: "
            "an access letter would give the data to someone you have not identified. Record the "
            "ID check (or confirm the identity another way) first."))
    if kind in V.NEEDS_CHECKLIST:
        open_ = C.open_items(checklist_items(facts))
        if open_:
            raise StateError(_(
                "The letter states what was erased, kept or passed on: tick every place of the "
                "checklist first. Still open: {places}.").format(
                    places=", ".join(C.place_label(i.place) for i in open_)))
    if kind in V.NEEDS_ACTIONS:
        A.require_actions(facts.actions, kind, facts.request.reference)
    if kind in V.REASON_REQUIRED and not blocks.get("reason"):
        raise InputError({
            "refusal": _("A refusal letter needs the reasons for the refusal (GDPR Art. 12(4))."),
            "partial_refusal": _("A partial refusal needs the reasons for what you refuse (GDPR Art. 12(4))."),
            "unfounded": _("Say why the request is manifestly unfounded or excessive (GDPR Art. 12(5)): "
                           "you must be able to show it."),
            "restriction_lift": _("Say why the restriction ends (for example: “we checked your address and it "
                                  "was correct”; GDPR Art. 18(3)): the notice must tell the person."),
        }.get(kind, _("An extension notice needs the reasons for the extension (GDPR Art. 12(3)).")))
    if kind == "partial_refusal" and not blocks.get("granted"):
        raise InputError(_("Say what you do provide or do in the partial refusal."))
    if kind == "no_data" and not blocks.get("searched"):
        raise InputError(_("Say where you searched for the person's data before you write that you hold none."))
    if kind == "processor_forward" and not blocks.get("controller"):
        raise InputError(_("Name the controller you forwarded the request to (Art. 28(3)(e) GDPR)."))


def compose_letter(
    facts: Facts,
    kind: str,
    lang: str | None = None,
    *,
    blocks: dict[str, str] | None = None,
    reason: str | None = None,
    attachments: Sequence[Enclosure] = (),
) -> Letter:
    """Compose one letter from facts read once. Raises ProfileError/StateError/InputError."""
    import jinja2
    from markupsafe import Markup

    _check_kind(kind, lang)
    req = facts.request
    lang = lang or V.letter_language(req.language)
    prof = profile_mod.validate_profile(facts.profile)

    merged = default_blocks_from(facts, kind, lang)
    for key, value in (blocks or {}).items():
        if key in merged and value is not None:
            merged[key] = str(value)
    if reason is not None and str(reason).strip() and "reason" in merged:
        merged["reason"] = str(reason)
    merged = {k: v.strip() for k, v in merged.items()}
    _gates(facts, kind, merged)

    attachments = list(attachments or ())
    if attachments and kind not in V.TAKES_ATTACHMENTS:
        raise InputError(_("Files can be added only to these letters: {kinds}.").format(
            kinds=", ".join(sorted(V.TAKES_ATTACHMENTS))))
    from studio_dsar.core.letters import appendix

    enclosures = appendix.enclosures_for(facts, kind, lang, attachments)

    env = environment()
    name = template_name(kind, lang)
    ctx = context(facts, kind, lang, merged, enclosures)
    ctx["id_reason"] = facts.id_reason or ""
    try:
        template = env.get_template(name)
        html = template.render(ctx)
        subject_markup = "".join(template.blocks["subject"](template.new_context(ctx))) \
            if "subject" in template.blocks else kind
        css = _css(env)
        text_env = environment(html=False)
        eml_body = text_env.get_template(f"eml.{lang}.txt").render(ctx).strip() + "\n"
    except jinja2.TemplateError as exc:
        raise _template_error(exc, name) from None
    subject = " ".join(Markup(subject_markup).striptags().split())
    labels = V.LABELS[lang]
    studio = ctx["studio"]
    reg_label = labels["registration"].get(prof["country"], labels["registration"]["NL"])
    studio_line = " · ".join(x for x in (
        studio["legal_name"], f"{reg_label} {prof['registration_number']}",
        f"{labels['vat']} {prof['vat_number']}" if prof.get("vat_number") else "",
        prof["email"], prof.get("website") or "",
    ) if x)
    items = checklist_items(facts) if kind in V.NEEDS_CHECKLIST else []
    grounds = [{"place": i.place, "state": i.state, "ground": i.ground} for i in items]
    grounds += A.letter_record(facts.actions, kind)
    return Letter(
        reference=req.reference, kind=kind, lang=lang, html=html, css=css, subject=subject,
        title=f"{subject} – {req.reference}", studio_line=studio_line, labels=labels,
        logo=profile_mod.logo_bytes(prof), requester_name=req.requester_name,
        requester_email=req.requester_email, studio_name=studio["name"], studio_email=prof["email"],
        blocks=merged, warnings=warnings_for(facts, kind), enclosures=enclosures,
        checklist=grounds,
        eml_body=eml_body,
    )
