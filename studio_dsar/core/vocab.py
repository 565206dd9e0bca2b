"""One vocabulary: every code the app stores or prints, with the words for it.

Codes are stable English identifiers (stored in the register, printed by ``--json``); the
words are English message ids marked with ``N_`` and translated when shown, so the window,
the command line and the letters say the same thing in the user's language. Add a code
here, never a second table elsewhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from studio_dsar.core.i18n import N_, _

# -- the register ----------------------------------------------------------------------------
RIGHTS: tuple[str, ...] = (
    "access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent",
)
RIGHT_WORDS = {
    "access": N_("Access"),
    "rectification": N_("Rectification"),
    "erasure": N_("Erasure"),
    "restriction": N_("Restriction"),
    "portability": N_("Portability"),
    "objection": N_("Objection"),
    "withdraw_consent": N_("Withdraw consent"),
}
RIGHT_DESCRIPTIONS = {
    "access": N_("Access (Art. 15)"),
    "rectification": N_("Rectification (Art. 16)"),
    "erasure": N_("Erasure (Art. 17)"),
    "restriction": N_("Restriction of processing (Art. 18)"),
    "portability": N_("Data portability (Art. 20)"),
    "objection": N_("Objection (Art. 21)"),
    "withdraw_consent": N_("Withdrawal of consent (Art. 7(3))"),
}
STATUSES: tuple[str, ...] = ("new", "awaiting_id", "in_progress", "extended", "answered", "refused", "withdrawn")
CLOSED_STATUSES = frozenset({"answered", "refused", "withdrawn"})
STATUS_WORDS = {
    "new": N_("New"),
    "awaiting_id": N_("Awaiting ID"),
    "in_progress": N_("In progress"),
    "extended": N_("Extended"),
    "answered": N_("Answered"),
    "refused": N_("Refused"),
    "withdrawn": N_("Withdrawn"),
}
CHANNELS: tuple[str, ...] = ("email", "contact_form", "letter", "phone")
CHANNEL_WORDS = {
    "email": N_("E-mail"),
    "contact_form": N_("Contact form"),
    "letter": N_("Letter"),
    "phone": N_("Phone"),
}
# Languages a request can come in (intake reads nl/en/fr/de); letters are written in nl/en/fr.
LANGUAGES: tuple[str, ...] = ("nl", "en", "fr", "de")
LANGUAGE_WORDS = {"nl": N_("Dutch"), "en": N_("English"), "fr": N_("French"), "de": N_("German")}
# What intake noticed about a mail, as shown with it (CLI summary line).
INTAKE_FLAG_WORDS = {
    "date_missing": N_("no date in the mail: the file time was used, please confirm the date of receipt"),
    "date_unparseable": N_("the date in the mail is invalid: the file time was used, please confirm the date of receipt"),
    "date_no_offset": N_("the date in the mail has no time zone"),
    "forwarded": N_("forwarded mail: the original sender is the requester"),
    "contact_form": N_("website contact form"),
    "reply_to_used": N_("the reply address differs from the sender; the reply address was used"),
    "rights_unclear": N_("which rights are invoked is unclear"),
    "requester_email_missing": N_("no e-mail address of the requester found"),
    "processor": N_("the photos were made for a company or school: the studio may be its processor"),
    "possible_request": N_("speaks of personal data or privacy: check whether it is a request"),
    "accepted_offer": N_("a short yes to what the studio offered in the quoted mail: the offer was read as the request"),
    "model_reading": N_("no rule matched: a learned model read the sentences shown as a request (lower confidence): "
                        "please judge whether it is one and which rights it invokes"),
}
REPRESENTATIVE_WORDS = {"parent": N_("parent"), "lawyer": N_("lawyer"), "other": N_("on their behalf")}
COUNTRIES: tuple[str, ...] = ("NL", "BE")
COUNTRY_WORDS = {"NL": N_("Netherlands"), "BE": N_("Belgium")}
FIELD_WORDS = {
    "requester_name": N_("name"),
    "requester_email": N_("e-mail address"),
    "rights": N_("rights"),
    "language": N_("language"),
    "channel": N_("channel"),
    "received_at": N_("date of receipt"),
    "notes": N_("notes"),
    "subject": N_("subject"),
}

# -- ID documents ----------------------------------------------------------------------------
FINDING_WORDS = {
    "photo": N_("portrait"),
    "ghost_photo": N_("ghost portrait"),
    "mrz": N_("machine-readable zone"),
    "document_number": N_("document number"),
    "bsn": N_("BSN"),
    "rrn": N_("national register number"),
    "barcode": N_("QR code or barcode"),
    "number": N_("other identification number"),
}
REVIEW_REASONS = {
    "mrz_unreadable": N_("A machine-readable zone was found but could not be read."),
    "mrz_check_digits_failed": N_("The machine-readable zone was read but its check digits do not add up."),
    "low_ocr_confidence": N_("The text was hard to read; check that every number is covered."),
    "no_document_number_on_front": N_("No document number was found on a card front."),
    "no_portrait_on_front": N_("No portrait was found on a card front."),
    "no_ghost_portrait": N_("No second (ghost) portrait was found; if the document has one, black it out by hand."),
    "no_document_found": N_("No identity document was recognised on this page."),
    "number_from_layout": N_("A passport number no reading found was covered where passports print it."),
    "number_unverified": N_("A number next to its label was covered but could not be read and checked."),
    "face_detector_missing": N_("No face detector is installed: check by hand that the portraits are covered."),
    "mrz_number_not_found": N_("A number the machine-readable zone names was not found printed on the "
                               "document; check that it is covered."),
    "no_mrz_found": N_("No machine-readable zone was found on a document that should have one."),
    "self_check_found": N_("Reading the redacted copy again still found a number, text line or face; "
                           "it was blacked out too, but check the copy."),
    "portrait_extent_unsure": N_("The edges of a portrait could not all be found; a generous area around "
                                 "the face was blacked out: check that the whole photo is covered."),
    "ghost_portrait_unsure": N_("The second (ghost) portrait was blacked out where it most likely is; "
                                "check that it is covered."),
    "portrait_from_layout": N_("No face was found where the layout puts the portrait; that area was "
                               "blacked out: check the copy."),
    "document_not_checked": N_("A document was seen on the page that the redaction could not analyse; "
                               "check by hand that its portrait and numbers are covered."),
}
# The ID check (core/idcheck.py, core/identity.py)
ID_VERDICT_WORDS = {"match": N_("matches"), "mismatch": N_("does not match"), "unknown": N_("could not be read")}
ID_FIELD_WORDS = {"name": N_("name"), "birth_date": N_("date of birth")}
ID_DECISION_WORDS = {
    "verified": N_("Identity verified"),
    "not_verified": N_("Identity not verified"),
    "ask_more": N_("Ask for more"),
}
ID_METHOD_WORDS = {
    "document_mrz": N_("ID document, machine-readable zone compared by the app"),
    "document_visual": N_("ID document, printed data compared by the app"),
    "document_owner": N_("ID document, compared by the owner"),
    "lighter_means": N_("a lighter means than a copy of an ID"),
}
ID_DOCUMENT_WORDS = {
    "passport": N_("passport"),
    "identity_card": N_("identity card"),
    "residence_permit": N_("residence permit"),
    "driving_licence": N_("driving licence"),
    "visa": N_("visa"),
}
# Lighter means than a copy of an ID, proposed before asking for one (EDPB 01/2022, AP, GBA).
# Codes starting nl_/be_ are offered to studios in that country only.
ID_LIGHTER_MEANS = {
    "known_address": N_("Ask for a reply from the e-mail address you already know for this person."),
    "shared_detail": N_("Ask for a detail only the real person knows (a shoot date, an invoice number)."),
    "customer_account": N_("Ask them to confirm through their customer account or portal."),
    "in_person": N_("Let them show their ID in person or on a video call, without a copy."),
    "nl_kopieid": N_("NL: ask for a copy made with the KopieID app, which masks the BSN and photo "
                     "and marks it as a copy for you."),
    "be_itsme": N_("BE: ask for a confirmation with itsme."),
    "be_show_card": N_("BE: let them show the eID card (Belgian law restricts copying the eID)."),
}
IMAGE_SUFFIXES: tuple[str, ...] = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp", ".bmp", ".heic", ".heif")
SCAN_SUFFIXES: tuple[str, ...] = (*IMAGE_SUFFIXES, ".pdf")
MAIL_SUFFIXES: tuple[str, ...] = (".eml", ".msg")

# -- letters ---------------------------------------------------------------------------------
LETTER_KINDS = {
    "acknowledgement": N_("Acknowledgement of receipt"),
    "id_request": N_("Request for proof of identity"),
    "extension": N_("Extension notice"),
    "access": N_("Access response"),
    "portability": N_("Data portability (export)"),
    "rectification": N_("Rectification done"),
    "erasure": N_("Erasure done"),
    "restriction": N_("Restriction done"),
    "restriction_lift": N_("Notice before lifting a restriction"),
    "objection": N_("Objection handled"),
    "withdraw_consent": N_("Consent withdrawn"),
    "no_data": N_("We hold no data"),
    "partial_refusal": N_("Partial refusal"),
    "refusal": N_("Refusal"),
    "unfounded": N_("Manifestly unfounded or excessive"),
    "identity_not_verified": N_("Identity not verified"),
    "processor_forward": N_("Forwarded to the controller (we are processor)"),
}
LETTER_BLOCKS = {
    "extra": N_("Additional text (optional)"),
    "reason": N_("Reasons (required)"),
    "summary": N_("What you hold about this person"),
    "others": N_("Other people in the photos (Art. 15(4))"),
    "searched": N_("Where you searched (required)"),
    "granted": N_("What you do provide or do (required)"),
    "fee": N_("Fee instead of refusal (optional)"),
    "controller": N_("The controller: name and contact (required)"),
}
# What the owner did for a restriction, rectification or objection (core/letters/actions.py).
ACTION_KINDS = {
    "restricted": N_("Processing restricted"),
    "corrected": N_("Data corrected or completed"),
    "marketing_stopped": N_("Objection honoured: direct marketing stopped"),
    "processing_stopped": N_("Objection honoured: use stopped"),
    "processing_continued": N_("Objection not honoured: compelling grounds"),
    "told_of_restriction": N_("Recipient told of the restriction (Art. 19)"),
    "told_of_correction": N_("Recipient told of the correction (Art. 19)"),
    "restriction_lifted": N_("Restriction lifted (Art. 18(3))"),
}
# Sections of the processing record the owner confirms before access and erasure letters.
RECORD_SECTIONS = {
    "purposes": N_("purposes"),
    "categories": N_("categories of data"),
    "recipients": N_("recipients (by name, purpose, country, safeguards)"),
    "retention": N_("retention periods"),
    "sources": N_("sources"),
    "automated_decisions": N_("automated decisions"),
}
# The erasure / consent-withdrawal checklist: places, states, legal grounds for keeping.
CHECKLIST_PLACES = {
    "client_admin": N_("Client administration"),
    "mailbox": N_("Mailbox"),
    "image_archive": N_("Image archive"),
    "portfolio_site": N_("Portfolio / website"),
    "social_media": N_("Social media"),
    "backups": N_("Backups"),
    "public_copies": N_("Others who show our published images told (Art. 17(2))"),
}
CHECKLIST_STATES = {
    "done": N_("Done"),
    "kept": N_("Kept (legal ground)"),
    "none": N_("Not held there"),
}
CHECKLIST_GROUNDS = {
    "tax_records": N_("Tax records (7 years NL, 10 years BE)"),
    "legal_claims": N_("Legal claims (Art. 17(3)(e))"),
    "backup_cycle": N_("Backup, overwritten in its cycle"),
    "other": N_("Other (explain in the note)"),
}
REPRESENTATION_ROLE_WORDS = {
    "representative": N_("representative"),
    "parent": N_("parent or guardian"),
}
# How an identity was confirmed without (or besides) an ID scan (Art. 12(6): lightest means first).
IDENTITY_MEANS: tuple[str, ...] = ("known_email", "shared_detail", "in_person", "id_document")
IDENTITY_MEANS_WORDS = {
    "known_email": N_("Reply from the e-mail address we know"),
    "shared_detail": N_("A detail only the person can know"),
    "in_person": N_("Shown in person, no copy made"),
    "id_document": N_("Masked copy of an ID document"),
}


def word(table: Mapping[str, str], code: str) -> str:
    """The translated words for ``code`` in ``table``; an unknown code is shown as it is."""
    text = table.get(code)
    return _(text) if text else code


def words(table: Mapping[str, str], codes: Iterable[str], *, sep: str = ", ", lower: bool = False) -> str:
    """Several codes as one translated, comma-separated phrase."""
    out = [word(table, c) for c in codes]
    return sep.join(w.lower() if lower else w for w in out)
