"""Someone writing for the data subject who types names without capitals: the data subject's name is
still read ("my son oliver (12)", "our client mrs. emma bakker", "namens mijn moeder, maria peeters"), and an
ordinary word after "my daughter" is never taken for one. A named relative's wish passed on ("my mum Joan wants
a copy of ...") is a representative's request too.

Every mail here is written for this test (none is copied from a mail set).
"""

from __future__ import annotations

import pytest

from studio_dsar.core.intake import parse_bytes


def _mail(sender: str, body: str, subject: str = "photos") -> bytes:
    return (f"From: {sender}\r\nTo: Studio Licht <info@studio-licht.nl>\r\nSubject: {subject}\r\n"
            "Date: Tue, 17 Nov 2026 10:00:00 +0100\r\nMessage-ID: <l-1@example.org>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode("utf-8")


_LOWER_CASE = [
    # a parent, the child's first name with an age; the family name is the parent's
    ("sarah jones <sj@example.com>", "hi, my son oliver (12) is on ur website in the team pic. can u take it down pls? "
     "he doesnt want it there.\n\nthx sarah", "oliver jones"),
    # a parent, the child's whole name
    ("sarah jones <sj@example.com>", "hello, i am writing on behalf of my son, oliver jones (14). please delete all "
     "photos of him from your archive.\n\nsarah jones", "oliver jones"),
    # a lawyer, a title before the client's name
    ("peter de vries <pdv@law.example>", "we act for our client mrs. emma bakker. she requests access to all personal "
     "data you hold about her.\n\npeter de vries", "emma bakker"),
    # a son for his mother, in Dutch, the name between commas
    ("Jan Peeters <jp@example.be>", "hallo, namens mijn moeder, maria peeters, vraag ik om al haar gegevens te wissen. "
     "ze is 84 en mailt zelf niet.\n\ngroetjes jan", "maria peeters"),
]


@pytest.mark.parametrize(("sender", "body", "name"), _LOWER_CASE)
def test_a_data_subject_named_without_capitals(sender, body, name):
    rec = parse_bytes(_mail(sender, body), "l.eml")
    assert rec.is_dsar and rec.representative
    assert rec.requester_name == name
    # an ordinary word after "my daughter" is no name: no name of the child given, the sender's stays
    plain = parse_bytes(_mail("sarah jones <sj@example.com>", "hi there, my daughter really loves your photos but please "
                              "remove her from the website. she is only 13.\n\nsarah"), "p.eml")
    assert plain.is_dsar and plain.representative and plain.requester_name == "sarah jones"


def test_mum_and_dad_are_relatives_written_for():
    rec = parse_bytes(_mail("Kate O'Brien <kob@example.com>", "Hiya, I'm writing on behalf of my mum, Joan O'Brien. "
                            "She wants a copy of all the info you have on her. Thanks Kate"), "m.eml")
    assert rec.is_dsar and rec.representative and rec.requester_name == "Joan O'Brien"


@pytest.mark.parametrize(("body", "name"), [
    ("Hi, my mum Joan wants a copy of all the info you have on her. Thanks, Kate", "Joan"),
    ("Hallo, mijn man Tom wil graag weten welke gegevens jullie van hem hebben. Groet, Kate", "Tom"),
])
def test_a_named_relatives_wish_passed_on_is_a_representatives_request(body, name):
    rec = parse_bytes(_mail("Kate Hart <kh@example.com>", body), "w.eml")
    assert rec.is_dsar and rec.representative and rec.requester_name == name
    # the writer asking with a relative is no representative
    both = parse_bytes(_mail("Kate Hart <kh@example.com>", "Hi, my husband and I would like a copy of all the data "
                             "you hold about us. Thanks, Kate"), "b.eml")
    assert both.is_dsar and not both.representative
