"""ICAO 9303 machine readable zone: parsing and OCR correction (pure functions).

The stock Tesseract model misreads the filler ``<`` as K, X or S and confuses O/0, I/1,
B/8 and so on. We correct what OCR returns using the field layout (which positions hold
digits, letters or either) and the 7-3-1 check digits: where a field is ambiguous every
plausible reading is tried and the one whose check digit holds wins.

Nothing here logs or raises with the values it handles; callers must not either.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

FILLER = "<"
_WEIGHTS = (7, 3, 1)

# Characters OCR confuses, per expected class.
_TO_DIGIT = {
    "O": "0", "Q": "0", "D": "0", "U": "0", "I": "1", "L": "1", "T": "7", "Z": "2",
    "S": "5", "B": "8", "G": "6", "A": "4", "E": "6",
}
_TO_ALPHA = {"0": "O", "1": "I", "2": "Z", "5": "S", "8": "B", "6": "G", "4": "A", "7": "T"}
# Alternatives tried for an alphanumeric field (document number, optional data).
_ALNUM_ALTS = {
    "O": "0", "0": "O", "Q": "0", "D": "0", "I": "1", "1": "I", "L": "1", "Z": "2", "2": "Z",
    "S": "5", "5": "S", "B": "8", "8": "B", "G": "6", "6": "G", "K": "<", "X": "<",
}

LAYOUTS = {  # document format -> (line count, line length)
    "TD1": (3, 30),
    "TD2": (2, 36),
    "TD3": (2, 44),
}


def char_value(c: str) -> int:
    if c.isdigit():
        return int(c)
    if "A" <= c <= "Z":
        return ord(c) - 55
    return 0  # '<' and anything else


# the values of the MRZ's own characters (reading many layouts' fields computes thousands of
# check digits a page); any other character as char_value says
_VALUES = {c: char_value(c) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<"}


def check_digit(s: str) -> str:
    """ICAO 9303 check digit (weights 7, 3, 1 repeating) of ``s`` as a one-character string."""
    values = _VALUES
    total = sum((values[c] if c in values else char_value(c)) * _WEIGHTS[i % 3] for i, c in enumerate(s))
    return str(total % 10)


def check_ok(s: str, digit: str) -> bool:
    # A field entirely of fillers may carry '<' or '0' as check digit.
    if digit == "<":
        return set(s) <= {"<"}
    return check_digit(s) == digit


def clean_line(text: str) -> str:
    """Upper-case, drop spaces and characters an MRZ cannot contain (OCR debris)."""
    t = text.upper().replace(" ", "")
    t = t.replace("«", "<<").replace("‹", "<").replace("(", "<").replace("{", "<")
    return re.sub(r"[^A-Z0-9<]", "", t)


def _fix_fillers(s: str) -> str:
    """A run of '<' interrupted by K/X/S/C/E/L (misread fillers) becomes all '<'."""
    s = re.sub(r"[<KXS]{4,}", lambda m: "<" * len(m.group()) if m.group().count("<") >= 2 else m.group(), s)
    out = list(s)
    n = len(out)
    for i, c in enumerate(out):
        if c in "KXSCEL£" and c != "<":
            left = i > 0 and out[i - 1] == "<"
            right = i + 1 < n and s[i + 1] == "<"
            if left and right:
                out[i] = "<"
    return "".join(out)


# A run of filler look-alikes: blurred OCR restricted to the MRZ alphabet reads the '<' of a
# filler run as K, C, E or X ("LEFEVRE<<EVA<SOPHIE<<<<<<<<<<<" read as
# "LEFEVRECKEVACEOPHIEKKKKCKKKKKK"); four or more in a row, three of them K or '<' (no name,
# word or number of a document holds such a run)
_FILLER_RUN = re.compile(r"[<KXCE]{4,}")


def filler_count(line: str) -> int:
    """The fillers of a cleaned MRZ line as OCR read them: its '<' and its runs of filler
    look-alikes (``_FILLER_RUN``)."""
    runs = [m.group() for m in _FILLER_RUN.finditer(line) if sum(c in "<K" for c in m.group()) >= 3]
    return line.count("<") + sum(len(r) - r.count("<") for r in runs)


def _fit_length(s: str, length: int) -> str:
    """Pad or trim a line to ``length`` by adjusting its trailing filler run."""
    if len(s) == length:
        return s
    if len(s) < length:
        # Insert the missing fillers into the longest filler run (usually the end).
        m = max(re.finditer(r"<+", s), key=lambda mm: len(mm.group()), default=None)
        if m is None:
            return s + "<" * (length - len(s))
        return s[: m.end()] + "<" * (length - len(s)) + s[m.end():]
    # Too long: remove fillers from the longest run first, then trim the end.
    m = max(re.finditer(r"<+", s), key=lambda mm: len(mm.group()), default=None)
    extra = len(s) - length
    if m is not None and len(m.group()) > extra:
        return s[: m.start()] + s[m.start() + extra:]
    return s[:length]


def _digits(s: str, allow_filler: bool = False) -> str:
    out = []
    for c in s:
        if c.isdigit() or (allow_filler and c == "<"):
            out.append(c)
        else:
            out.append(_TO_DIGIT.get(c, c))
    return "".join(out)


def _alpha(s: str) -> str:
    return "".join(_TO_ALPHA.get(c, c) if c != "<" else c for c in s)


def plausible_date(yymmdd: str) -> bool:
    """A date field of an MRZ as ICAO 9303 writes it: YYMMDD with a month of 01-12 and a
    day of 01-31 (a filler for an unknown month or day). OCR slips whose check digits hold
    by chance (several corrections tried over three lines) give dates such as month 00."""
    if len(yymmdd) != 6 or not yymmdd[:2].isdigit():
        return False
    mm, dd = yymmdd[2:4], yymmdd[4:6]
    return (mm == "<<" or (mm.isdigit() and 1 <= int(mm) <= 12)) and \
        (dd == "<<" or (dd.isdigit() and 1 <= int(dd) <= 31))


def _best_alnum(s: str, digit: str, limit: int = 7, max_changes: int = 1) -> tuple[str, bool]:
    """The reading of an alphanumeric field whose check digit holds (fewest changes first)."""
    if check_ok(s, digit):
        return s, True
    pos = [i for i, c in enumerate(s) if c in _ALNUM_ALTS][:limit]
    for k in range(1, len(pos) + 1):
        if k > max_changes:
            break
        for combo in itertools.combinations(pos, k):
            cand = list(s)
            for i in combo:
                cand[i] = _ALNUM_ALTS[cand[i]]
            cs = "".join(cand)
            if check_ok(cs, digit):
                return cs, True
    return s, False


@dataclass
class MRZResult:
    """A parsed MRZ. ``numbers`` are sensitive and must never be logged or exported."""

    format: str
    lines: list[str]
    checks: dict[str, bool] = field(default_factory=dict)
    document_number: str = ""
    optional: list[str] = field(default_factory=list)
    country: str = ""
    nationality: str = ""

    @property
    def valid(self) -> bool:
        return bool(self.checks) and all(self.checks.values())

    @property
    def valid_fraction(self) -> float:
        return sum(self.checks.values()) / len(self.checks) if self.checks else 0.0

    @property
    def numbers(self) -> list[str]:
        """Identifying numbers named by the MRZ (document number, numbers in optional data)."""
        out = []
        if self.document_number:
            out.append(self.document_number)
        for o in self.optional:
            v = o.strip("<")
            for part in v.split("<"):
                if len(part) >= 4 and any(ch.isdigit() for ch in part):
                    out.append(part)
        return list(dict.fromkeys(out))


def guess_format(lines: list[str]) -> str | None:
    n = len(lines)
    avg = sum(len(x) for x in lines) / max(n, 1)
    if n >= 3 and 24 <= avg <= 34:
        return "TD1"
    if n == 2:
        # OCR drops characters far more often than it adds them, and most of all from a
        # filler run (thin strokes that blur and faint print take away): a TD3 name line
        # may come out 30 long beside its 44-long data line, which the average of the two
        # would make a TD2. The longer line tells the format.
        longest = max(len(x) for x in lines)
        if longest >= 40 and avg >= 30:
            return "TD3"
        if 32 <= avg < 40:
            return "TD2"
    if n >= 2 and avg >= 40:
        return "TD3"
    return None


def parse(raw_lines: list[str], fmt: str | None = None) -> MRZResult | None:
    """Parse and correct OCR'd MRZ lines. Returns None when they do not look like an MRZ."""
    lines = [clean_line(x) for x in raw_lines]
    lines = [x for x in lines if len(x) >= 20]
    fmt = fmt or guess_format(lines)
    if fmt is None:
        return None
    count, length = LAYOUTS[fmt]
    if len(lines) < count:
        return None
    if len(lines) > count:
        # keep the consecutive lines closest to the expected length
        start = min(
            range(len(lines) - count + 1),
            key=lambda i: sum(abs(len(x) - length) for x in lines[i:i + count]),
        )
        lines = lines[start:start + count]
    lines = [_fix_fillers(x) for x in lines]
    if lines[0].startswith(FILLER):
        # a document code never starts with a filler: OCR lost the thin first letter
        # (I, P), and every field after it would be read one place off
        lines[0] = ("P" if fmt == "TD3" else "I") + lines[0]
    variants = [_variants(x, length) for x in lines]
    variants[0] = [v for v in variants[0] if not v.startswith(FILLER)] or variants[0]
    chosen = [v[0] for v in variants]
    best = _parse_fixed(chosen, fmt)
    # OCR often inserts or drops one character, shifting every field after it: try
    # single deletions / insertions per line and keep what makes the check digits hold.
    for i, vs in enumerate(variants):
        if best.valid:
            break
        for v in vs[1:]:
            trial = [*chosen[:i], v, *chosen[i + 1:]]
            r = _parse_fixed(trial, fmt)
            if sum(r.checks.values()) > sum(best.checks.values()):
                best, chosen = r, trial
    return best


