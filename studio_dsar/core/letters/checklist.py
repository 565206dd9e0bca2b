"""The checklist behind an erasure or consent-withdrawal letter.

Each place where a studio keeps personal data is ticked by the owner: ``done`` (erased /
no longer used), ``kept`` with its legal ground (Art. 17(3) GDPR), or ``none`` (we never held
the person's data there). Processors and other recipients from the processing record are
places too (told under Art. 19). The letter states exactly what was ticked, and refuses while
a place is still open. Every tick is written to the audit log by the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from studio_dsar.core.errors import InputError
from studio_dsar.core import vocab
from studio_dsar.core.i18n import _

STATES = ("done", "kept", "none")
PLACES = ("client_admin", "mailbox", "image_archive", "portfolio_site", "social_media", "backups",
          "public_copies")
# Places whose data was made public by the studio: Art. 17(2) applies to them.
PUBLIC_PLACES = frozenset({"portfolio_site", "social_media"})
PROCESSOR_PREFIX = "recipient:"
GROUNDS = ("tax_records", "legal_claims", "backup_cycle", "other")

PLACE_LABELS = vocab.CHECKLIST_PLACES
STATE_LABELS = vocab.CHECKLIST_STATES
GROUND_LABELS = vocab.CHECKLIST_GROUNDS

# Words for the letter, per language.
PLACE_WORDS = {
    "nl": {"client_admin": "onze klantadministratie", "mailbox": "onze mailbox",
           "image_archive": "ons beeldarchief", "portfolio_site": "onze portfoliosite",
           "social_media": "onze sociale-mediakanalen", "backups": "onze back-ups",
           "public_copies": "anderen die onze gepubliceerde beelden tonen"},
    "en": {"client_admin": "our client administration", "mailbox": "our mailbox",
           "image_archive": "our image archive", "portfolio_site": "our portfolio site",
           "social_media": "our social media channels", "backups": "our backups",
           "public_copies": "others who show our published images"},
    "fr": {"client_admin": "notre administration clients", "mailbox": "notre boîte mail",
           "image_archive": "nos archives d’images", "portfolio_site": "notre site portfolio",
           "social_media": "nos réseaux sociaux", "backups": "nos sauvegardes",
           "public_copies": "les tiers qui montrent nos images publiées"},
}


def ground_words(ground: str, lang: str, country: str) -> str:
    """The legal ground for keeping data, as the letter states it."""
    years = 10 if country == "BE" else 7
    law = {
        "NL": {"nl": "artikel 52 Algemene wet inzake rijksbelastingen",
               "en": "Art. 52 of the Dutch General Tax Act",
               "fr": "article 52 de la loi générale néerlandaise relative aux impôts de l’État"},
        "BE": {"nl": "artikel 315 WIB 92 en artikel 60 WBTW",
               "en": "Art. 315 of the Belgian Income Tax Code 1992 and Art. 60 of the VAT Code",
               "fr": "article 315 CIR 92 et article 60 du Code de la TVA"},
    }[country if country in ("NL", "BE") else "NL"][lang]
    words = {
        "tax_records": {
            "nl": f"fiscale bewaarplicht van {years} jaar na afloop van het boekjaar ({law}; artikel 17 lid 3 onder b AVG)",
            "en": f"tax retention duty of {years} years from the end of the financial year ({law}; Article 17(3)(b) GDPR)",
            "fr": f"obligation fiscale de conservation de {years} ans à compter de la fin de l’exercice ({law} ; "
                  "article 17, paragraphe 3, point b), du RGPD)",
        },
        "legal_claims": {
            "nl": "nodig voor de instelling, uitoefening of onderbouwing van een rechtsvordering (artikel 17 lid 3 onder e AVG)",
            "en": "needed for the establishment, exercise or defence of legal claims (Article 17(3)(e) GDPR)",
            "fr": "nécessaire à la constatation, à l’exercice ou à la défense de droits en justice "
                  "(article 17, paragraphe 3, point e), du RGPD)",
        },
        "backup_cycle": {
            "nl": "in back-ups die in de normale cyclus worden overschreven; wij zetten daaruit niets van u terug en gebruiken ze niet",
            "en": "in backups that are overwritten in their normal cycle; we restore nothing of yours from them and do not use them",
            "fr": "dans des sauvegardes écrasées selon leur cycle normal ; nous n’en restaurons rien vous concernant et ne les utilisons pas",
        },
        "other": {"nl": "", "en": "", "fr": ""},
    }
    return words.get(ground, words["other"])[lang]


@dataclass
class Item:
    place: str  # one of PLACES, or "recipient:<name>"
    state: str | None = None  # None: not ticked yet
    ground: str | None = None
    note: str = ""

    @property
    def is_recipient(self) -> bool:
        return self.place.startswith(PROCESSOR_PREFIX)

    @property
    def recipient(self) -> str:
        return self.place[len(PROCESSOR_PREFIX):] if self.is_recipient else ""


def recipient_place(name: str) -> str:
    return PROCESSOR_PREFIX + name


def place_label(place: str) -> str:
    """The place's name in the UI language."""
    if place.startswith(PROCESSOR_PREFIX):
        return _("Recipient told (Art. 19): {name}").format(name=place[len(PROCESSOR_PREFIX):])
    return vocab.word(PLACE_LABELS, place)


def check_item(place: str, state: str, ground: str | None, note: str) -> None:
    if not (place in PLACES or (place.startswith(PROCESSOR_PREFIX) and place[len(PROCESSOR_PREFIX):].strip())):
        raise InputError(_("Unknown checklist place: {value}").format(value=place))
    if state not in STATES:
        raise InputError(_("Unknown checklist state: {value}. Choose one of: {choices}").format(
            value=state, choices=", ".join(STATES)))
    if state == "kept":
        if ground not in GROUNDS:
            raise InputError(_("Data that is kept needs its legal ground: {choices}").format(
                choices=", ".join(GROUNDS)))
        if ground == "other" and not (note or "").strip():
            raise InputError(_("Explain the legal ground in the note when you choose 'other'."))


def items_for(recipient_names: list[str], saved: dict[str, dict[str, Any]]) -> list[Item]:
    """The full checklist: the fixed places, then one line per recipient, with saved ticks."""
    places = list(PLACES) + [recipient_place(n) for n in recipient_names]
    places += [p for p in saved if p not in places]  # a recipient removed from the record later
    out = []
    for place in places:
        s = saved.get(place) or {}
        out.append(Item(place, s.get("state"), s.get("ground"), s.get("note") or ""))
    return out


def open_items(items: list[Item]) -> list[Item]:
    return [i for i in items if i.state not in STATES]
