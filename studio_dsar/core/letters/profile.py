"""The studio profile: who the controller is, and the processing record the letters draw on.

Stored as one JSON value in the settings table (key ``studio_profile``). Free-text fields of
the processing record may be a plain string or a ``{"nl": ..., "en": ...}`` pair, so one record
serves letters in both languages; :func:`loc` picks the right one.

The studio's country decides the supervisory authority named in the letters (Art. 12(4),
15(1)(f) GDPR). Deadlines use the app settings' country and promise period; saving the
profile keeps those two settings in step with it.
"""

from __future__ import annotations

import base64
import copy
import json
from pathlib import Path

from studio_dsar.core.errors import InputError, ProfileError
from studio_dsar.core.i18n import _

SETTING_KEY = "studio_profile"
COUNTRIES = ("NL", "BE")
MAX_LOGO_BYTES = 2 * 1024 * 1024

# The fields every letter needs, in the order they are checked, with a label for messages.
REQUIRED_FIELDS: tuple[tuple[str, str], ...] = (
    ("legal_name", "legal name"),
    ("address", "address"),
    ("postcode", "postcode"),
    ("city", "city"),
    ("country", "country"),
    ("registration_number", "registration number (KvK / KBO)"),
    ("email", "e-mail address"),
    ("privacy_contact", "privacy contact"),
)
# Minimal import files must hold these top-level keys (the rest comes from the defaults).
IMPORT_REQUIRED_KEYS = tuple(k for k, _label in REQUIRED_FIELDS)


# Supervisory authorities (Art. 51 GDPR) by the studio's country.
AUTHORITIES: dict[str, dict] = {
    "NL": {
        "name": {"nl": "Autoriteit Persoonsgegevens", "en": "Autoriteit Persoonsgegevens (Dutch Data Protection Authority)"},
        "short": "Autoriteit Persoonsgegevens",
        "address": ["Postbus 93374", "2509 AJ Den Haag"],
        "website": "autoriteitpersoonsgegevens.nl",
        # Art. 35 UAVG: a request to the court within six weeks of the controller's answer.
        "court": {
            "nl": "Ook kunt u zich tot de rechtbank wenden (artikel 79 AVG en artikel 35 "
                  "Uitvoeringswet AVG); een verzoekschrift moet binnen zes weken na ontvangst van "
                  "deze brief worden ingediend.",
            "en": "You may also apply to the court (Article 79 GDPR and Article 35 of the Dutch GDPR "
                  "Implementation Act); such an application must be filed within six weeks of "
                  "receiving this letter.",
        },
    },
    "BE": {
        "name": {"nl": "Gegevensbeschermingsautoriteit", "en": "Gegevensbeschermingsautoriteit (Belgian Data Protection Authority)"},
        "short": "Gegevensbeschermingsautoriteit",
        "address": ["Drukpersstraat 35", "1000 Brussel"],
        "website": "gegevensbeschermingsautoriteit.be",
        # Art. 209 of the Belgian Act of 30 July 2018: the president of the court of first instance.
        "court": {
            "nl": "Ook kunt u zich tot de rechter wenden: de voorzitter van de rechtbank van eerste "
                  "aanleg (artikel 79 AVG en artikel 209 van de wet van 30 juli 2018).",
            "en": "You may also go to court: the president of the court of first instance "
                  "(Article 79 GDPR and Article 209 of the Belgian Act of 30 July 2018).",
        },
    },
}

LEGAL_BASES: dict[str, dict[str, str]] = {
    "consent": {"nl": "toestemming (art. 6 lid 1 onder a AVG)", "en": "consent (Art. 6(1)(a) GDPR)"},
    "contract": {"nl": "uitvoering van de overeenkomst (art. 6 lid 1 onder b AVG)",
                 "en": "performance of a contract (Art. 6(1)(b) GDPR)"},
    "legal_obligation": {"nl": "wettelijke verplichting (art. 6 lid 1 onder c AVG)",
                         "en": "legal obligation (Art. 6(1)(c) GDPR)"},
    "legitimate_interest": {"nl": "gerechtvaardigd belang (art. 6 lid 1 onder f AVG)",
                            "en": "legitimate interests (Art. 6(1)(f) GDPR)"},
}

# Countries of the European Economic Area: no transfer safeguards needed (Art. 44 ff.).
EEA = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO".split()
)

_INVOICE_RETENTION = {
    "NL": {"nl": "7 jaar (fiscale bewaarplicht, art. 52 Algemene wet inzake rijksbelastingen)",
           "en": "7 years (tax retention duty, Art. 52 Dutch General Tax Act)"},
    "BE": {"nl": "10 jaar (fiscale bewaarplicht, art. 315 WIB 92; btw: art. 60 WBTW)",
           "en": "10 years (tax retention duty, Art. 315 Belgian Income Tax Code 1992)"},
}


