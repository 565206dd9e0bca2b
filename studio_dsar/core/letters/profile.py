"""The studio profile: who the controller is, and the processing record the letters draw on.

Stored as one JSON value in the settings table (key ``studio_profile``). Free-text fields of
the processing record may be a plain string or a ``{"nl": ..., "en": ..., "fr": ...}`` map, so one record
serves letters in both languages; :func:`loc` picks the right one.

The studio's country decides the supervisory authority named in the letters (Art. 12(4),
15(1)(f) GDPR). Deadlines use the app settings' country and promise period; saving the
profile keeps those two settings in step with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import base64
import copy
import json
from pathlib import Path

from studio_dsar.core.errors import InputError, ProfileError
from studio_dsar.core.i18n import _, ngettext

if TYPE_CHECKING:
    from studio_dsar.core.store import Store

Profile = dict[str, Any]

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


# Supervisory authorities (Art. 51 GDPR) by the studio's country: name, address and website in
# each letter language. The court remedies (Art. 79 GDPR) are in the templates (_court.*.html).
AUTHORITIES: dict[str, dict[str, Any]] = {
    "NL": {
        "name": {"nl": "Autoriteit Persoonsgegevens",
                 "en": "Autoriteit Persoonsgegevens (Dutch Data Protection Authority)",
                 "fr": "Autoriteit Persoonsgegevens (autorité néerlandaise de protection des données)"},
        "short": "Autoriteit Persoonsgegevens",
        "address": {"nl": ["Postbus 93374", "2509 AJ Den Haag"],
                    "en": ["Postbus 93374", "2509 AJ Den Haag", "the Netherlands"],
                    "fr": ["Postbus 93374", "2509 AJ Den Haag", "Pays-Bas"]},
        "website": "autoriteitpersoonsgegevens.nl",
    },
    "BE": {
        "name": {"nl": "Gegevensbeschermingsautoriteit",
                 "en": "Data Protection Authority (Gegevensbeschermingsautoriteit / Autorité de protection des données)",
                 "fr": "Autorité de protection des données"},
        "short": "Gegevensbeschermingsautoriteit",
        "address": {"nl": ["Drukpersstraat 35", "1000 Brussel"],
                    "en": ["Rue de la Presse 35", "1000 Brussels"],
                    "fr": ["Rue de la Presse 35", "1000 Bruxelles"]},
        "website": {"nl": "gegevensbeschermingsautoriteit.be", "en": "dataprotectionauthority.be",
                    "fr": "autoriteprotectiondonnees.be"},
    },
}

LEGAL_BASES: dict[str, dict[str, str]] = {
    "consent": {"nl": "toestemming (art. 6 lid 1 onder a AVG)", "en": "consent (Art. 6(1)(a) GDPR)",
                "fr": "consentement (article 6, paragraphe 1, point a), du RGPD)"},
    "contract": {"nl": "uitvoering van de overeenkomst (art. 6 lid 1 onder b AVG)",
                 "en": "performance of a contract (Art. 6(1)(b) GDPR)",
                 "fr": "exécution d’un contrat (article 6, paragraphe 1, point b), du RGPD)"},
    "legal_obligation": {"nl": "wettelijke verplichting (art. 6 lid 1 onder c AVG)",
                         "en": "legal obligation (Art. 6(1)(c) GDPR)",
                         "fr": "obligation légale (article 6, paragraphe 1, point c), du RGPD)"},
    "legitimate_interest": {"nl": "gerechtvaardigd belang (art. 6 lid 1 onder f AVG)",
                            "en": "legitimate interests (Art. 6(1)(f) GDPR)",
                            "fr": "intérêts légitimes (article 6, paragraphe 1, point f), du RGPD)"},
}

# Countries of the European Economic Area: no transfer safeguards needed (Art. 44 ff.).
EEA = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO".split()
)

_INVOICE_RETENTION = {
    "NL": {"nl": "7 jaar (fiscale bewaarplicht, art. 52 Algemene wet inzake rijksbelastingen)",
           "en": "7 years (tax retention duty, Art. 52 Dutch General Tax Act)",
           "fr": "7 ans (obligation fiscale de conservation, article 52 de la loi générale néerlandaise "
                 "relative aux impôts de l’État)"},
    "BE": {"nl": "10 jaar (fiscale bewaarplicht, art. 315 WIB 92; btw: art. 60 WBTW)",
           "en": "10 years (tax retention duty, Art. 315 Belgian Income Tax Code 1992)",
           "fr": "10 ans (obligation fiscale de conservation, article 315 CIR 92 ; TVA : article 60 du Code de la TVA)"},
}
# The wizard's recipients are kinds of service, not names: they cannot be confirmed as they are
# (CJEU C-154/21 wants the recipients' identities).
GENERIC_RECIPIENTS = {
    "mailing": ("Mailingdienst (nieuwsbrief)", "Mailing service (newsletter)",
                "Service d’envoi (lettre d’information)"),
    "bookkeeping": ("Boekhoudsoftware", "Bookkeeping software", "Logiciel de comptabilité"),
    "accountant": ("Boekhouder", "Accountant", "Comptable"),
    "webhost": ("Webhost", "Web host", "Hébergeur web"),
}
GENERIC_RECIPIENT_NAMES = frozenset(n for names in GENERIC_RECIPIENTS.values() for n in names) | {
    "Mailingdienst", "Mailing service"}
# Sections of the processing record; a partial import leaves absent ones empty, never generic.
RECORD_KEYS = ("purposes", "data_categories", "recipients", "sources", "automated_decisions")


def _t(nl: str, en: str, fr: str = "") -> dict[str, str]:
    return {"nl": nl, "en": en, "fr": fr} if fr else {"nl": nl, "en": en}


def default_profile(country: str = "NL") -> Profile:
    """A typical one-person photo/video studio, for the first-run wizard to pre-fill.

    These are suggestions, not facts: the owner confirms each section of the record
    (see :mod:`.record`) before an access or erasure letter may draw on it, and names each
    recipient (the wizard's names are kinds of service).
    """
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
                           "Planning, shooting, editing and delivering photo and video work",
                           "Planifier, réaliser, retoucher et livrer des séances photo et vidéo"),
             "legal_basis": "contract"},
            {"purpose": _t("Offertes, afspraken en contact over een opdracht",
                           "Quotes, appointments and contact about an assignment",
                           "Devis, rendez-vous et échanges au sujet d’une commande"),
             "legal_basis": "contract"},
            {"purpose": _t("Facturering en boekhouding", "Invoicing and bookkeeping", "Facturation et comptabilité"),
             "legal_basis": "legal_obligation"},
            {"purpose": _t("Beelden tonen in ons portfolio, op onze website en sociale media",
                           "Showing images in our portfolio, on our website and social media",
                           "Montrer des images dans notre portfolio, sur notre site web et sur les réseaux sociaux"),
             "legal_basis": "consent"},
            {"purpose": _t("Castingprofielen voorstellen aan opdrachtgevers",
                           "Proposing casting profiles to clients",
                           "Proposer des profils de casting à nos clients"),
             "legal_basis": "contract"},
            {"purpose": _t("Nieuwsbrief versturen", "Sending our newsletter", "Envoyer notre lettre d’information"),
             "legal_basis": "consent"},
        ],
        "data_categories": [
            {"category": _t("Contact- en klantgegevens (naam, adres, e-mailadres, telefoonnummer)",
                            "Contact and client details (name, address, e-mail address, phone number)",
                            "Coordonnées et données clients (nom, adresse, adresse e-mail, téléphone)"),
             "retention": _t("2 jaar na de laatste opdracht", "2 years after the last assignment",
                             "2 ans après la dernière commande")},
            {"category": _t("Foto's en video-opnames van de shoot (ruwe en bewerkte bestanden)",
                            "Photos and video footage of the shoot (raw and edited files)",
                            "Photos et vidéos de la séance (fichiers bruts et retouchés)"),
             "retention": _t("12 maanden na levering; beelden in het portfolio zolang uw toestemming geldt",
                             "12 months after delivery; portfolio images for as long as your consent applies",
                             "12 mois après la livraison ; les images du portfolio tant que votre consentement vaut")},
            {"category": _t("Facturen en betaalgegevens", "Invoices and payment details",
                            "Factures et données de paiement"),
             "retention": _INVOICE_RETENTION[country]},
            {"category": _t("Correspondentie (e-mail, berichten)", "Correspondence (e-mail, messages)",
                            "Correspondance (e-mails, messages)"),
             "retention": _t("2 jaar na de laatste opdracht", "2 years after the last assignment",
                             "2 ans après la dernière commande")},
            {"category": _t("Castingprofiel (foto's, maten, ervaring)",
                            "Casting profile (photos, sizes, experience)",
                            "Profil de casting (photos, mensurations, expérience)"),
             "retention": _t("tot u zich uitschrijft", "until you unsubscribe", "jusqu’à votre désinscription")},
            {"category": _t("E-mailadres voor de nieuwsbrief", "E-mail address for the newsletter",
                            "Adresse e-mail pour la lettre d’information"),
             "retention": _t("tot u zich afmeldt", "until you unsubscribe", "jusqu’à votre désinscription")},
            {"category": _t("Kopie van een identiteitsbewijs bij een privacyverzoek",
                            "Copy of an identity document for a privacy request",
                            "Copie d’une pièce d’identité lors d’une demande relative à la vie privée"),
             "retention": _t("het origineel wordt vernietigd zodra het is afgeschermd, de afgeschermde kopie "
                             "direct na de controle (alleen met een reden en een einddatum van hoogstens drie "
                             "maanden langer bewaard)",
                             "the original is destroyed as soon as it is redacted, the redacted copy right after "
                             "the check (kept longer only with a reason and an end date at most three months "
                             "away)",
                             "l’original est détruit dès qu’il est masqué, la copie masquée immédiatement après "
                             "la vérification (gardée plus longtemps seulement avec un motif et une date de fin "
                             "de trois mois au plus)")},
            {"category": _t("Bewijs van een identiteitscontrole: hoe er is gecontroleerd, welke gegevens "
                            "overeenkwamen, soort document, land van afgifte, of het geldig was (geen nummers, "
                            "geen kopie)",
                            "Proof of an identity check: how it was checked, which details matched, document "
                            "type, issuing country, whether it was valid (no numbers, no copy)",
                            "Preuve d’une vérification d’identité : comment elle a été faite, quelles données "
                            "correspondaient, type de document, pays de délivrance, validité (ni numéros, ni "
                            "copie)"),
             "retention": _t("zolang het verzoek in ons register staat", "as long as the request is in our register",
                             "tant que la demande figure dans notre registre")},
        ],
        "recipients": [
            {"name": _t(*GENERIC_RECIPIENTS["mailing"]),
             "purpose": _t("verzenden van de nieuwsbrief", "sending the newsletter",
                           "envoi de la lettre d’information"),
             "country": "US",
             "safeguards": _t("EU-VS Data Privacy Framework en standaardcontractbepalingen van de "
                              "Europese Commissie (art. 45 en 46 AVG)",
                              "EU-US Data Privacy Framework and the European Commission's standard "
                              "contractual clauses (Art. 45 and 46 GDPR)",
                              "cadre de protection des données UE-États-Unis et clauses contractuelles types "
                              "de la Commission européenne (articles 45 et 46 du RGPD)")},
            {"name": _t(*GENERIC_RECIPIENTS["bookkeeping"]),
             "purpose": _t("facturen en boekhouding", "invoices and bookkeeping", "factures et comptabilité"),
             "country": country, "safeguards": _t("", "")},
            {"name": _t(*GENERIC_RECIPIENTS["accountant"]),
             "purpose": _t("belastingaangifte en jaarrekening", "tax returns and annual accounts",
                           "déclarations fiscales et comptes annuels"),
             "country": country, "safeguards": _t("", "")},
            {"name": _t(*GENERIC_RECIPIENTS["webhost"]),
             "purpose": _t("website, e-mail en online galerie", "website, e-mail and online gallery",
                           "site web, e-mail et galerie en ligne"),
             "country": "NL", "safeguards": _t("", "")},
            {"name": _t("Belastingdienst", "Tax authority", "Belastingdienst (administration fiscale néerlandaise)")
             if country == "NL" else _t("FOD Financiën", "Tax authority", "SPF Finances"),
             "purpose": _t("alleen als de wet ons dat verplicht", "only when the law requires it",
                           "uniquement lorsque la loi nous y oblige"),
             "country": country, "safeguards": _t("", ""), "notify": False},
        ],
        "sources": _t(
            "Wij ontvangen uw gegevens in de regel van uzelf: bij een boeking, een shoot of uw "
            "inschrijving. Boekt uw werkgever, een bureau of een opdrachtgever de shoot, dan kan die "
            "ons uw naam en contactgegevens hebben gegeven.",
            "As a rule we receive your data from you: when you book, at a shoot or when you sign "
            "up. If your employer, an agency or a client booked the shoot, they may have given us "
            "your name and contact details.",
            "En règle générale, nous recevons vos données de vous-même : lors d’une réservation, d’une "
            "séance ou de votre inscription. Si votre employeur, une agence ou un client a réservé la "
            "séance, il peut nous avoir communiqué votre nom et vos coordonnées.",
        ),
        "automated_decisions": _t(
            "Wij nemen geen besluiten die uitsluitend berusten op geautomatiseerde verwerking, "
            "profilering daaronder begrepen (art. 22 AVG).",
            "We take no decisions based solely on automated processing, including profiling "
            "(Art. 22 GDPR).",
            "Nous ne prenons aucune décision fondée exclusivement sur un traitement automatisé, y "
            "compris le profilage (article 22 du RGPD).",
        ),
    }


# -- helpers -------------------------------------------------------------------------------
def loc(value: object, lang: str) -> str:
    """The text of ``value`` in ``lang``: a plain string, or a {"nl","en","fr"} map with fallback
    (French falls back to English before Dutch: a Belgian French speaker reads English sooner)."""
    if value is None:
        return ""
    if isinstance(value, dict):
        order = (lang, "en", "nl") if lang == "fr" else (lang, "nl", "en", "fr")
        text = next((value.get(k) for k in order if value.get(k)), "")
        return str(text).strip()
    return str(value).strip()


def authority(country: str) -> dict[str, Any]:
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


def missing_fields(profile: Profile) -> list[str]:
    """Keys of required fields that are empty, in check order.

    The processing record's sections are not required here: a letter that draws on them
    refuses until the owner has filled in and confirmed them (see :mod:`.record`)."""
    missing = [key for key, _label in REQUIRED_FIELDS if not str(profile.get(key) or "").strip()]
    if profile.get("country") and profile.get("country") not in COUNTRIES and "country" not in missing:
        missing.append("country")
    return missing


def validate_profile(profile: Profile) -> Profile:
    """Raise :class:`ProfileError` naming the first missing field; return the profile."""
    missing = missing_fields(profile)
    if missing:
        key = missing[0]
        if key == "country" and profile.get("country"):
            raise ProfileError(
                _("The studio profile's country must be NL or BE, not {value}.").format(value=profile.get("country"))
            )
        labels = [field_label(k) for k in missing if not (k == "country" and profile.get("country"))]
        raise ProfileError(
            ngettext("The studio profile is missing the {fields}. Fill it in under Studio profile.",
                     "The studio profile is missing these: {fields}. Fill them in under Studio profile.",
                     len(labels)).format(fields=", ".join(labels))
        )
    for i, purpose in enumerate(profile.get("purposes") or []):
        if purpose.get("legal_basis") not in LEGAL_BASES:
            raise ProfileError(
                _("Purpose {n} of the studio profile has no valid legal basis ({choices}).").format(
                    n=i + 1, choices=", ".join(LEGAL_BASES))
            )
    return profile


def normalise(profile: Profile, defaults: Profile | None = None) -> Profile:
    """Fill missing keys from the defaults, trim strings, coerce types. Unknown keys are dropped."""
    base = copy.deepcopy(defaults if defaults is not None else default_profile(profile.get("country") or "NL"))
    out: Profile = {}
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


def logo_bytes(profile: Profile) -> bytes | None:
    data = profile.get("logo")
    if not data:
        return None
    try:
        return base64.b64decode(data, validate=True)
    except (ValueError, TypeError):
        return None


def set_logo(profile: Profile, path: str | Path | None) -> Profile:
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
def has_profile(store: Store) -> bool:
    return store.get_setting(SETTING_KEY) is not None


def load_profile(store: Store) -> Profile:
    """The saved profile with defaults filled in, or the defaults when none was saved yet."""
    saved = store.get_setting(SETTING_KEY)
    if not isinstance(saved, dict):
        from studio_dsar.core import settings

        return default_profile(settings.load(store).get("country", "NL"))
    return normalise(saved)


def save_profile(store: Store, profile: Profile, *, validate: bool = True) -> Profile:
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


def export_profile(store: Store, path: str | Path) -> Path:
    from studio_dsar.core.fileutil import atomic_write

    profile = load_profile(store)
    path = Path(path)
    with atomic_write(path, "w", encoding="utf-8") as fh:
        json.dump(profile, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return path


def import_profile(store: Store, path: str | Path) -> Profile:
    """Read a (possibly partial) profile from JSON and save it; absent record sections stay empty."""
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
    # Sections the file does not hold stay empty: the wizard's generic record is not this
    # studio's, and letters must not tell requesters about services the studio does not use.
    defaults = default_profile(country)
    for key in RECORD_KEYS:
        defaults[key] = [] if isinstance(defaults[key], list) else ""
    profile = normalise(data, defaults)
    return save_profile(store, profile)


def _looks_base64_image(value: str) -> bool:
    try:
        return _is_image(base64.b64decode(value[:64] + "=" * (-len(value[:64]) % 4), validate=False))
    except (ValueError, TypeError):
        return False