def _select(raw_lines: list[str], fmt: str) -> list[str] | None:
    lines = [clean_line(x) for x in raw_lines]
    lines = [x for x in lines if len(x) >= 20]
    count, length = LAYOUTS[fmt]
    if len(lines) < count:
        return None
    best = min(range(len(lines) - count + 1),
               key=lambda i: sum(abs(len(x) - length) for x in lines[i:i + count]))
    return lines[best:best + count]


def parse_readings(readings: list[list[str]]) -> MRZResult | None:
    """Best parse from several OCR readings of the same MRZ, combining them line by line
    (one reading may get line 1 right and another line 2).

    Readings may disagree on the format: a passport's two lines read with characters
    dropped look like a TD2 in one reading (33 and 35 long) and are 43 long in another. OCR
    drops characters far more often than it adds them, so a line of ``TD3_LINE`` characters
    or more in any reading says TD3: each format a reading guesses is parsed, and a parse
    whose check digits all hold wins; else the TD3 parse where a reading says TD3 so; else
    the one whose checks hold best (the first reading's format on a tie)."""
    cleaned = [[x for x in (clean_line(y) for y in r) if len(x) >= 20] for r in readings]
    fmts = list(dict.fromkeys(f for f in map(guess_format, cleaned) if f))
    long_line = any(len(x) >= TD3_LINE for r in cleaned for x in r)
    best: MRZResult | None = None
    for fmt in fmts:
        res = _parse_readings_as(readings, fmt)
        if res is not None and (best is None or _format_rank(res, long_line) > _format_rank(best, long_line)):
            best = res
        if best is not None and best.valid:
            break
    return best


