"""MRZ parsing and OCR correction (ICAO 9303 specimens) and number validators."""

from __future__ import annotations

import pytest

from studio_dsar.core.redaction import mrz, numbers

TD3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
TD1 = ["I<UTOD231458907<<<<<<<<<<<<<<<",
       "7408122F1204159UTO<<<<<<<<<<<6",
       "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"]
BE_TD1 = ["IDBEL599900199<9424<<<<<<<<<<<",
          "7705290M3012246BEL770529527615",
          "MATHIEU<<SENNE<DRIES<<<<<<<<<<"]
NL_TD1 = ["I<NLDNF68KZ9A84850241157<<<<<<",
          "8309248F3208058NLD<<<<<<<<<<<1",
          "DE<HAAN<<CHLOE<ESTHER<NOELLE<<"]


def test_check_digit_icao_examples():
    assert mrz.check_digit("L898902C3") == "6"
    assert mrz.check_digit("740812") == "2"
    assert mrz.check_digit("120415") == "9"
    assert mrz.check_digit("D23145890") == "7"
    assert mrz.check_digit("<<<<<") == "0"


def test_td3_specimen_parses_and_validates():
    r = mrz.parse(TD3)
    assert r.format == "TD3"
    assert r.valid
    assert r.document_number == "L898902C3"
    assert "ZE184226B" in r.numbers
    assert r.country == "UTO" and r.nationality == "UTO"


def test_td1_specimen_parses_and_validates():
    r = mrz.parse(TD1)
    assert r.format == "TD1"
    assert r.valid
    assert r.document_number == "D23145890"
    assert r.numbers == ["D23145890"]


def test_td3_ocr_misreads_are_corrected():
    # fillers read as K, O for 0 in digit fields, letter O in the check digit
    noisy = ["P<UTOERIKSSON<<ANNA<MARIA<<<<K<<<<<<<<<<<<<<",
             "L898902C36UT07408122F12O4159ZE184226B<<<<<1O"]
    r = mrz.parse(noisy)
    assert r.valid
    assert r.lines[1] == TD3[1]


def test_td3_name_line_short_of_its_fillers_stays_td3():
    # blur took the name line's filler run: 30 characters read beside the 44 of the data
    # line; the average (37) is a TD2's, whose first fields sit where a TD3's do, but the
    # personal number (here the BSN's place) is only read as a TD3
    short = [TD3[0][:30], TD3[1]]
    assert mrz.guess_format(short) == "TD3"
    r = mrz.parse(short)
    assert r.format == "TD3" and r.valid
    assert "ZE184226B" in r.numbers
    # a TD2 stays a TD2, and two short lines are no format
    assert mrz.guess_format(["I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6"]) == "TD2"
    assert mrz.guess_format(["X" * 26, "Y" * 30]) is None


def test_single_inserted_character_is_realigned():
    noisy = [TD1[0], "74081222F1204159UTO<<<<<<<<<<<6", TD1[2]]  # one extra digit
    r = mrz.parse(noisy)
    assert r.checks["birth_date"] and r.checks["expiry_date"]


def test_belgian_long_document_number_overflow():
    r = mrz.parse(BE_TD1)
    assert r.valid
    assert r.document_number == "599900199942"
    assert numbers.is_be_card(r.document_number)
    assert "77052952761" in r.numbers  # national number from line 2 optional data
    noisy = ["1DBEL599900I99K9424<<<K<<<<<<<", "77O5290M3012246BEL77052952761S", BE_TD1[2]]
    r2 = mrz.parse(noisy)
    assert r2.valid and r2.document_number == "599900199942"


def test_dutch_bsn_in_optional_data():
    r = mrz.parse(NL_TD1)
    assert r.valid
    assert r.document_number == "NF68KZ9A8"
    assert "850241157" in r.numbers
    assert numbers.is_bsn("850241157")


def test_failed_check_digit_is_reported():
    bad = [TD3[0], "L898902C37UTO7408122F1204159ZE184226B<<<<<10"]  # check 7 instead of 6
    r = mrz.parse(bad)
    assert r is not None
    assert not r.valid
    assert not all(r.checks.values())


def test_not_an_mrz():
    assert mrz.parse(["KONINKRIJK DER NEDERLANDEN"]) is None
    assert not mrz.looks_like_mrz(["KONINKRIJKDERNEDERLANDEN", "IDENTITEITSKAARTIDENTITYCARD"])
    assert mrz.looks_like_mrz(TD1)


@pytest.mark.parametrize("value,ok", [("850241157", True), ("850241158", False), ("000000000", False),
                                      ("12345678", False)])
def test_bsn(value, ok):
    assert numbers.is_bsn(value) is ok


@pytest.mark.parametrize("value,ok", [
    ("77052952761", True),     # 1977
    ("77052952762", False),
    ("01010100120", False),
])
def test_rrn(value, ok):
    assert numbers.is_rrn(value) is ok


def test_rrn_2000_rule():
    # born 2001: the check uses 2 followed by the nine digits
    base = "010117001"
    check = 97 - int("2" + base) % 97
    assert numbers.is_rrn(base + f"{check:02d}")
    # a check that fits neither century is refused
    wrong = next(c for c in range(1, 98) if c not in (check, 97 - int(base) % 97))
    assert not numbers.is_rrn(base + f"{wrong:02d}")


