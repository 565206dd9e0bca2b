"""Who does what: a removal verb the writer does themselves ("ik was aan het opruimen") or negates across a list
("om niets van de foto's, de ruwe bestanden of de mails te verwijderen") asks for no erasure, and a subject that
asks for a copy over a body that asks for an export is the title of one portability request.

Every mail and sentence here is written for this test (none is copied from a mail set).
"""

from __future__ import annotations

import pytest

from studio_dsar.core.intake import parse_bytes
from studio_dsar.core.intake.classify import detect_rights


def _mail(body: str, subject: str) -> bytes:
    return ("From: Noor Visser <noor.visser@example.nl>\r\nTo: Studio Licht <info@studio-licht.nl>\r\n"
            f"Subject: {subject}\r\nDate: Tue, 17 Nov 2026 10:00:00 +0100\r\nMessage-ID: <w-1@example.org>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode("utf-8")


@pytest.mark.parametrize("text", [
    "Ik was gisteren mijn kast aan het opruimen en vond jullie visitekaartje. Welke gegevens hebben jullie nog van mij?",
    "We waren thuis oude mappen aan het wissen en toen dacht ik: wat bewaren jullie eigenlijk over mij?",
])
def test_the_writer_tidying_up_asks_no_erasure(text):
    assert detect_rights(text, "nl").rights == ["access"]


@pytest.mark.parametrize("text", [
    "Ik verzoek u om niets van de foto's, de ruwe bestanden of onze mails te verwijderen, want die hebben we misschien "
    "nodig. Bewaar alles, maar gebruik het ondertussen nergens voor.",
    "Ik vraag jullie dringend om niks van de opnames, de contracten of de facturen te wissen, want we hebben die "
    "mogelijk nodig. Gebruik ze intussen niet meer.",
])
def test_nothing_of_a_list_deleted_is_no_erasure(text):
    assert detect_rights(text, "nl").rights == ["restriction"]


@pytest.mark.parametrize(("subject", "body"), [
    ("copy of my customer file", "Hello,\n\nCould you export all the details you keep on me (address, orders, notes) in a "
     "machine-readable format such as CSV, and mail it to me? I want to load it into my own system.\n\nNoor"),
    ("kopie van mijn klantgegevens", "Hallo,\n\nKunnen jullie alles wat jullie van mij hebben exporteren in een "
     "machineleesbaar formaat, bijvoorbeeld CSV of JSON? Ik wil het zelf in een ander programma zetten.\n\nNoor"),
])
def test_a_copy_in_the_subject_over_an_export_is_portability(subject, body):
    rec = parse_bytes(_mail(body, subject), "p.eml")
    assert rec.is_dsar and rec.rights == ["portability"]