def _t(nl: str, en: str) -> dict[str, str]:
    return {"nl": nl, "en": en}


def default_profile(country: str = "NL") -> dict:
    """A typical one-person photo/video studio, for the first-run wizard to pre-fill."""
    country = country if country in COUNTRIES else "NL"
    return {
        "legal_name": "",
        "trade_name": "",
        "address": "",
        "postcode": "",
        "city": "",
        "country": country,
        "registration_number": "",
        "vat_number": "",
        "email": "",
        "phone": "",
        "website": "",
        "privacy_contact": "",
        "dpo": "",
        "signatory": "",
        "logo": None,
        "promise_days": 28,
        "purposes": [
            {"purpose": _t("Fotoshoots en video-opnames plannen, maken, bewerken en leveren",
                           "Planning, shooting, editing and delivering photo and video work"),
             "legal_basis": "contract"},
            {"purpose": _t("Offertes, afspraken en contact over een opdracht",
                           "Quotes, appointments and contact about an assignment"),
             "legal_basis": "contract"},
            {"purpose": _t("Facturering en boekhouding", "Invoicing and bookkeeping"),
             "legal_basis": "legal_obligation"},
            {"purpose": _t("Beelden tonen in ons portfolio, op onze website en sociale media",
                           "Showing images in our portfolio, on our website and social media"),
             "legal_basis": "consent"},
            {"purpose": _t("Castingprofielen voorstellen aan opdrachtgevers",
                           "Proposing casting profiles to clients"),
             "legal_basis": "contract"},
            {"purpose": _t("Nieuwsbrief versturen", "Sending our newsletter"),
             "legal_basis": "consent"},
        ],
        "data_categories": [
            {"category": _t("Contact- en klantgegevens (naam, adres, e-mailadres, telefoonnummer)",
                            "Contact and client details (name, address, e-mail address, phone number)"),
             "retention": _t("2 jaar na de laatste opdracht", "2 years after the last assignment")},
            {"category": _t("Foto's en video-opnames van de shoot (ruwe en bewerkte bestanden)",
                            "Photos and video footage of the shoot (raw and edited files)"),
             "retention": _t("12 maanden na levering; beelden in het portfolio zolang uw toestemming geldt",
                             "12 months after delivery; portfolio images for as long as your consent applies")},
            {"category": _t("Facturen en betaalgegevens", "Invoices and payment details"),
             "retention": _INVOICE_RETENTION[country]},
            {"category": _t("Correspondentie (e-mail, berichten)", "Correspondence (e-mail, messages)"),
             "retention": _t("2 jaar na de laatste opdracht", "2 years after the last assignment")},
            {"category": _t("Castingprofiel (foto's, maten, ervaring)",
                            "Casting profile (photos, sizes, experience)"),
             "retention": _t("tot u zich uitschrijft", "until you unsubscribe")},
            {"category": _t("E-mailadres voor de nieuwsbrief", "E-mail address for the newsletter"),
             "retention": _t("tot u zich afmeldt", "until you unsubscribe")},
            {"category": _t("Kopie van een identiteitsbewijs bij een privacyverzoek",
                            "Copy of an identity document for a privacy request"),
             "retention": _t("direct na de controle verwijderd", "deleted right after the check")},
        ],
        "recipients": [
            {"name": _t("Mailingdienst (nieuwsbrief)", "Mailing service (newsletter)"),
             "purpose": _t("verzenden van de nieuwsbrief", "sending the newsletter"),
             "country": "US",
             "safeguards": _t("EU-VS Data Privacy Framework en standaardcontractbepalingen van de "
                              "Europese Commissie (art. 45 en 46 AVG)",
                              "EU-US Data Privacy Framework and the European Commission's standard "
                              "contractual clauses (Art. 45 and 46 GDPR)")},
            {"name": _t("Boekhoudsoftware", "Bookkeeping software"),
             "purpose": _t("facturen en boekhouding", "invoices and bookkeeping"),
             "country": country, "safeguards": _t("", "")},
            {"name": _t("Boekhouder", "Accountant"),
             "purpose": _t("belastingaangifte en jaarrekening", "tax returns and annual accounts"),
             "country": country, "safeguards": _t("", "")},
            {"name": _t("Webhost", "Web host"),
             "purpose": _t("website, e-mail en online galerie", "website, e-mail and online gallery"),
             "country": "NL", "safeguards": _t("", "")},
            {"name": _t("Belastingdienst" if country == "NL" else "FOD Financiën",
                        "Tax authority"),
             "purpose": _t("alleen als de wet ons dat verplicht", "only when the law requires it"),
             "country": country, "safeguards": _t("", ""), "notify": False},
        ],
        "sources": _t(
            "Wij ontvangen uw gegevens in de regel van uzelf: bij een boeking, een shoot of uw "
            "inschrijving. Boekt uw werkgever, een bureau of een opdrachtgever de shoot, dan kan die "
            "ons uw naam en contactgegevens hebben gegeven.",
            "As a rule we receive your data from you: when you book, at a shoot or when you sign "
            "up. If your employer, an agency or a client booked the shoot, they may have given us "
            "your name and contact details.",
        ),
        "automated_decisions": _t(
            "Wij nemen geen besluiten die uitsluitend berusten op geautomatiseerde verwerking, "
            "profilering daaronder begrepen (art. 22 AVG).",
            "We take no decisions based solely on automated processing, including profiling "
            "(Art. 22 GDPR).",
        ),
    }


