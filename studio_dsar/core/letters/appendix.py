"""What goes with a letter: the register extract (access), the export files (portability) and
the owner's own files.

:func:`person_data` collects what the register holds about the person (their requests, the
letters sent to them, what was done on their requests, the outcome of identity checks, never a
document or number);
:func:`enclosures_for` turns it into the appendix PDF (laid out later by :mod:`.pdf`) for an
access letter, or into JSON and CSV for a portability letter (Art. 20: structured, commonly
used, machine-readable), and adds the owner's files.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from studio_dsar.core.letters import words as V

if TYPE_CHECKING:
    from studio_dsar.core.letters.compose import Enclosure, Facts
    from studio_dsar.core.model import AuditEntry, Request
    from studio_dsar.core.store import Store

EXPORT_FORMAT = "studio-dsar/person-export/1"


def _iso(value: object) -> str:
    from datetime import datetime

    return value.isoformat(timespec="minutes") if isinstance(value, datetime) else str(value or "")


def _folded(text: str | None) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFKD", text or "")
    return " ".join("".join(c for c in plain if not unicodedata.combining(c)).casefold().split())


def _same_person(req: Request, other: Request) -> bool:
    """Another request counts as this person's only when both the address and the name agree:
    a family or an office often shares one address, and nobody may see another's requests."""
    if other.id == req.id:
        return True
    a, b = (req.requester_email or "").strip().lower(), (other.requester_email or "").strip().lower()
    name_a, name_b = _folded(req.requester_name), _folded(other.requester_name)
    return bool(a) and a == b and bool(name_a) and name_a == name_b


def person_data(store: Store, req: Request, entries: list[AuditEntry] | None = None) -> dict[str, Any]:
    """What the register holds about the requester, as plain data (the same for PDF/JSON/CSV)."""
    requests = [r for r in store.list_requests("all") if _same_person(req, r)]
    out_requests: list[dict[str, Any]] = []
    letters: list[dict[str, Any]] = []
    checks: list[dict[str, Any]] = []
    actions: list[dict[str, Any]] = []
    for r in requests:
        out_requests.append({
            "reference": r.reference,
            "received_at": _iso(r.received_at),
            "name": r.requester_name or "",
            "email": r.requester_email or "",
            "rights": list(r.rights),
            "channel": r.channel,
            "language": r.language,
            "subject": r.subject or "",
            "status": r.status,
            "notes": r.notes or "",
            "extension_reason": r.extension_reason or "",
            "refusal_reason": r.refusal_reason or "",
            "closed_at": r.closed_at or "",
            "files_received": [a.filename for a in r.attachments if not a.is_id_document],
        })
        for letter in store.letters(r.reference):
            letters.append({"reference": r.reference, "kind": letter["kind"], "language": letter["language"],
                            "sent_at": letter["exported_at"]})
        for a in store.actions(r.reference, include_withdrawn=True):
            actions.append({"reference": r.reference, "kind": a.kind, "done_on": a.done_on.isoformat(),
                            "what": a.what, "from": a.value_from, "to": a.value_to, "grounds": a.grounds,
                            "withdrawn": bool(a.withdrawn_at)})
        audit = entries if (entries is not None and r.id == req.id) else store.audit_entries(r.id)
        for e in audit:
            if e.event == "id_checked":
                checks.append({"reference": r.reference, "at": e.at,
                               "outcome": "verified" if e.details.get("identity_verified") else "not_verified",
                               "copy_kept": "redacted copy" if e.details.get("kept_item") else "none"})
            elif e.event == "identity_confirmed":
                checks.append({"reference": r.reference, "at": e.at, "outcome": "verified",
                               "means": e.details.get("means", ""), "copy_kept": "none"})
    return {"format": EXPORT_FORMAT, "requests": out_requests, "letters": letters, "actions": actions,
            "identity_checks": checks}