def test_be_card_number():
    assert numbers.is_be_card("599900199942")
    assert not numbers.is_be_card("599900199943")
    assert numbers.classify("599-9001999-42") == "document_number"


def test_nl_document_number_pattern():
    assert numbers.is_nl_document_number("NF68KZ9A8")
    assert not numbers.is_nl_document_number("NO68KZ9A8")   # never the letter O
    assert not numbers.is_nl_document_number("NEDERLAND")
    assert numbers.classify("NF68KZ9A8") == "document_number"


def test_classify_formatted_numbers():
    assert numbers.classify("77.05.29-527.61") == "rrn"
    assert numbers.classify("850241157") == "bsn"
    assert numbers.classify("1983") is None


def test_labels():
    assert numbers.label_category("Persoonsnummer / Personal No.") == "bsn"
    assert numbers.label_category("Rijksregisternr. / National Register No.") == "rrn"
    assert numbers.label_category("Kaartnummer / Card No.") == "document_number"
    assert numbers.label_category("Documentnummer / Document No.") == "document_number"
    assert numbers.label_category("Geboortedatum / Date of birth") is None


def test_fuzzy_contains():
    assert numbers.fuzzy_contains("XX850241157YY", "850241157")
    assert numbers.fuzzy_contains("850247157", "850241157", 1)
    assert not numbers.fuzzy_contains("850247757", "850241157", 1)


def test_unreadable_composite_digit_is_unverified_not_failed():
    # the final check digit read as a letter that maps to a wrong digit: not counted
    lost = [NL_TD1[0], NL_TD1[1][:-1] + "G", NL_TD1[2]]
    r = mrz.parse(lost)
    assert "composite" not in r.checks
    assert r.checks["document_number"] and r.checks["birth_date"] and r.checks["expiry_date"]
    # a real digit that is wrong still fails
    wrong = [NL_TD1[0], NL_TD1[1][:-1] + "7", NL_TD1[2]]
    assert mrz.parse(wrong).checks["composite"] is False


def test_readings_combined_line_by_line():
    a = [TD1[0], "7408122F1204159UTO<<<<<<<<<<<6".replace("740812", "74O8I2").replace("2F", "7F"), TD1[2]]
    b = ["I<UTOD231458997<<<<<<<<<<<<<<<", TD1[1], TD1[2]]   # line 1 wrong here
    r = mrz.parse_readings([a, b])
    assert r.valid and r.document_number == "D23145890"


def _td1(doc: str, dob: str, exp: str) -> list[str]:
    """A TD1 of these fields whose every check digit holds (Utopian specimen otherwise)."""
    l1 = f"I<UTO{doc}{mrz.check_digit(doc)}" + "<" * 15
    l2 = f"{dob}{mrz.check_digit(dob)}F{exp}{mrz.check_digit(exp)}UTO" + "<" * 11
    comp = mrz.check_digit(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    return [l1, l2 + comp, "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"]


def test_check_digits_that_hold_on_an_impossible_date_are_no_valid_reading():
    # OCR slips whose check digits all hold by chance (every correction tried on three
    # lines gives many chances): a birth month 00 says the reading is wrong, so the MRZ
    # must not vouch for its numbers
    ok = mrz.parse(_td1("D23145890", "740812", "120415"))
    assert ok is not None and ok.valid
    bad = mrz.parse(_td1("D23145890", "740019", "120415"))
    assert bad is not None and bad.checks["birth_date"] and bad.checks["document_number"]
    assert not bad.valid
    assert not mrz.parse(_td1("D23145890", "740812", "121341")).valid   # month 13
    assert mrz.plausible_date("7408<<") and not mrz.plausible_date("740800")
    td3 = [TD3[0], "L898902C36UTO" + "740019" + mrz.check_digit("740019") + TD3[1][20:]]
    assert not mrz.parse(td3).valid


def test_a_reading_that_looks_like_a_td2_does_not_decide_a_passports_format() -> None:
    """A passport's MRZ read first with characters dropped (33 and 35 long: a TD2's shape),
    then whole: the format is the one whose parse holds, TD3, not the first reading's
    guess."""
    short = [TD3[0][:33], TD3[1][:20] + TD3[1][29:]]
    assert mrz.guess_format(short) == "TD2"
    res = mrz.parse_readings([short, TD3])
    assert res is not None and res.format == "TD3" and res.valid
    assert "L898902C3" in res.numbers


def test_a_line_only_a_passport_has_says_td3_where_no_check_holds() -> None:
    """Both readings too garbled for any check digit to hold in full: a line of 43 read says
    TD3 (OCR drops characters, it hardly adds four), so the passport's page is treated as
    one (its number's zone beside the portrait is covered from the layout)."""
    short = [TD3[0][:33], TD3[1][:20] + TD3[1][29:]]
    garbled = [TD3[0], "L8989O2C37UTO7408132F1204159ZE184226B<<<<10"]
    res = mrz.parse_readings([short, garbled])
    assert res is not None and res.format == "TD3" and not res.valid
    first = mrz.parse(short)
    assert first is not None and first.format == "TD2"
    assert mrz.combined_better(res, first, [short, garbled])
    # of one format, the check digits that hold decide, as before
    assert not mrz.combined_better(first, first, [short])
