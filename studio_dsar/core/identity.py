"""Identity fields read from an ID document, and their comparison with a request.

The redaction engine reads the machine-readable zone (MRZ) and the visual zone of each
document anyway; :func:`from_mrz` and :func:`from_visual_zone` turn what it read into an
:class:`IdentityFields` record: name, date of birth, expiry, document type and issuing
country. **Never a number**: document numbers, BSN and national register numbers are not
part of the record, so they cannot travel further than the engine.

:func:`compare` then says, per field, ``match`` / ``mismatch`` / ``unknown``: tolerant of
diacritics and ICAO transliteration (Müller = MUELLER), particles (van der, De, D'), initials
(A. de Vries), order (Vries, Anna de) and the usual OCR slips in an MRZ name.

Nothing here logs or raises with the values it handles.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Any
from studio_dsar.core.deadlines import studio_today

if TYPE_CHECKING:
    from studio_dsar.core.redaction.ocr import Word

    Line = Sequence[Word]


MATCH, MISMATCH, UNKNOWN = "match", "mismatch", "unknown"

# ICAO document codes (first letter) -> our document type codes
DOC_TYPES = {
    "P": "passport",
    "I": "identity_card",
    "A": "identity_card",
    "C": "identity_card",
    "V": "visa",
}
PARTICLES = frozenset({
    "van", "der", "den", "de", "het", "t", "ter", "ten", "te", "op", "in", "d", "di", "da", "du",
    "des", "del", "della", "le", "la", "les", "l", "von", "zu", "vom", "zum", "zur", "aan", "bij",
    "uit", "y", "dos", "das", "el", "al", "st", "saint", "sint", "mac", "o",
})

_TRANSLIT = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "oe", "å": "aa",
             "ĳ": "ij", "œ": "oe", "þ": "th", "ð": "d", "ł": "l", "đ": "d", "ı": "i"}


@dataclass
class IdentityFields:
    """What one document (side) says about its holder. No numbers, ever."""

    source: str                         # "mrz" or "visual"
    surname: str = ""
    given_names: str = ""
    birth_date: date | None = None
    expiry_date: date | None = None
    document_type: str | None = None    # passport, identity_card, ...
    issuing_country: str | None = None  # ICAO 3-letter code (NLD, BEL, D<< -> DEU)
    checked: bool = False               # dates confirmed by MRZ check digits
    truncated: bool = False             # the MRZ name field is full: the last name may be cut short
    # Not numbers, but still personal: kept in memory only, never stored or logged.

    @property
    def has_name(self) -> bool:
        return bool(self.surname or self.given_names)


@dataclass
class Comparison:
    name: str = UNKNOWN
    birth_date: str = UNKNOWN
    expired: bool | None = None
    document_type: str | None = None
    issuing_country: str | None = None
    expiry_date: date | None = None
    name_source: str | None = None
    birth_date_source: str | None = None
    needs_other_side: bool = False
    birth_date_read: bool = False   # the document's date of birth was read (compared only when given)
    notes: list[str] = field(default_factory=list)

    @property
    def has_mismatch(self) -> bool:
        return MISMATCH in (self.name, self.birth_date)

    @property
    def matched_fields(self) -> list[str]:
        return [f for f in ("name", "birth_date") if getattr(self, f) == MATCH]

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "birth_date": self.birth_date,
            "expired": self.expired,
            "document_type": self.document_type,
            "issuing_country": self.issuing_country,
            "expiry_valid": None if self.expired is None else not self.expired,
            "needs_other_side": self.needs_other_side,
        }


# ------------------------------------------------------------------------------------ reading
def _mrz_date(s: str, *, birth: bool, today: date | None = None) -> date | None:
    if not re.fullmatch(r"\d{6}", s or ""):
        return None
    today = today or studio_today()
    yy, mm, dd = int(s[:2]), int(s[2:4]), int(s[4:6])
    year = 2000 + yy if (not birth and yy < 70) or (birth and (2000 + yy, mm, dd) <= (
        today.year, today.month, today.day)) else 1900 + yy
    try:
        return date(year, mm, dd)
    except ValueError:
        return None


def _mrz_name(raw: str) -> tuple[str, str]:
    """Surname and given names from the MRZ name field (``VAN<DER<LINDEN<<ANOUK<<<``)."""
    s = raw.rstrip("<")
    # OCR reads a long run of fillers as K/X/S mixed with '<': fold those back
    s = re.sub(r"(?:<[KXS]?){3,}$", "", s)
    s = re.sub(r"[<KX]{3,}$", "", s) if s.endswith("<") else s
    if "<<" in s:
        sur, giv = s.split("<<", 1)
    else:
        sur, giv = s, ""
    return _norm_mrz(sur), _norm_mrz(giv)


def _norm_mrz(t: str) -> str:
    return re.sub(r"\s+", " ", t.replace("<", " ")).strip()


def _country(code: str) -> str | None:
    code = (code or "").replace("<", "")
    if code == "D":
        return "DEU"
    return code if re.fullmatch(r"[A-Z]{3}", code) else None


def from_mrz(result: Any, *, today: date | None = None) -> IdentityFields | None:
    """Identity fields from a parsed MRZ (``redaction.mrz.MRZResult``). Dates count only when
    their check digits hold."""
    if result is None or not getattr(result, "lines", None):
        return None
    lines = result.lines
    fmt = result.format
    try:
        if fmt == "TD1":
            l1, l2, l3 = lines[0], lines[1], lines[2]
            dob, dob_chk, exp, exp_chk = l2[0:6], "birth_date", l2[8:14], "expiry_date"
            name_field = l3
        else:  # TD2, TD3
            l1, l2 = lines[0], lines[1]
            dob, dob_chk, exp, exp_chk = l2[13:19], "birth_date", l2[21:27], "expiry_date"
            name_field = l1[5:]
    except (IndexError, TypeError):
        return None
    checks = getattr(result, "checks", {}) or {}
    code = l1[0:1]
    out = IdentityFields("mrz")
    out.document_type = DOC_TYPES.get(code)
    if code == "I" and l1[1:2] == "R":
        out.document_type = "residence_permit"
    out.issuing_country = _country(l1[2:5]) or _country(getattr(result, "nationality", ""))
    out.surname, out.given_names = _mrz_name(name_field)
    out.truncated = len(name_field.rstrip("<")) >= len(name_field) - 1
    if checks.get(dob_chk):
        out.birth_date = _mrz_date(dob, birth=True, today=today)
    if checks.get(exp_chk):
        out.expiry_date = _mrz_date(exp, birth=False, today=today)
    out.checked = bool(checks.get(dob_chk) and checks.get(exp_chk))
    return out


_MONTHS = {
    "jan": 1, "feb": 2, "fev": 2, "mrt": 3, "mar": 3, "maa": 3, "mär": 3, "apr": 4, "avr": 4,
    "mei": 5, "may": 5, "mai": 5, "jun": 6, "jui": 6, "jul": 7, "aug": 8, "aou": 8, "sep": 9,
    "okt": 10, "oct": 10, "nov": 11, "dec": 12, "dez": 12,
}
_DATE_NUM_RE = re.compile(r"(?<![\d.])(\d{2})[.\-/ ](\d{2})[.\-/ ](\d{4})(?![\d.])")
_DATE_TXT_RE = re.compile(r"(?<!\d)(\d{1,2})\s*([A-Za-zÀ-ÿ]{3})[A-Za-zÀ-ÿ]*(?:\s*/\s*[A-Za-zÀ-ÿ]{3,4}\.?)?\s+(\d{4})(?!\d)")

_SURNAME_LABEL = re.compile(r"\b(naam|surname|name|nom|nachname|familienaam)\b", re.I)
_GIVEN_LABEL = re.compile(r"\b(voornamen|voornaam|given|pr[ée]noms?|vornamen?)\b", re.I)
_DOB_LABEL = re.compile(r"geboortedatum|date of birth|date de naissance|geburtsdatum|birth", re.I)
_EXPIRY_LABEL = re.compile(r"geldig tot|date of expiry|valid until|valable jusqu|g[üu]ltig bis|expiry", re.I)
_ANY_LABEL = re.compile(
    r"naam|surname|\bname\b|\bnom\b|voornamen|given|pr[ée]nom|geslacht|\bsex\b|nationalit|"
    r"geboorte|birth|naissance|document|kaartnummer|card no|geldig|valid|expiry|afgifte|issue|"
    r"autoriteit|authority|persoonsnummer|personal no|handtekening|signature|lengte|height", re.I)
_PASSPORT_RE = re.compile(r"PAS+PO+RT|PASSPORT|PASSEPORT|REISEPASS", re.I)
_IDCARD_RE = re.compile(r"IDENTITEITSKAART|IDENTITY\s*CARD|CARTE\s*D.?IDENTIT|PERSONALAUSWEIS", re.I)
_COUNTRY_HINTS = (
    (re.compile(r"NEDERLANDEN|NETHERLANDS", re.I), "NLD"),
    (re.compile(r"BELGI[EË]|BELGIQUE|BELGIEN|BELGIUM", re.I), "BEL"),
    (re.compile(r"DEUTSCHLAND|BUNDESREPUBLIK", re.I), "DEU"),
    (re.compile(r"LUXEMBOURG|LUXEMBURG", re.I), "LUX"),
    (re.compile(r"R[ÉE]PUBLIQUE FRAN[ÇC]AISE", re.I), "FRA"),
)


def _dates_in(text: str) -> list[date]:
    out = []
    for m in _DATE_NUM_RE.finditer(text):
        try:
            out.append(date(int(m.group(3)), int(m.group(2)), int(m.group(1))))
        except ValueError:
            pass
    for m in _DATE_TXT_RE.finditer(text):
        mon = _MONTHS.get(_fold(m.group(2))[:3])
        if mon is None:
            continue
        try:
            out.append(date(int(m.group(3)), mon, int(m.group(1))))
        except ValueError:
            pass
    return out


def _line_text(line: Line, min_conf: float = 0.0) -> str:
    return " ".join(w.text for w in line if w.conf >= min_conf)


def _label_words(line: Line) -> list[Word]:
    """The words that carry a label's geometry (OCR debris from a portrait beside it left out)."""
    ws = [w for w in line if len(re.sub(r"[^A-Za-zÀ-ÿ]", "", w.text)) >= 3]
    return ws or list(line)