# -- helpers -------------------------------------------------------------------------------
def loc(value, lang: str) -> str:
    """The text of ``value`` in ``lang``: a plain string, or a {"nl","en"} pair with fallback."""
    if value is None:
        return ""
    if isinstance(value, dict):
        text = value.get(lang) or value.get("nl") or value.get("en") or ""
        return str(text).strip()
    return str(value).strip()


def authority(country: str) -> dict:
    return AUTHORITIES.get(country, AUTHORITIES["NL"])


def is_outside_eea(country: str) -> bool:
    code = (country or "").strip().upper()
    return bool(code) and code not in EEA


def field_label(key: str) -> str:
    """The field's name for messages, in the UI language (literal msgids for extraction)."""
    labels = {
        "legal_name": _("legal name"),
        "address": _("address"),
        "postcode": _("postcode"),
        "city": _("city"),
        "country": _("country"),
        "registration_number": _("registration number (KvK / KBO)"),
        "email": _("e-mail address"),
        "privacy_contact": _("privacy contact"),
        "trade_name": _("trade name"),
        "phone": _("phone number"),
        "website": _("website"),
        "vat_number": _("VAT number"),
        "dpo": _("data protection officer"),
        "signatory": _("signed by"),
        "promise_days": _("promised reply period (days)"),
        "purposes": _("purposes of processing"),
        "data_categories": _("categories of personal data"),
        "recipients": _("recipients and processors"),
        "sources": _("sources of the data"),
        "automated_decisions": _("automated decision-making"),
        "logo": _("logo"),
    }
    return labels.get(key, key)


def _label_with_key(key: str) -> str:
    label = field_label(key)
    return label if label == key else f"{label} ({key})"


def missing_fields(profile: dict) -> list[str]:
    """Keys of required fields (and record parts) that are empty, in check order."""
    missing = [key for key, _label in REQUIRED_FIELDS if not str(profile.get(key) or "").strip()]
    if profile.get("country") and profile.get("country") not in COUNTRIES and "country" not in missing:
        missing.append("country")
    for key in ("purposes", "data_categories"):
        if not [item for item in profile.get(key) or [] if isinstance(item, dict) and any(
                loc(v, "nl") for k, v in item.items() if k != "legal_basis")]:
            missing.append(key)
    return missing


def validate_profile(profile: dict) -> dict:
    """Raise :class:`ProfileError` naming the first missing field; return the profile."""
    missing = missing_fields(profile)
    if missing:
        key = missing[0]
        if key == "country" and profile.get("country"):
            raise ProfileError(
                _("The studio profile's country must be NL or BE, not {value}.").format(value=profile.get("country"))
            )
        raise ProfileError(
            _("The studio profile is missing the {label} ({field}). Fill it in under Studio profile.").format(
                label=field_label(key), field=key)
        )
    for i, purpose in enumerate(profile.get("purposes") or []):
        if purpose.get("legal_basis") not in LEGAL_BASES:
            raise ProfileError(
                _("Purpose {n} of the studio profile has no valid legal basis ({choices}).").format(
                    n=i + 1, choices=", ".join(LEGAL_BASES))
            )
    return profile