# A line this long is read of no MRZ but a passport's (TD3, 44 long; TD2's are 36)
TD3_LINE = 40


def _format_rank(res: MRZResult, long_line: bool) -> tuple[bool, bool, float]:
    """How well a parse fits its readings (see :func:`parse_readings`)."""
    return res.valid, long_line and res.format == "TD3", res.valid_fraction


def combined_better(combined: MRZResult, first: MRZResult | None, readings: list[list[str]]) -> bool:
    """Does the parse of several readings combined beat the first reading's own parse? Of
    one format, by the check digits that hold; of two, as :func:`parse_readings` ranks them
    (a TD3 that a long line says over a TD2 whose checks fail)."""
    if first is None:
        return True
    if combined.format == first.format:
        return sum(combined.checks.values()) > sum(first.checks.values())
    long_line = any(len(clean_line(y)) >= TD3_LINE for r in readings for y in r)
    return _format_rank(combined, long_line) > _format_rank(first, long_line)


def _parse_readings_as(readings: list[list[str]], fmt: str) -> MRZResult | None:
    """Best parse of the readings as an MRZ of format ``fmt`` (see :func:`parse_readings`)."""
    picked = [sel for sel in (_select(r, fmt) for r in readings) if sel]
    if not picked:
        return None
    best = None
    for combo in itertools.product(*[list(dict.fromkeys(p[i] for p in picked))
                                     for i in range(LAYOUTS[fmt][0])]):
        res = parse(list(combo), fmt)
        if res is not None and (best is None or sum(res.checks.values()) > sum(best.checks.values())):
            best = res
            if best.valid:
                break
    return best


