"""Identifying numbers printed on Dutch and Belgian documents: validators and patterns.

Validators come from python-stdnum where it has them (nl.bsn, be.nn, be.eid); the Dutch
document number pattern (9 letters/digits, never the letter O) is checked here.
Functions return categories and booleans only; values are never logged.
"""

from __future__ import annotations

import re
from collections import Counter

from stdnum.be import eid as be_eid
from stdnum.be import nn as be_nn
from stdnum.nl import bsn as nl_bsn

# Labels next to which a number is sensitive whatever its shape (lower-case, no accents).
LABELS = {
    "bsn": ("persoonsnummer", "personal no", "personalno", "persoonsnr", "bsn", "burgerservicenummer"),
    "document_number": (
        "documentnummer", "document no", "documentno", "kaartnummer", "card no", "cardno",
        "paspoortnummer", "passport no", "numero de carte", "kaartnr",
    ),
    "rrn": ("rijksregisternr", "rijksregisternummer", "national register", "nationalregister",
            "rijksregister", "registre national", "nat. reg", "numero national"),
}

# look-alike letters OCR reads for digits, as a str.translate table
DIGIT_FIX = str.maketrans({"O": "0", "o": "0", "D": "0", "Q": "0", "I": "1", "l": "1", "|": "1",
                            "L": "1", "Z": "2", "S": "5", "s": "5", "B": "8", "G": "6", "g": "9"})


def digits_only(text: str) -> str:
    return re.sub(r"\D", "", text)


def ocr_digits(text: str) -> str:
    """Digits of an OCR token, mapping look-alike letters to digits."""
    return digits_only(text.translate(DIGIT_FIX))


def is_bsn(digits: str) -> bool:
    return len(digits) == 9 and digits.isdigit() and digits != "000000000" and nl_bsn.is_valid(digits)


def is_rrn(digits: str) -> bool:
    return len(digits) == 11 and digits.isdigit() and be_nn.is_valid(digits)


def is_be_card(digits: str) -> bool:
    return len(digits) == 12 and digits.isdigit() and be_eid.is_valid(digits)


_NL_DOC = re.compile(r"^[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]$")


def is_nl_document_number(token: str) -> bool:
    """Dutch passport / ID-card number: 2 letters, 6 letters or digits, 1 digit; no letter O."""
    t = token.upper()
    return bool(_NL_DOC.match(t)) and sum(c.isdigit() for c in t) >= 2


def classify(token: str) -> str | None:
    """Category of a candidate number string (already joined across spaces/dots), or None."""
    d = ocr_digits(token)
    raw_digits = digits_only(token)
    if len(raw_digits) >= len(d) - 1:  # real digits; allow one look-alike letter
        if is_rrn(d):
            return "rrn"
        if is_be_card(d):
            return "document_number"
        if is_bsn(d):
            return "bsn"
    t = alnum(token).upper()
    # Dutch document numbers never hold the letter O: an O read by OCR is a zero
    if is_nl_document_number(t) or (len(t) == 9 and is_nl_document_number(t[:2] + t[2:].replace("O", "0"))):
        return "document_number"
    return None


# ... and the labels of other countries' numbers (lower case, no accents), as whole words: a
# personal or fiscal number, a card's or its support's number. Read after the Dutch and
# Belgian ones, which name their category more exactly. (No word alone that OCR makes of a
# garbled kept label: "numer" of "Surname / Cognome" took the surname under it.)
FOREIGN_LABELS = {
    "rrn": ("codice fiscale", "fiscal code", "pesel", "personal number", "personnummer", "henkilotunnus",
            "isikukood", "asmens kodas", "personas kods", "rodne cislo", "nif", "identification", "identifikationsnummer", "steuer id", "tax id", "tax number",
            "national number", "national no", "national id", "id no", "identity no", "id number",
            "identity number", "matricule"),
    "document_number": ("dni", "num soport", "soporte", "numero documento", "numero carta", "numer dowodu",
                        "card number", "document number", "dokumentnummer", "ausweisnummer", "passnummer",
                        "passport number", "no de la carte", "n de la carte", "numero de la carte"),
}