def normalise(profile: dict, defaults: dict | None = None) -> dict:
    """Fill missing keys from the defaults, trim strings, coerce types. Unknown keys are dropped."""
    base = copy.deepcopy(defaults if defaults is not None else default_profile(profile.get("country") or "NL"))
    out = {}
    for key, default in base.items():
        value = profile.get(key, default) if isinstance(profile, dict) else default
        if isinstance(default, str) and value is not None and not isinstance(value, (dict, list)):
            value = str(value).strip()
        out[key] = value
    out["country"] = str(out.get("country") or "NL").strip().upper()
    try:
        out["promise_days"] = max(1, min(int(out.get("promise_days") or 28), 31))
    except (TypeError, ValueError):
        out["promise_days"] = 28
    for key in ("purposes", "data_categories", "recipients"):
        if not isinstance(out.get(key), list):
            out[key] = base[key]
        out[key] = [dict(item) for item in out[key] if isinstance(item, dict)]
    for item in out["recipients"]:
        item["country"] = str(item.get("country") or "").strip().upper()
    for item in out["purposes"]:
        item.setdefault("legal_basis", "legitimate_interest")
    if out.get("logo") is not None and not isinstance(out["logo"], str):
        out["logo"] = None
    return out


def logo_bytes(profile: dict) -> bytes | None:
    data = profile.get("logo")
    if not data:
        return None
    try:
        return base64.b64decode(data, validate=True)
    except (ValueError, TypeError):
        return None


def set_logo(profile: dict, path: str | Path | None) -> dict:
    """Put the image at ``path`` into the profile (``None`` removes the logo)."""
    if path is None:
        profile["logo"] = None
        return profile
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(_("Cannot read the logo file {file}.").format(file=path.name)) from exc
    if len(data) > MAX_LOGO_BYTES:
        raise InputError(_("The logo is too large (at most 2 MB)."))
    if not _is_image(data):
        raise InputError(_("The logo must be a PNG or JPEG image."))
    profile["logo"] = base64.b64encode(data).decode("ascii")
    return profile


def _is_image(data: bytes) -> bool:
    return data.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff"))


# -- storage -------------------------------------------------------------------------------
def has_profile(store) -> bool:
    return store.get_setting(SETTING_KEY) is not None


def load_profile(store) -> dict:
    """The saved profile with defaults filled in, or the defaults when none was saved yet."""
    saved = store.get_setting(SETTING_KEY)
    if not isinstance(saved, dict):
        from studio_dsar.core import settings

        return default_profile(settings.load(store).get("country", "NL"))
    return normalise(saved)


def save_profile(store, profile: dict, *, validate: bool = True) -> dict:
    """Save the profile (validated unless told otherwise), audit it, sync country/promise."""
    from studio_dsar.core import settings

    profile = normalise(profile)
    if validate:
        validate_profile(profile)
    before = store.get_setting(SETTING_KEY) or {}
    changed = sorted(k for k in profile if before.get(k) != profile.get(k))
    with store.transaction():
        store.set_setting(SETTING_KEY, profile)
        store.audit("profile_changed", details={"fields": changed})
        current = settings.load(store)
        sync = {k: profile[k] for k in ("country", "promise_days")
                if profile[k] != current.get(k) and (k != "country" or profile[k] in COUNTRIES)}
        if sync:
            settings.save(sync, store)
    return profile


def export_profile(store, path: str | Path) -> Path:
    from studio_dsar.core.fileutil import atomic_write

    profile = load_profile(store)
    path = Path(path)
    with atomic_write(path, "w", encoding="utf-8") as fh:
        json.dump(profile, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return path


def import_profile(store, path: str | Path) -> dict:
    """Read a (possibly partial) profile from JSON, fill the rest from the defaults and save it."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise InputError(_("File not found: {file}").format(file=str(path))) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(_("{file} is not a valid JSON file: {error}").format(file=path.name, error=exc)) from None
    if not isinstance(data, dict):
        raise InputError(_("{file} must hold a JSON object.").format(file=path.name))
    absent = [k for k in IMPORT_REQUIRED_KEYS if k not in data]
    if absent:
        raise ProfileError(
            _("The profile file lacks these fields: {fields}").format(
                fields=", ".join(_label_with_key(k) for k in absent))
        )
    country = str(data.get("country") or "").strip().upper()
    if country not in COUNTRIES:
        raise ProfileError(
            _("The studio profile's country must be NL or BE, not {value}.").format(value=data.get("country"))
        )
    logo = data.get("logo")
    if isinstance(logo, str) and logo and not _looks_base64_image(logo):
        logo_path = Path(logo).expanduser()
        if not logo_path.is_absolute():
            logo_path = path.parent / logo_path
        data = dict(data)
        set_logo(data, logo_path)
    profile = normalise(data, default_profile(country))
    return save_profile(store, profile)


def _looks_base64_image(value: str) -> bool:
    try:
        return _is_image(base64.b64decode(value[:64] + "=" * (-len(value[:64]) % 4), validate=False))
    except (ValueError, TypeError):
        return False