def _variants(line: str, length: int) -> list[str]:
    out = [_fit_length(line, length)]
    if len(line) > length and "5S" in line:
        # Tesseract sometimes reads an OCR-B 5 as "5S": one extra character per 5
        out.append(_fit_length(line.replace("5S", "5"), length))
    if len(line) > length:
        for i in range(min(len(line), length + 2)):
            out.append(_fit_length(line[:i] + line[i + 1:], length))
    elif len(line) < length:
        for i in range(len(line)):
            out.append(_fit_length(line[:i] + "<" + line[i:], length))
    return list(dict.fromkeys(out))


def _parse_fixed(lines: list[str], fmt: str) -> MRZResult:
    if fmt == "TD1":
        return _parse_td1(lines)
    return _parse_td23(lines, fmt)


def _parse_td1(lines: list[str]) -> MRZResult:
    l1, l2, l3 = lines
    code = _alpha(l1[0:2])
    state = _alpha(l1[2:5])
    doc = l1[5:14]
    doc_chk = "<" if l1[14] in "<KX" else _digits(l1[14])
    if sum(c.isdigit() for c in doc) >= 7 and not check_ok(doc, doc_chk) \
            and (doc_chk == "<" or check_ok(_digits(doc), doc_chk)):
        doc = _digits(doc)
    opt1 = l1[15:30]
    checks: dict[str, bool] = {}
    if doc_chk == "<":
        # Long document number (e.g. Belgian 12-digit card number): the rest continues
        # in the optional data up to the next filler, followed by its check digit.
        m = re.match(r"([A-Z0-9]+?)([0-9A-Z])<", opt1.replace("K<", "<<"))
        tail = m.group(1) if m else opt1.split("<")[0][:-1]
        tail_chk = m.group(2) if m else (opt1.split("<")[0][-1:] or "<")
        tail = _digits(tail) if _digits(doc).isdigit() else tail
        full, ok = _best_alnum(doc + tail, _digits(tail_chk))
        if not ok and _digits(doc + tail).isdigit():
            full, ok = _digits(doc + tail), check_ok(_digits(doc + tail), _digits(tail_chk))
        docnum = full
        checks["document_number"] = ok
        opt_rest = opt1[len(tail) + 1:]
        opt1 = opt1[: len(tail) + 1] + opt_rest
        optional = [opt_rest]
    else:
        docnum, ok = _best_alnum(doc, doc_chk)
        checks["document_number"] = ok
        optional = [opt1]
    dob, dob_chk = _digits(l2[0:6]), _digits(l2[6])
    sex = l2[7]
    exp, exp_chk = _digits(l2[8:14]), _digits(l2[14])
    nat = _alpha(l2[15:18])
    opt2 = l2[18:29]
    comp = l2[29]
    checks["birth_date"] = check_ok(dob, dob_chk)
    checks["expiry_date"] = check_ok(exp, exp_chk)
    checks["dates"] = plausible_date(dob) and plausible_date(exp)
    # Optional data in TD1 line 2 is usually digits when it is not filler (e.g. BE national no.).
    opt2_fixed = "".join(_TO_DIGIT.get(c, c) if c not in "<" else c for c in opt2) \
        if sum(c.isdigit() for c in opt2) >= 5 else opt2
    opt1_fixed = _fix_opt_digits(optional[0])
    optional = [opt1_fixed, opt2_fixed]
    if doc_chk == "<" and len(docnum) > 9:
        tail_len = len(docnum) - 9
        l1_data = docnum[:9] + "<" + docnum[9:] + _digits(l1[15 + tail_len]) + l1[16 + tail_len:30]
    else:
        l1_data = docnum + doc_chk + opt1_fixed
    l1_data = _fit_length(l1_data, 25)
    comp_src = l1_data + dob + dob_chk + exp + exp_chk + opt2_fixed
    _composite(checks, comp_src, comp)
    if not comp.isdigit() and checks.get("composite"):
        comp = _TO_DIGIT[comp]
    fixed = [code + state + l1_data, dob + dob_chk + sex + exp + exp_chk + nat + opt2_fixed + comp, l3]
    return MRZResult("TD1", fixed, checks, docnum, optional, state, nat)


