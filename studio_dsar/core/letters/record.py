"""Which sections of the processing record the owner has confirmed.

The wizard's defaults describe a typical studio, not this one. Before the first access or
erasure letter the owner confirms each section; a confirmation holds a digest of the section
as confirmed, so a later edit makes it unconfirmed again. Confirmations live in the store
(table ``record_confirmations``) and are audited.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import hashlib
import json

from studio_dsar.core.errors import ProfileError
from studio_dsar.core import vocab
from studio_dsar.core.i18n import _

if TYPE_CHECKING:
    from studio_dsar.core.store import Store

Profile = dict[str, Any]

SECTIONS = ("purposes", "categories", "recipients", "retention", "sources", "automated_decisions")
SECTION_LABELS = vocab.RECORD_SECTIONS


def section_label(section: str) -> str:
    return vocab.word(SECTION_LABELS, section)


def section_value(profile: Profile, section: str) -> Any:
    """The part of the profile a section covers."""
    if section == "purposes":
        return profile.get("purposes") or []
    if section == "categories":
        return [c.get("category") for c in profile.get("data_categories") or []]
    if section == "retention":
        return [[c.get("category"), c.get("retention")] for c in profile.get("data_categories") or []]
    if section == "recipients":
        return profile.get("recipients") or []
    return profile.get(section) or ""


def digest(profile: Profile, section: str) -> str:
    data = json.dumps(section_value(profile, section), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _texts(value: object) -> list[str]:
    if isinstance(value, dict):
        return [str(v).strip() for v in value.values() if str(v or "").strip()]
    return [str(value).strip()] if str(value or "").strip() else []


def is_empty(profile: Profile, section: str) -> bool:
    """An empty section cannot be confirmed: the automated-decisions text must say 'none'."""
    value = section_value(profile, section)
    if section in ("sources", "automated_decisions"):
        return not _texts(value)
    if section == "recipients":
        return False  # "we share with nobody" is a valid record
    return not value


def generic_recipients(profile: Profile) -> list[str]:
    """Recipients still named by the wizard's generic category (CJEU C-154/21 wants names)."""
    from studio_dsar.core.letters.profile import GENERIC_RECIPIENT_NAMES, loc

    out = []
    for r in profile.get("recipients") or []:
        names = set(_texts(r.get("name")))
        if names & GENERIC_RECIPIENT_NAMES:
            out.append(loc(r.get("name"), "en") or loc(r.get("name"), "nl"))
    return out


def confirmable_problem(profile: Profile, section: str) -> str | None:
    """Why ``section`` cannot be confirmed as it stands, or None."""
    if section not in SECTIONS:
        return _("Unknown section: {value}. Choose one of: {choices}").format(
            value=section, choices=", ".join(SECTIONS))
    if is_empty(profile, section):
        return _("The section {section} is empty: fill it in first.").format(section=section_label(section))
    if section == "recipients":
        generic = generic_recipients(profile)
        if generic:
            return _("Name each recipient (the company, not the kind of service): {names}.").format(
                names=", ".join(generic))
    return None


def status(profile: Profile, confirmations: dict[str, dict[str, str]]) -> dict[str, dict[str, Any]]:
    """Per section: confirmed (and still matching), when, and whether it changed since."""
    out = {}
    for section in SECTIONS:
        saved = confirmations.get(section) or {}
        current = digest(profile, section)
        confirmed = bool(saved) and saved.get("digest") == current
        out[section] = {
            "confirmed": confirmed,
            "confirmed_at": saved.get("confirmed_at") if confirmed else None,
            "changed_since": bool(saved) and not confirmed,
            "empty": is_empty(profile, section),
        }
    return out


def unconfirmed(profile: Profile, confirmations: dict[str, dict[str, str]]) -> list[str]:
    return [s for s, st in status(profile, confirmations).items() if not st["confirmed"]]


def confirm(store: Store, section: str | None = None) -> list[str]:
    """Confirm one section (or all); returns the sections confirmed. Raises ProfileError."""
    from studio_dsar.core.letters.profile import load_profile

    profile = load_profile(store)
    sections = list(SECTIONS) if section is None else [section]
    problems = [p for p in (confirmable_problem(profile, s) for s in sections) if p]
    if problems:
        raise ProfileError(" ".join(problems))
    with store.transaction():
        for s in sections:
            store.confirm_record_section(s, digest(profile, s))
    return sections


def require_confirmed(profile: Profile, confirmations: dict[str, dict[str, str]]) -> None:
    missing = unconfirmed(profile, confirmations)
    if missing:
        raise ProfileError(
            _("Confirm these sections of the processing record first (Studio profile, or "
              "'studio-dsar profile confirm'): {sections}.").format(
                sections=", ".join(section_label(s) for s in missing))
        )
