"""Words of the letters: kinds, blocks, months, rights, countries, labels, in nl, en and fr.

Only tables of words live here (codes -> words); the letters' prose lives in the templates
(``resources/templates/letters``), where the owner can override it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from studio_dsar.core import vocab

LANGS = ("nl", "en", "fr")

KINDS = (
    "acknowledgement",
    "id_request",
    "extension",
    "access",
    "portability",
    "rectification",
    "erasure",
    "restriction",
    "restriction_lift",
    "objection",
    "withdraw_consent",
    "no_data",
    "partial_refusal",
    "refusal",
    "unfounded",
    "identity_not_verified",
    "processor_forward",
)
# Kinds whose reasons the owner must write (Art. 12(3), 12(4), 12(5)).
REASON_REQUIRED = frozenset({"refusal", "extension", "partial_refusal", "unfounded", "restriction_lift"})
# Kinds that draw on the processing record: refused until its sections are confirmed.
NEEDS_CONFIRMED_RECORD = frozenset({"access", "erasure"})
# Kinds that disclose data: refused while an identity check that was asked for is open.
NEEDS_IDENTITY = frozenset({"access", "portability"})
# Kinds whose claims come from the erasure checklist.
NEEDS_CHECKLIST = frozenset({"erasure", "withdraw_consent"})
# Kinds whose claims come from the actions the owner recorded (see actions.LETTER_ACTIONS).
NEEDS_ACTIONS = frozenset({"restriction", "restriction_lift", "rectification", "objection"})
# Kinds that carry an appendix the app assembles (register extract / export files).
MAKES_APPENDIX = frozenset({"access", "portability"})
# Kinds that accept files the owner adds (photos, invoices, mails).
TAKES_ATTACHMENTS = frozenset({"access", "portability", "partial_refusal"})

# Editable free-text blocks per kind, in the order the window shows them.
BLOCKS: dict[str, tuple[str, ...]] = {
    "acknowledgement": ("extra",),
    "id_request": ("extra",),
    "extension": ("reason", "extra"),
    "access": ("summary", "others", "extra"),
    "portability": ("summary", "extra"),
    "rectification": ("extra",),
    "erasure": ("extra",),
    "restriction": ("extra",),
    "restriction_lift": ("reason", "extra"),
    "objection": ("extra",),
    "withdraw_consent": ("extra",),
    "no_data": ("searched", "extra"),
    "partial_refusal": ("granted", "reason", "extra"),
    "refusal": ("reason", "extra"),
    "unfounded": ("reason", "fee", "extra"),
    "identity_not_verified": ("reason", "extra"),
    "processor_forward": ("controller", "extra"),
}
# The names of kinds and blocks, shown in the window, live in the one vocabulary.
KIND_LABELS = vocab.LETTER_KINDS
BLOCK_LABELS = vocab.LETTER_BLOCKS
REPRESENTATION_ROLES = ("representative", "parent")

MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
}
RIGHT_NAMES = {
    "nl": {"access": "inzage", "rectification": "rectificatie (correctie)", "erasure": "wissing (verwijdering)",
           "restriction": "beperking van de verwerking", "portability": "overdraagbaarheid van gegevens",
           "objection": "bezwaar", "withdraw_consent": "intrekking van uw toestemming"},
    "en": {"access": "access", "rectification": "rectification", "erasure": "erasure",
           "restriction": "restriction of processing", "portability": "data portability",
           "objection": "objection", "withdraw_consent": "withdrawal of consent"},
    "fr": {"access": "accès", "rectification": "rectification", "erasure": "effacement",
           "restriction": "limitation du traitement", "portability": "portabilité des données",
           "objection": "opposition", "withdraw_consent": "retrait de votre consentement"},
}
COUNTRY_NAMES = {
    "nl": {"NL": "Nederland", "BE": "België", "US": "Verenigde Staten", "GB": "Verenigd Koninkrijk",
           "DE": "Duitsland", "FR": "Frankrijk", "IE": "Ierland", "LU": "Luxemburg", "CH": "Zwitserland",
           "CA": "Canada", "AU": "Australië", "IN": "India"},
    "en": {"NL": "the Netherlands", "BE": "Belgium", "US": "United States", "GB": "United Kingdom",
           "DE": "Germany", "FR": "France", "IE": "Ireland", "LU": "Luxembourg", "CH": "Switzerland",
           "CA": "Canada", "AU": "Australia", "IN": "India"},
    "fr": {"NL": "Pays-Bas", "BE": "Belgique", "US": "États-Unis", "GB": "Royaume-Uni",
           "DE": "Allemagne", "FR": "France", "IE": "Irlande", "LU": "Luxembourg", "CH": "Suisse",
           "CA": "Canada", "AU": "Australie", "IN": "Inde"},
}
LABELS: dict[str, dict[str, Any]] = {
    "nl": {"date": "Datum", "our_ref": "Ons kenmerk", "your_request": "Uw verzoek van", "contact": "Contact",
           "subject": "Betreft", "colon": ": ", "dear": "Geachte", "dear_fallback": "Geachte heer, mevrouw",
           "regards": "Met vriendelijke groet,", "page": "Pagina {n} van {total}",
           "registration": {"NL": "KvK", "BE": "Ondernemingsnr."}, "vat": "Btw-nr.", "privacy": "Privacycontact",
           "dpo": "Functionaris gegevensbescherming", "for": "namens", "enclosures": "Bijlagen",
           "appendix_title": "Bijlage bij onze brief", "appendix_file": "bijlage"},
    "en": {"date": "Date", "our_ref": "Our reference", "your_request": "Your request of", "contact": "Contact",
           "subject": "Subject", "colon": ": ", "dear": "Dear", "dear_fallback": "Dear Sir or Madam",
           "regards": "Kind regards,", "page": "Page {n} of {total}",
           "registration": {"NL": "Chamber of Commerce no.", "BE": "Company no."}, "vat": "VAT no.",
           "privacy": "Privacy contact", "dpo": "Data protection officer", "for": "on behalf of",
           "enclosures": "Enclosures", "appendix_title": "Appendix to our letter", "appendix_file": "appendix"},
    "fr": {"date": "Date", "our_ref": "Notre référence", "your_request": "Votre demande du", "contact": "Contact",
           "subject": "Objet", "colon": "\u00a0: ", "dear": "Madame, Monsieur", "dear_fallback": "Madame, Monsieur",
           "regards": "Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.",
           "page": "Page {n} sur {total}",
           "registration": {"NL": "N° KvK", "BE": "N° d’entreprise"}, "vat": "N° TVA",
           "privacy": "Contact vie privée", "dpo": "Délégué à la protection des données", "for": "au nom de",
           "enclosures": "Annexes", "appendix_title": "Annexe à notre courrier", "appendix_file": "annexe"},
}
# Register codes in the letters' languages (the appendix shows the register to the person).
CHANNEL_NAMES = {
    "nl": {"email": "e-mail", "contact_form": "contactformulier", "letter": "brief", "phone": "telefoon"},
    "en": {"email": "e-mail", "contact_form": "contact form", "letter": "letter", "phone": "phone"},
    "fr": {"email": "e-mail", "contact_form": "formulaire de contact", "letter": "courrier", "phone": "téléphone"},
}
STATUS_NAMES = {
    "nl": {"new": "nieuw", "awaiting_id": "wacht op identiteitsbewijs", "in_progress": "in behandeling",
           "extended": "verlengd", "answered": "beantwoord", "refused": "geweigerd", "withdrawn": "ingetrokken"},
    "en": {"new": "new", "awaiting_id": "awaiting proof of identity", "in_progress": "in progress",
           "extended": "extended", "answered": "answered", "refused": "refused", "withdrawn": "withdrawn"},
    "fr": {"new": "nouvelle", "awaiting_id": "en attente d’une preuve d’identité", "in_progress": "en cours",
           "extended": "prolongée", "answered": "traitée", "refused": "refusée", "withdrawn": "retirée"},
}
LANGUAGE_NAMES = {
    "nl": {"nl": "Nederlands", "en": "Engels", "fr": "Frans", "de": "Duits"},
    "en": {"nl": "Dutch", "en": "English", "fr": "French", "de": "German"},
    "fr": {"nl": "néerlandais", "en": "anglais", "fr": "français", "de": "allemand"},
}
OUTCOME_NAMES = {
    "nl": {"verified": "vastgesteld", "not_verified": "niet vastgesteld", "redacted copy": "afgeschermde kopie",
           "none": "geen"},
    "en": {"verified": "confirmed", "not_verified": "not confirmed", "redacted copy": "masked copy", "none": "none"},
    "fr": {"verified": "confirmée", "not_verified": "non confirmée", "redacted copy": "copie masquée",
           "none": "aucune"},
}

# Letter kinds in the letters' languages (listed in the appendix among the letters sent).
KIND_SUBJECTS = {
    "nl": {"acknowledgement": "ontvangstbevestiging", "id_request": "verzoek om identiteitsbewijs",
           "extension": "verlenging", "access": "inzage", "portability": "overdraagbaarheid",
           "rectification": "correctie", "erasure": "verwijdering", "restriction": "beperking",
           "restriction_lift": "opheffing van een beperking", "objection": "bezwaar", "withdraw_consent": "intrekking toestemming", "no_data": "geen gegevens",
           "partial_refusal": "gedeeltelijke weigering", "refusal": "weigering",
           "unfounded": "kennelijk ongegrond of buitensporig", "identity_not_verified": "identiteit niet vastgesteld",
           "processor_forward": "doorgestuurd aan de verwerkingsverantwoordelijke"},
    "en": {"acknowledgement": "acknowledgement", "id_request": "request for proof of identity",
           "extension": "extension", "access": "access", "portability": "portability",
           "rectification": "rectification", "erasure": "erasure", "restriction": "restriction",
           "restriction_lift": "lifting of a restriction", "objection": "objection", "withdraw_consent": "withdrawal of consent", "no_data": "no data held",
           "partial_refusal": "partial refusal", "refusal": "refusal",
           "unfounded": "manifestly unfounded or excessive", "identity_not_verified": "identity not verified",
           "processor_forward": "forwarded to the controller"},
    "fr": {"acknowledgement": "accusé de réception", "id_request": "demande de preuve d’identité",
           "extension": "prolongation", "access": "accès", "portability": "portabilité",
           "rectification": "rectification", "erasure": "effacement", "restriction": "limitation",
           "restriction_lift": "levée d’une limitation", "objection": "opposition", "withdraw_consent": "retrait du consentement", "no_data": "aucune donnée",
           "partial_refusal": "refus partiel", "refusal": "refus",
           "unfounded": "manifestement infondée ou excessive", "identity_not_verified": "identité non vérifiée",
           "processor_forward": "transmise au responsable du traitement"},
}
# What was done on a request (core/letters/actions.py), as the access appendix names it.
ACTION_NAMES = {
    "nl": {"restricted": "verwerking beperkt", "corrected": "gecorrigeerd of aangevuld",
           "marketing_stopped": "bezwaar gehonoreerd: direct marketing gestopt",
           "processing_stopped": "bezwaar gehonoreerd: gebruik gestopt",
           "processing_continued": "bezwaar niet gehonoreerd",
           "told_of_restriction": "ontvanger op de hoogte gebracht van de beperking",
           "told_of_correction": "ontvanger op de hoogte gebracht van de correctie",
           "restriction_lifted": "beperking opgeheven", "withdrawn": "ingetrokken (per vergissing vastgelegd)"},
    "en": {"restricted": "processing restricted", "corrected": "rectified or completed",
           "marketing_stopped": "objection honoured: direct marketing stopped",
           "processing_stopped": "objection honoured: use stopped",
           "processing_continued": "objection not honoured",
           "told_of_restriction": "recipient told of the restriction",
           "told_of_correction": "recipient told of the rectification",
           "restriction_lifted": "restriction lifted", "withdrawn": "withdrawn (recorded by mistake)"},
    "fr": {"restricted": "traitement limité", "corrected": "rectifié ou complété",
           "marketing_stopped": "opposition accueillie\u00a0: prospection arrêtée",
           "processing_stopped": "opposition accueillie\u00a0: utilisation arrêtée",
           "processing_continued": "opposition non accueillie",
           "told_of_restriction": "destinataire informé de la limitation",
           "told_of_correction": "destinataire informé de la rectification",
           "restriction_lifted": "limitation levée", "withdrawn": "retirée (enregistrée par erreur)"},
}

# A French letter greets without the name ("Madame, Monsieur,"): gender is not recorded.
GREETS_BY_NAME = {"nl": True, "en": True, "fr": False}

# Words the letters must never use unless something is attached (tests check this).
ENCLOSED_WORDS = {"nl": ("bijgevoegd", "bijlage"), "en": ("enclosed", "attached"),
                  "fr": ("ci-joint", "en annexe")}


def format_date(day: date, lang: str) -> str:
    """'22 november 2026' (nl), '22 November 2026' (en), '1er décembre 2026' (fr)."""
    months = MONTHS.get(lang, MONTHS["nl"])
    num = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    return f"{num} {months[day.month - 1]} {day.year}"


def and_list(items: Iterable[object] | None, lang: str = "nl") -> str:
    """'a, b en c' / 'a, b and c' / 'a, b et c'."""
    texts = [str(i) for i in items or [] if str(i)]
    if len(texts) < 2:
        return "".join(texts)
    word = {"nl": "en", "en": "and", "fr": "et"}.get(lang, "and")
    return f"{', '.join(texts[:-1])} {word} {texts[-1]}"


def letter_language(request_language: str | None) -> str:
    """The default letter language for a request: its own, English for German, else Dutch."""
    if request_language in LANGS:
        return request_language
    if request_language == "de":
        return "en"
    return "nl"