def _plain(text: str) -> str:
    import unicodedata

    t = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in t if not unicodedata.combining(c))


def label_category(text: str) -> str | None:
    t = text.lower().replace(".", "").replace("/", " ")
    t = re.sub(r"\s+", " ", t)
    for cat, labels in LABELS.items():
        for lab in labels:
            if lab.replace(".", "") in t:
                return cat
    t = " " + re.sub(r"[^a-z0-9]+", " ", _plain(text)) + " "
    for cat, labels in FOREIGN_LABELS.items():
        for lab in labels:
            if f" {lab} " in t:
                return cat
    return None


def fuzzy_contains(haystack: str, needle: str, max_errors: int = 1) -> bool:
    """True when ``needle`` occurs in ``haystack`` with at most ``max_errors`` substitutions."""
    n = len(needle)
    if n == 0 or len(haystack) < n - 1:
        return False
    if needle in haystack:
        return True
    for i in range(max(1, len(haystack) - n + 1)):
        window = haystack[i:i + n]
        if len(window) < n:
            break
        errs = sum(a != b for a, b in zip(window, needle, strict=False))
        if errs <= max_errors:
            return True
    return False


def alnum(text: str) -> str:
    """The letters and digits of an OCR token, as read (its punctuation and spaces dropped)."""
    return re.sub(r"[^A-Za-z0-9]", "", text)


def normalise(text: str) -> str:
    """Upper-case letters and digits only (how printed numbers are compared)."""
    return re.sub(r"[^A-Z0-9]", "", text.upper())


# Characters OCR confuses with each other in print (OCR-B and the sans fonts of documents):
# each class is compared as one character.
_SHAPE = str.maketrans({"O": "0", "D": "0", "Q": "0", "U": "0", "I": "1", "L": "1", "J": "1", "T": "7",
                        "Z": "2", "S": "5", "B": "8", "G": "6"})


def shape_key(text: str) -> str:
    """A printed string as OCR may read it: upper-case letters and digits, look-alike
    characters folded together (O/D/Q/0, I/L/J/1, Z/2, S/5, B/8, G/6, T/7)."""
    return normalise(text).translate(_SHAPE)


def allowed_errors(needle: str) -> int:
    """Edits an OCR reading of a number of this length may carry and still be taken for
    it: none under 6 characters, one for 6-7, two from 8 (a 9-character number read with
    two edits is still far from any other printed field of the document)."""
    n = len(needle)
    return 0 if n < 6 else 1 if n < 8 else 2


def reads_as(haystack: str, needle: str, max_errors: int | None = None) -> bool:
    """Does OCR text ``haystack`` contain a reading of the number ``needle``? Both are
    compared by :func:`shape_key`, allowing ``max_errors`` edits (substitutions, characters
    OCR added or dropped; by default :func:`allowed_errors`)."""
    h, n = shape_key(haystack), shape_key(needle)
    if not n:
        return False
    k = allowed_errors(n) if max_errors is None else max_errors
    if n in h:
        return True
    if len(h) < len(n) - k:
        return False
    # each character of the number the text holds too few of is one edit at least (of the
    # many lines a number is looked for on, most fail here, before the alignment)
    if sum((Counter(n) - Counter(h)).values()) > k:
        return False
    return substring_distance(h, n) <= k


def substring_distance(haystack: str, needle: str) -> int:
    """Fewest edits that turn some substring of ``haystack`` into ``needle`` (approximate
    string matching: the alignment may start and end anywhere in the haystack)."""
    m = len(needle)
    prev = list(range(m + 1))
    best = m
    for ch in haystack:
        cur = [0] * (m + 1)
        for j in range(1, m + 1):
            cost = 0 if needle[j - 1] == ch else 1
            cur[j] = min(prev[j - 1] + cost, prev[j] + 1, cur[j - 1] + 1)
        best = min(best, cur[m])
        prev = cur
    return best
