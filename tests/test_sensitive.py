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


def test_a_hex_digest_is_not_a_bsn():
    from studio_dsar.core.sensitive import scrub

    digest = "33e6df0bb665527810ff111856eab2ffa9b00a73992c2c4e68d1f93626ad8d51"  # holds 665527810
    assert scrub(digest) == digest
    assert scrub("BSN 665527810") != "BSN 665527810"