def _composite(checks: dict[str, bool], src: str, raw: str) -> None:
    """Record the composite check. A digit is checked strictly; a letter OCR made of the
    digit is mapped and counted only when it then holds; a lost one ('<', or a letter
    that maps to a wrong digit) leaves the composite unverified rather than failed."""
    if raw.isdigit():
        checks["composite"] = check_ok(src, raw)
    elif raw in _TO_DIGIT and check_ok(src, _TO_DIGIT[raw]):
        checks["composite"] = True


def _fix_opt_digits(s: str) -> str:
    # Optional data carrying a number (e.g. the Dutch BSN) is digits then fillers.
    head = s.rstrip("<")
    if len(head) >= 5 and sum(c.isdigit() for c in head) >= len(head) - 2:
        return "".join(_TO_DIGIT.get(c, c) for c in head) + s[len(head):]
    return s


def _parse_td23(lines: list[str], fmt: str) -> MRZResult:
    l1, l2 = lines
    code = _alpha(l1[0:2])
    state = _alpha(l1[2:5])
    doc, doc_chk = l2[0:9], _digits(l2[9], allow_filler=True)
    docnum, ok = _best_alnum(doc, doc_chk)
    nat = _alpha(l2[10:13])
    dob, dob_chk = _digits(l2[13:19]), _digits(l2[19])
    sex = l2[20]
    exp, exp_chk = _digits(l2[21:27]), _digits(l2[27])
    checks = {
        "document_number": ok,
        "birth_date": check_ok(dob, dob_chk),
        "expiry_date": check_ok(exp, exp_chk),
        "dates": plausible_date(dob) and plausible_date(exp),
    }
    if fmt == "TD3":
        pers, pers_chk = l2[28:42], _digits(l2[42], allow_filler=True)
        pers = _fix_opt_digits(pers)
        if pers_chk == "<" or pers_chk == "0":
            checks["personal_number"] = check_ok(pers, pers_chk) or set(pers) <= {"<"}
        else:
            checks["personal_number"] = check_ok(pers, pers_chk)
        comp = l2[43]
        comp_src = docnum + doc_chk + dob + dob_chk + exp + exp_chk + pers + pers_chk
        optional = [pers]
        line2 = docnum + doc_chk + nat + dob + dob_chk + sex + exp + exp_chk + pers + pers_chk + comp
    else:
        opt = _fix_opt_digits(l2[28:35])
        comp = _digits(l2[35])
        comp_src = docnum + doc_chk + dob + dob_chk + exp + exp_chk + opt
        optional = [opt]
        line2 = docnum + doc_chk + nat + dob + dob_chk + sex + exp + exp_chk + opt + comp
    _composite(checks, comp_src, comp)
    if not comp.isdigit() and checks.get("composite"):
        line2 = line2[:-1] + _TO_DIGIT[comp]
    return MRZResult(fmt, [code + state + l1[5:], line2], checks, docnum, optional, state, nat)


def looks_like_mrz(text_lines: list[str]) -> bool:
    """Cheap test on raw OCR lines: long lines with many fillers."""
    lines = [clean_line(x) for x in text_lines]
    long = [x for x in lines if len(x) >= 26]
    if len(long) < 2:
        return False
    fillers = sum(x.count("<") for x in long)
    return fillers >= 6