def _is_label(text: str) -> bool:
    return bool(_ANY_LABEL.search(text))


def _value_near(lines: Sequence[Line], idx: int, *, above: bool = False) -> list[Word] | None:
    """The text line just below (or above) label line ``idx``, overlapping it horizontally."""
    lab = _label_words(lines[idx])
    x0 = min(w.x for w in lab)
    x1 = max(w.x + w.w for w in lab)
    hs = sorted(w.h for w in lab)
    h = max(8, hs[len(hs) // 2])
    y0 = min(w.y for w in lab)
    y1 = max(w.y for w in lab) + h
    best: tuple[float, list[Word]] | None = None
    for j, ln in enumerate(lines):
        if j == idx:
            continue
        top = sorted(w.y for w in ln)[len(ln) // 2]
        bottom = sorted(w.y + w.h for w in ln)[len(ln) // 2]
        if above:
            if not (y0 - 3 * h <= bottom <= y0 + 0.3 * h):
                continue
        elif not (y1 - 0.3 * h <= top <= y1 + 2.2 * h):
            continue
        words = [w for w in ln if w.x + w.w > x0 - 2 * h and w.x < x1]
        if not words or _is_label(_line_text(words)):
            continue
        key = -top if above else top
        if best is None or key < best[0]:
            best = (key, words)
    return best[1] if best else None


def _name_words(words: Sequence[Word]) -> str:
    """Letters-only words of a value line, dropping OCR debris from the portrait beside it."""
    keep = []
    for w in words:
        t = w.text.strip(" .,;:|'‘’\"()[]{}")
        if len(re.sub(r"[^A-Za-zÀ-ÿ]", "", t)) < 2 and t.lower() not in ("d'", "'t"):
            continue
        if re.search(r"\d", t) or w.conf < 30:
            continue
        keep.append(t)
    return " ".join(keep)


def from_visual_zone(words: Sequence[Word], *, today: date | None = None) -> IdentityFields | None:
    """Identity fields from the OCR words of a document's visual zone (labels, then the line
    below them; the earliest and latest dates when they are not labelled)."""
    from studio_dsar.core.redaction import ocr

    if not words:
        return None
    lines = ocr.lines_of(list(words))
    text = "\n".join(_line_text(ln) for ln in lines)
    out = IdentityFields("visual")
    if _PASSPORT_RE.search(text):
        out.document_type = "passport"
    elif _IDCARD_RE.search(text):
        out.document_type = "identity_card"
    for rx, code in _COUNTRY_HINTS:
        if rx.search(text):
            out.issuing_country = code
            break
    labelled_dob = labelled_exp = None
    for i, ln in enumerate(lines):
        t = _line_text(ln)
        if _GIVEN_LABEL.search(t):
            below = _value_near(lines, i)
            if below and not out.given_names:
                out.given_names = _name_words(below)
        elif _SURNAME_LABEL.search(t) and not _DOB_LABEL.search(t):
            below = _value_near(lines, i)
            if below and not out.surname:
                out.surname = _name_words(below)
        if _DOB_LABEL.search(t) and labelled_dob is None:
            below = _value_near(lines, i)
            ds = _dates_in(_line_text(below)) if below else []
            labelled_dob = ds[0] if len(ds) == 1 else None
        if _EXPIRY_LABEL.search(t) and labelled_exp is None:
            below = _value_near(lines, i)
            ds = _dates_in(_line_text(below)) if below else []
            labelled_exp = max(ds) if ds else None
    if not out.surname and out.given_names:
        # surname label unread (portrait debris): the value sits just above the given names
        gi = next((i for i, ln in enumerate(lines) if _GIVEN_LABEL.search(_line_text(ln))), None)
        if gi is not None:
            above = _value_near(lines, gi, above=True)
            if above:
                out.surname = _name_words(above)
    today = today or studio_today()
    dates = sorted(set(_dates_in(text)))
    dates = [d for d in dates if 1900 <= d.year <= today.year + 15]
    out.birth_date = labelled_dob
    out.expiry_date = labelled_exp
    if len(dates) >= 2:
        # birth < issue < expiry: unlabelled (or unread labels) fall back on the order
        if out.birth_date is None and dates[0] <= today.replace(year=today.year - 10):
            out.birth_date = dates[0]
        if out.expiry_date is None and dates[-1] > dates[0]:
            out.expiry_date = dates[-1]
    if out.expiry_date is not None and out.birth_date is not None and out.expiry_date <= out.birth_date:
        out.expiry_date = None
    if not (out.has_name or out.birth_date or out.expiry_date or out.document_type):
        return None
    return out


# ------------------------------------------------------------------------------------ comparing
def _fold(s: str) -> str:
    s = s.lower()
    s = "".join(_TRANSLIT.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def tokens(name: str) -> list[str]:
    """Lower-case ASCII tokens of a name: diacritics folded, hyphens and apostrophes split."""
    return [t for t in re.split(r"[^a-z]+", _fold(name or "")) if t]


def _unfill(name: str) -> str:
    """An MRZ name with the K/X that OCR made of a '<' taken out: VAN KDE KVELDE, DEX WILDE,
    JEANKLUC (only ever removes letters, so a wrong name does not become a match)."""
    name = re.sub(r"(?<=[A-Z])[KX](?=[A-Z])", " ", name)
    name = re.sub(r"\b[KX](?=[A-Z]{2})", "", name)
    name = re.sub(r"(?<=[A-Z]{2})[KX]\b", "", name)
    return re.sub(r"\s+", " ", name).strip()


def _core(toks: list[str]) -> list[str]:
    return [t for t in toks if t not in PARTICLES]


def _one_dropped(req: str, doc: str) -> bool:
    """``doc`` is ``req`` with one letter lost (OCR of a short MRZ name: KOK read as KO)."""
    return len(req) >= 3 and len(doc) == len(req) - 1 and any(req[:i] + req[i + 1:] == doc for i in range(len(req)))


def _similar(a: str, b: str) -> bool:
    if a == b:
        return True
    # ICAO transliteration vs. plain folding: mueller ~ muller
    if a.replace("ue", "u").replace("oe", "o").replace("ae", "a") == \
            b.replace("ue", "u").replace("oe", "o").replace("ae", "a"):
        return True
    if min(len(a), len(b)) < 4:
        return False
    return SequenceMatcher(None, a, b).ratio() >= (0.8 if min(len(a), len(b)) < 7 else 0.75)


def _token_hits(req: str, doc_tokens: list[str], *, truncated: bool = False) -> bool:
    if len(req) == 1:
        return any(t.startswith(req) for t in doc_tokens)
    for t in doc_tokens:
        if _similar(req, t):
            return True
    # the last name of a full MRZ name field may be cut short (ANNELIES -> ANNEL); only there,
    # so that ANNE never stands for ANNELIES
    last = doc_tokens[-1] if doc_tokens else ""
    return truncated and len(last) >= 3 and req.startswith(last)


def _joined_similar(req_tokens: list[str], doc_tokens: list[str]) -> bool:
    """Whole-name fallback for OCR that split or glued MRZ words (ENNEXKDRIE)."""
    a, b = "".join(req_tokens), "".join(doc_tokens)
    return len(a) >= 4 and len(b) >= 4 and SequenceMatcher(None, a, b).ratio() >= 0.8


def _contained(req_core: list[str], d: IdentityFields) -> bool:
    """Every name of the request (three letters or more; at least two names, twelve letters in
    all) occurs in the MRZ name letters, in any order."""
    letters = re.sub(r"[^a-z]", "", _fold(d.surname + d.given_names))
    names = [r for r in req_core if len(r) >= 3]
    return len(names) >= 2 and sum(map(len, names)) >= 8 and all(r in letters for r in names)


def _regroup(d: IdentityFields) -> IdentityFields:
    """A surname of particles only (VAN | DEN BROEK RENEE): OCR read one '<' of the name as
    '<<'; the surname runs on to the first word that is not a particle."""
    sur, giv = tokens_raw(d.surname), tokens_raw(d.given_names)
    if not sur or _core([t.lower() for t in sur]) or not giv:
        return d
    while giv and giv[0].lower() in PARTICLES:
        sur.append(giv.pop(0))
    if giv:
        sur.append(giv.pop(0))
    return IdentityFields(d.source, " ".join(sur), " ".join(giv), d.birth_date, d.expiry_date, d.document_type,
                          d.issuing_country, d.checked, d.truncated)


def tokens_raw(name: str) -> list[str]:
    return [t for t in re.split(r"\s+", (name or "").strip()) if t]


def compare_name(requested: str | None, doc: list[IdentityFields]) -> tuple[str, str | None]:
    """``(verdict, source)`` for the requester's name against every reading of the name."""
    req = tokens(requested or "")
    req = [t for t in req if t]
    readings: list[IdentityFields] = []
    named = [r for r in (_regroup(d) for d in doc) if r.has_name and _core(tokens(r.surname))]
    for d in sorted(named, key=lambda d: d.source != "mrz"):   # the MRZ (check digits) first
        readings.append(d)
        if d.source == "mrz" and re.search(r"[KX]", d.surname + d.given_names):
            # OCR reads a filler '<' between names as K or X: try the names without it too
            readings.append(IdentityFields("mrz", _unfill(d.surname), _unfill(d.given_names),
                                           truncated=d.truncated))
    if not req or not readings:
        return UNKNOWN, None
    req_core = _core(req)
    if not req_core:
        return UNKNOWN, None
    verdicts = []
    for d in readings:
        sur = _core(tokens(d.surname))
        giv = _core(tokens(d.given_names))
        # every core word of the surname must be in the request (order free)
        used: set[int] = set()
        sur_ok = True
        for s in sur:
            hit = next((i for i, r in enumerate(req_core) if i not in used and len(r) > 1
                        and (_similar(r, s) or (d.source == "mrz" and _one_dropped(r, s)))), None)
            if hit is None:
                sur_ok = False
                break
            used.add(hit)
        if not sur_ok and _joined_similar([r for r in req_core if len(r) > 1], sur + giv):
            verdicts.append((MATCH, d.source))
            continue
        if not sur_ok:
            # printed text read by OCR has no check digit: a near miss (MATHIEU read as MARNIEU)
            # is not evidence of another person
            near = d.source == "visual" and any(
                SequenceMatcher(None, r, x).ratio() >= 0.6 for r in req_core for x in sur if len(r) > 3)
            verdicts.append((UNKNOWN if near else MISMATCH, d.source))
            continue
        rest = [r for i, r in enumerate(req_core) if i not in used]
        if not rest:
            verdicts.append((MATCH, d.source))
            continue
        if not giv:
            # only the surname was read: a relative has the same one, so this proves nothing
            verdicts.append((UNKNOWN, d.source))
            continue
        hits = [r for r in rest if _token_hits(r, giv, truncated=d.truncated)]
        if hits and (len(hits) == len(rest) or _joined_similar([r for r in rest if len(r) > 1], giv)):
            verdicts.append((MATCH, d.source))
        elif hits:
            verdicts.append((MATCH, d.source))  # a middle name the request adds is no contradiction
        elif _joined_similar([r for r in rest if len(r) > 1], giv):
            verdicts.append((MATCH, d.source))
        else:
            verdicts.append((MISMATCH, d.source))
    # An MRZ name garbled by OCR (fillers read as K, C or X: DEKCLERCQ<CKCMARIECNOEMIE) still
    # holds every name of the request letter for letter.
    if not any(v == MATCH for v, _s in verdicts):
        for d in readings:
            if d.source == "mrz" and _contained(req_core, d):
                return MATCH, d.source
    # A clean reading that matches outweighs one garbled by OCR; otherwise a mismatch stands.
    for v, src in verdicts:
        if v == MATCH:
            return MATCH, src
    for v, src in verdicts:
        if v == MISMATCH:
            return MISMATCH, src
    return UNKNOWN, verdicts[0][1] if verdicts else None


def compare(requested_name: str | None, requested_birth_date: date | None,
            doc: list[IdentityFields], *, today: date | None = None) -> Comparison:
    today = today or studio_today()
    out = Comparison()
    out.name, out.name_source = compare_name(requested_name, doc)
    mrz = [d for d in doc if d.source == "mrz"]
    ordered = mrz + [d for d in doc if d.source != "mrz"]
    dobs = [(d.birth_date, d.source) for d in ordered if d.birth_date]
    out.birth_date_read = bool(dobs)
    if dobs and requested_birth_date:
        if any(b == requested_birth_date for b, _s in dobs):
            out.birth_date = MATCH
            out.birth_date_source = next(s for b, s in dobs if b == requested_birth_date)
        else:
            out.birth_date = MISMATCH
            out.birth_date_source = dobs[0][1]
    exps = [d.expiry_date for d in ordered if d.expiry_date]
    if exps:
        out.expiry_date = exps[0]
        out.expired = exps[0] < today
    out.document_type = next((d.document_type for d in ordered if d.document_type), None)
    # The MRZ's issuing state has no check digit; a country named in words on the document wins.
    worded = [d.issuing_country for d in doc if d.source == "visual" and d.issuing_country]
    out.issuing_country = worded[0] if worded else next((d.issuing_country for d in ordered if d.issuing_country), None)
    # A side without any name (the back of a Belgian eID without a readable MRZ): ask for the other.
    out.needs_other_side = not any(d.has_name for d in doc)
    return out
