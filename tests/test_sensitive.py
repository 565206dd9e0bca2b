import pytest

from studio_dsar.core.sensitive import contains_sensitive, scrub


@pytest.mark.parametrize(
    "text",
    [
        "BSN: 111222333",
        "mijn burgerservicenummer is 1112.22.333.",
        "bsn 111 222 333 graag verwijderen",
        "Rijksregisternummer 85.07.30-033.28",
        "RRN 85073003328",
    ],
)
def test_national_numbers_are_masked(text):
    out = scrub(text)
    assert contains_sensitive(text) and not contains_sensitive(out)
    assert "[…]" in out


@pytest.mark.parametrize(
    "text",
    [
        "bel me op 0612345678",
        "factuur 123456789",  # 9 digits failing the 11-proef
        "ontvangen op 2026-03-05 om 10:00",
        "IBAN NL91ABNA0417164300",
        "",
    ],
)
def test_other_numbers_are_left_alone(text):
    assert scrub(text) == text