def export_json(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def export_csv(data: dict[str, Any]) -> bytes:
    """One row per value: section, item, field, value (UTF-8 with BOM for spreadsheet apps)."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["section", "item", "field", "value"])
    for section in ("requests", "letters", "actions", "identity_checks"):
        for n, item in enumerate(data.get(section) or [], start=1):
            for key, value in item.items():
                if isinstance(value, list):
                    value = "; ".join(str(v) for v in value)
                writer.writerow([section, n, key, value])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def _display(person: dict[str, Any], lang: str) -> dict[str, Any]:
    """The register extract with codes and dates in words of ``lang`` (the PDF is for people)."""
    from datetime import datetime

    def day(value: str) -> str:
        try:
            return V.format_date(datetime.fromisoformat(value).date(), lang)
        except (TypeError, ValueError):
            return value

    kinds = V.KIND_SUBJECTS[lang]
    out: dict[str, Any] = {"requests": [], "letters": [], "actions": [], "identity_checks": []}
    for r in person["requests"]:
        r = dict(r)
        r["received_at"] = day(r["received_at"])
        r["closed_at"] = day(r["closed_at"]) if r["closed_at"] else ""
        r["rights"] = [V.RIGHT_NAMES[lang].get(x, x) for x in r["rights"]]
        r["channel"] = V.CHANNEL_NAMES[lang].get(r["channel"], r["channel"])
        r["language"] = V.LANGUAGE_NAMES[lang].get(r["language"], r["language"])
        r["status"] = V.STATUS_NAMES[lang].get(r["status"], r["status"])
        out["requests"].append(r)
    for letter in person["letters"]:
        out["letters"].append({**letter, "kind": kinds.get(letter["kind"], letter["kind"]),
                               "language": V.LANGUAGE_NAMES[lang].get(letter["language"], letter["language"]),
                               "sent_at": day(letter["sent_at"])})
    for a in person.get("actions") or []:
        out["actions"].append({**a, "done_on": day(a["done_on"]),
                               "kind": V.ACTION_NAMES[lang].get(a["kind"], a["kind"])})
    for c in person["identity_checks"]:
        out["identity_checks"].append({**c, "at": day(c["at"]),
                                       "outcome": V.OUTCOME_NAMES[lang].get(c["outcome"], c["outcome"]),
                                       "copy_kept": V.OUTCOME_NAMES[lang].get(c["copy_kept"], c["copy_kept"])})
    return out


def appendix_html(facts: Facts, lang: str) -> str:
    import jinja2

    from studio_dsar.core.letters.compose import _template_error, environment

    env = environment()
    name = "appendix.html"
    try:
        return str(env.get_template(name).render(
            lang=lang, person=_display(facts.person, lang), ref=facts.request.reference,
            studio=facts.profile.get("trade_name") or facts.profile.get("legal_name") or "",
            date=V.format_date(facts.today, lang), withdrawn_word=V.ACTION_NAMES[lang]["withdrawn"],
        ))
    except jinja2.TemplateError as exc:
        raise _template_error(exc, name) from None


def enclosures_for(facts: Facts, kind: str, lang: str, attachments: Sequence[Enclosure]) -> list[Enclosure]:
    from studio_dsar.core.letters.compose import Enclosure

    ref = facts.request.reference
    word = V.LABELS[lang]["appendix_file"]
    out: list[Enclosure] = []
    if kind == "access":
        out.append(Enclosure(
            filename=f"{ref}-{word}.pdf",
            description={"nl": "overzicht van wat ons register over u bevat",
                         "en": "overview of what our register holds about you",
                         "fr": "aperçu de ce que notre registre contient à votre sujet"}[lang],
            content_type="application/pdf", html=appendix_html(facts, lang), generated=True))
    elif kind == "portability":
        for ext, data, ctype in (("json", export_json(facts.person), "application/json"),
                                 ("csv", export_csv(facts.person), "text/csv")):
            out.append(Enclosure(
                filename=f"{ref}-export.{ext}",
                description={"nl": f"uw gegevens uit ons register ({ext.upper()})",
                             "en": f"your data from our register ({ext.upper()})",
                             "fr": f"vos données issues de notre registre ({ext.upper()})"}[lang],
                content_type=ctype, data=data, generated=True))
    for a in attachments:
        out.append(a)
    return out
