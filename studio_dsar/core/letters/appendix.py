"""What goes with a letter: the register extract (access), the export files (portability) and
the owner's own files.

:func:`person_data` collects what the register holds about the person (their requests, the
letters sent to them, the outcome of identity checks, never a document or number);
:func:`enclosures_for` turns it into the appendix PDF (laid out later by :mod:`.pdf`) for an
access letter, or into JSON and CSV for a portability letter (Art. 20: structured, commonly
used, machine-readable), and adds the owner's files.
"""

from __future__ import annotations

import csv
import io
import json

from studio_dsar.core.letters import words as V

EXPORT_FORMAT = "studio-dsar/person-export/1"


def _iso(value) -> str:
    return value.isoformat(timespec="minutes") if hasattr(value, "isoformat") else str(value or "")


def _same_person(req, other) -> bool:
    if other.id == req.id:
        return True
    a, b = (req.requester_email or "").strip().lower(), (other.requester_email or "").strip().lower()
    return bool(a) and a == b


def person_data(store, req, entries=None) -> dict:
    """What the register holds about the requester, as plain data (the same for PDF/JSON/CSV)."""
    requests = [r for r in store.list_requests("all") if _same_person(req, r)]
    out_requests, letters, checks = [], [], []
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
        audit = entries if (entries is not None and r.id == req.id) else store.audit_entries(r.id)
        for e in audit:
            if e.event == "id_checked":
                checks.append({"reference": r.reference, "at": e.at,
                               "outcome": "verified" if e.details.get("identity_verified") else "not_verified",
                               "copy_kept": "redacted copy" if e.details.get("kept_item") else "none"})
            elif e.event == "identity_confirmed":
                checks.append({"reference": r.reference, "at": e.at, "outcome": "verified",
                               "means": e.details.get("means", ""), "copy_kept": "none"})
    return {"format": EXPORT_FORMAT, "requests": out_requests, "letters": letters, "identity_checks": checks}


def export_json(data: dict) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def export_csv(data: dict) -> bytes:
    """One row per value: section, item, field, value (UTF-8 with BOM for spreadsheet apps)."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["section", "item", "field", "value"])
    for section in ("requests", "letters", "identity_checks"):
        for n, item in enumerate(data.get(section) or [], start=1):
            for key, value in item.items():
                if isinstance(value, list):
                    value = "; ".join(str(v) for v in value)
                writer.writerow([section, n, key, value])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def appendix_html(facts, lang: str) -> str:
    from studio_dsar.core.letters.compose import _template_error, environment

    env = environment()
    name = "appendix.html"
    try:
        return env.get_template(name).render(
            lang=lang, person=facts.person, ref=facts.request.reference,
            studio=facts.profile.get("trade_name") or facts.profile.get("legal_name") or "",
            date=V.format_date(facts.today, lang), rights=V.RIGHT_NAMES[lang],
        )
    except Exception as exc:  # jinja2.TemplateError: reported with file and line
        import jinja2

        if isinstance(exc, jinja2.TemplateError):
            raise _template_error(exc, name) from None
        raise


def enclosures_for(facts, kind: str, lang: str, attachments: list) -> list:
    from studio_dsar.core.letters.compose import Enclosure

    ref = facts.request.reference
    word = V.LABELS[lang]["appendix_file"]
    out = []
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
