"""The requester's name: forms of address and professions are dropped, a representative's
client or child is named without the relation word. Cases written for this test."""

from __future__ import annotations

import pytest

from studio_dsar.core.intake import senders
from studio_dsar.core.intake.parse import _clean_name


@pytest.mark.parametrize(("raw", "clean"), [
    ("mr. R.J. Brandsma", "R.J. Brandsma"),
    ("Maître Hélène Dasnoy", "Hélène Dasnoy"),
    ("RA Dr. Stefan Mühlhaus", "Dr. Stefan Mühlhaus"),
    ("Mevr. Sanne de Vries", "Sanne de Vries"),
    ("Me", "Me"),  # nothing but a title-like word: kept as written
    ("Dubois, Inès", "Dubois, Inès"),
])
def test_titles_are_not_part_of_the_name(raw, clean):
    assert _clean_name(raw) == clean


@pytest.mark.parametrize(("text", "subject"), [
    ("Sehr geehrte Damen und Herren, im Namen meines Sohnes Lukas Heinen (8) bitte ich um Löschung.", "Lukas Heinen"),
    ("Madame, j'interviens en qualité de conseil de monsieur Arnaud Collignon et vous écris au nom et pour compte "
     "de celui-ci.", "Arnaud Collignon"),
    ("Sehr geehrte Damen und Herren, im Namen und in Vollmacht unserer Mandantin, Frau Julia Hartmann, verlangen wir "
     "Auskunft.", "Julia Hartmann"),
])
def test_the_data_subject_is_named_without_the_relation(text, subject):
    out = senders.detect(text, "Someone Else", "x@example.org")
    assert out.representative is not None and out.subject_name == subject
