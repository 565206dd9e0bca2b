"""Reading identity fields from an MRZ / visual zone and comparing them with a request."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from studio_dsar.core import identity
from studio_dsar.core.identity import MATCH, MISMATCH, UNKNOWN, IdentityFields, compare, compare_name
from studio_dsar.core.redaction import mrz
from studio_dsar.core.redaction.ocr import Word

TODAY = date(2026, 11, 25)


def _doc(surname, given, source="mrz", **kw):
    return IdentityFields(source, surname, given, **kw)


@pytest.mark.parametrize("requested, surname, given", [
    ("Anouk van der Linden", "VAN DER LINDEN", "ANOUK"),
    ("A. van der Linden", "VAN DER LINDEN", "ANOUK"),
    ("Linden, Anouk van der", "VAN DER LINDEN", "ANOUK"),
    ("Anouk Van Der Linden", "van der Linden", "Anouk"),
    ("Céline De Backer", "DE BACKER", "CELINE EMMA"),
    ("celine debacker", "DE BACKER", "CELINE EMMA"),
    ("Hans Müller", "MUELLER", "HANS"),
    ("Jean-Luc Simon", "SIMON", "JEAN LUC WOUT"),
    ("J.L.W. Simon", "SIMON", "JEAN LUC WOUT"),
    ("Sven Özdemir", "OEZDEMIR", "SVEN"),
    ("Loïc D'Hondt", "D HONDT", "LOIC"),
    ("Anouk van der Linden", "VANKDERKLINDEN", "ANOU"),   # OCR: '<' read as K, last letter lost
    ("Senne Dries Mathieu", "MATHIEU", "ENNEXKDRIE"),
    ("Chloé De Wilde", "DEX WILDE", "CHLOE"),
    ("Renée Zoë van den Broek", "VAN", "DEN BROEK RENEE XZOE"),   # '<' read as '<<'
    ("Jan Maarten van 't Hof", "VAN", "T HOF JAN KMAARTEN RUBE"),
    ("Marie Noémie De Clercq", "DEKCLERCQ CKCMARIECNOEMIEKKKKKKKKKKKKEK", ""),   # fillers read as K/C
    ("Femke Inge van 't Hof", "VAN KT KHOF", "FEMKE KINGE"),
    ("Benoît Van de Velde", "VAN KDE KVELDE", "BENOIT"),
    ("Sanne Zoë Maria Kok", "KO", "ANNE KZOE KMARIA"),
    ("Lieke Koster", "KOSTER", "LIEKE"),
])
def test_names_that_match(requested, surname, given):
    assert compare_name(requested, [_doc(surname, given)])[0] == MATCH


@pytest.mark.parametrize("requested, surname, given", [
    ("Pieter Jansen", "VAN DER LINDEN", "ANOUK"),
    ("Anouk van der Veen", "VAN DER LINDEN", "ANOUK"),
    ("Sanne Huisman", "HUISMAN", "INGE FEMKE"),          # same surname, other person
    ("Emma Willems", "WILLEMS", "NOEMIE ANNELIES"),
    ("Louise Vandamme", "VANDAMME", "CHLOE ANAIS"),
    ("Kees de Vries", "DE JONG", "HENDRIK THIJS"),
    ("Sanne Koster", "KOK", "SANNE"),
    ("Annelies Willems", "WILLEMS", "ANNE"),       # a prefix is not the same name
])
def test_names_that_do_not_match(requested, surname, given):
    assert compare_name(requested, [_doc(surname, given)])[0] == MISMATCH


def test_a_name_cut_short_by_a_full_mrz_field_still_matches():
    res = SimpleNamespace(format="TD1", lines=["I<BEL" + "<" * 25, "8001011F3001012BEL" + "<" * 12,
                                               "VANDENBERGHE<<LIESBETH<OCEANE"], checks={}, nationality="BEL")
    f = identity.from_mrz(res, today=TODAY)
    assert f.truncated and f.given_names == "LIESBETH OCEANE"
    res.lines[2] = "VANDENBERGHE<<LIESBETH<OCEAN<"
    f = identity.from_mrz(res, today=TODAY)
    assert compare_name("Liesbeth Océane Vandenberghe", [f])[0] == MATCH


def test_a_surname_alone_does_not_confirm_a_person():
    only_surname = IdentityFields("visual", "van Beek", "")
    assert compare_name("Esther van Beek", [only_surname])[0] == UNKNOWN
    assert compare_name("Van Beek", [only_surname])[0] == MATCH          # the request names no more
    assert compare_name("Esther van Beek", [only_surname, _doc("VAN BEEK", "ESTHER ILSE")])[0] == MATCH


def test_a_printed_near_miss_is_unknown_not_a_mismatch():
    printed = IdentityFields("visual", "Marnieu", "Jolien")   # OCR of MATHIEU
    assert compare_name("Jolien Mathieu", [printed])[0] == UNKNOWN
    assert compare_name("Pieter Jansen", [printed])[0] == MISMATCH
    assert compare_name("Jolien Mathieu", [IdentityFields("mrz", "MARNIEU", "JOLIEN")])[0] == MISMATCH


def test_no_name_on_the_document_is_unknown_and_asks_for_the_other_side():
    back = _doc("", "", source="visual", birth_date=None)
    c = compare("Anna de Vries", None, [back], today=TODAY)
    assert c.name == UNKNOWN and c.needs_other_side
    assert compare_name("", [_doc("DE VRIES", "ANNA")])[0] == UNKNOWN


def _td3(surname_field, dob, exp):
    line1 = ("P<NLD" + surname_field).ljust(44, "<")
    body = "XX0000000" + "0" + "NLD" + dob + mrz.check_digit(dob) + "F" + exp + mrz.check_digit(exp)
    return SimpleNamespace(format="TD3", lines=[line1, body.ljust(44, "<")],
                           checks={"birth_date": True, "expiry_date": True}, nationality="NLD")


def test_mrz_fields_and_dates():
    res = _td3("VAN<DER<LINDEN<<ANOUK", "071230", "280117")
    f = identity.from_mrz(res, today=TODAY)
    assert (f.surname, f.given_names) == ("VAN DER LINDEN", "ANOUK")
    assert f.birth_date == date(2007, 12, 30) and f.expiry_date == date(2028, 1, 17)
    assert f.document_type == "passport" and f.issuing_country == "NLD"
    assert not hasattr(f, "document_number")
    c = compare("Anouk van der Linden", date(2007, 12, 30), [f], today=TODAY)
    assert (c.name, c.birth_date, c.expired) == (MATCH, MATCH, False)
    c = compare("Anouk van der Linden", date(2007, 12, 31), [f], today=TODAY)
    assert c.birth_date == MISMATCH and c.has_mismatch
    assert compare("X", None, [f], today=date(2028, 1, 18)).expired is True


def test_mrz_dates_without_valid_check_digits_are_not_used():
    res = _td3("DE<VRIES<<ANNA", "800101", "300101")
    res.checks = {"birth_date": False, "expiry_date": True}
    f = identity.from_mrz(res, today=TODAY)
    assert f.birth_date is None and f.expiry_date == date(2030, 1, 1)
    assert compare("Anna de Vries", date(1980, 1, 1), [f], today=TODAY).birth_date == UNKNOWN


def test_birth_century():
    res = _td3("A<<B", "491231", "300101")
    assert identity.from_mrz(res, today=TODAY).birth_date == date(1949, 12, 31)
    res = _td3("A<<B", "261231", "300101")   # not born yet in 2026: 1926
    assert identity.from_mrz(res, today=TODAY).birth_date == date(1926, 12, 31)
    res = _td3("A<<B", "201231", "300101")
    assert identity.from_mrz(res, today=TODAY).birth_date == date(2020, 12, 31)


def _words(rows):
    out = []
    for i, (text, x, y) in enumerate(rows):
        xx = x
        for t in text.split():
            out.append(Word(t, 95.0, xx, y, 12 * len(t), 18, 1, 1, i))
            xx += 12 * len(t) + 10
    return out


def test_visual_zone_labels_and_dates():
    words = _words([
        ("KONINKRIJK DER NEDERLANDEN", 100, 20),
        ("IDENTITEITSKAART / IDENTITY CARD", 100, 50),
        ("Naam / Surname", 300, 100),
        ("van Vliet", 300, 125),
        ("Voornamen / Given names", 300, 170),
        ("Esther Geertruida", 300, 195),
        ("Geboortedatum / Date of birth", 300, 240),
        ("27 MEI/MAY 1961", 300, 265),
        ("Documentnummer / Document No.", 300, 310),
        ("VHZTV6B97", 300, 335),
        ("Geldig tot / Date of expiry", 300, 380),
        ("07 JUL/JUL 2032", 300, 405),
    ])
    f = identity.from_visual_zone(words, today=TODAY)
    assert (f.surname, f.given_names) == ("van Vliet", "Esther Geertruida")
    assert (f.birth_date, f.expiry_date) == (date(1961, 5, 27), date(2032, 7, 7))
    assert (f.document_type, f.issuing_country) == ("identity_card", "NLD")
    assert "VHZTV6B97" not in repr(f)


def test_visual_zone_belgian_dates_unlabelled():
    words = _words([
        ("BELGIE BELGIQUE BELGIEN BELGIUM", 100, 20),
        ("17.01.2001", 300, 100),
        ("20.02.2023 19.02.2033", 300, 200),
    ])
    f = identity.from_visual_zone(words, today=TODAY)
    assert (f.birth_date, f.expiry_date) == (date(2001, 1, 17), date(2033, 2, 19))
    assert f.issuing_country == "BEL" and not f.has_name
