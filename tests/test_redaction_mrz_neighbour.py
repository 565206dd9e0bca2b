"""An MRZ's covers run on along its lines (checks failed, the band's ink followed beyond its
box) stop at a neighbouring card with print: a card back beside its front must not black out
the front's dates and nationality; the band's own card keeps them whole."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from studio_dsar.core.redaction import engine
from studio_dsar.core.redaction.geometry import Frame
from studio_dsar.core.redaction.layout import Card
from studio_dsar.core.redaction.mrzfind import MrzHit
from studio_dsar.core.redaction.results import Finding

FONT = "studio_dsar/resources/fonts/NotoSans-Regular.ttf"
FRONT = Card(300.0, 250.0, 0.0, 340.0, 214.0)
BACK = Card(720.0, 250.0, 0.0, 340.0, 214.0)


def _page(print_front: bool = True) -> np.ndarray:
    """A desk with two ID-1 cards side by side, both with lines of print (the front's
    only when ``print_front``)."""
    import cv2

    im = Image.new("L", (1100, 500), 90)
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(FONT, 16)
    for card, printed in ((FRONT, print_front), (BACK, True)):
        x0, y0 = card.cx - card.width / 2, card.cy - card.height / 2
        d.rectangle((x0, y0, x0 + card.width, y0 + card.height), fill=235)
        if printed:
            for i in range(8):
                d.text((x0 + 20, y0 + 12 + 24 * i), "VAN DER BERG 12.03.1985 NLD", font=f, fill=25)
    return cv2.cvtColor(np.asarray(im), cv2.COLOR_GRAY2BGR)


def _band_run_on() -> tuple[list[Finding], MrzHit]:
    """The back's MRZ band (read from x 580 to 860, y 320 to 360), its cover run on 250 px to the left
    over the front (x 130 to 470) and its ink followed further still."""
    fr = Frame(720.0, 340.0, 0.0, -150.0, 150.0, -30.0, 30.0, 1.0)
    hit = MrzHit(fr, (10.0, 10.0, 290.0, 50.0), None, "TD1", 40.0)
    cover = fr.rect_to_page(-250.0, 10.0, 290.0, 50.0)
    ink = np.array([[200.0, 330.0], [330.0, 330.0], [330.0, 370.0], [200.0, 370.0]])
    return [Finding("mrz", cover, "mrz", 0.4), Finding("mrz", ink, "mrz-ink", 0.4)], hit


def _mask(findings: list[Finding], shape) -> np.ndarray:
    import cv2

    m = np.zeros(shape[:2], np.uint8)
    for f in findings:
        cv2.fillPoly(m, [np.round(f.polygon).astype(np.int32)], 1)
    return m.astype(bool)


def test_covers_stop_at_the_neighbouring_card():
    page = _page()
    findings, hit = _band_run_on()
    engine.spare_neighbours(page, findings, [(0, len(findings), hit)], [FRONT, BACK])
    m = _mask(findings, page.shape)
    assert not m[160:320, 150:450].any()      # the front's print stays legible
    assert m[322:358, 585:855].all()          # the band on its own card stays covered
    assert m[322:358, 475:545].all()          # and so does the desk between the cards


def test_without_an_outline_of_its_own_the_covers_stay_whole():
    page = _page()
    findings, hit = _band_run_on()
    engine.spare_neighbours(page, findings, [(0, len(findings), hit)], [FRONT])
    assert _mask(findings, page.shape)[332:345, 220:450].all()


def test_a_neighbouring_outline_without_print_is_no_card():
    page = _page(print_front=False)
    findings, hit = _band_run_on()
    engine.spare_neighbours(page, findings, [(0, len(findings), hit)], [FRONT, BACK])
    assert _mask(findings, page.shape)[332:345, 220:450].all()


def test_a_band_read_on_the_other_card_spares_nothing():
    page = _page()
    findings, hit = _band_run_on()
    # the part read reaches onto the front: its print there is the MRZ's
    hit = MrzHit(hit.frame, (-200.0, 10.0, 290.0, 50.0), None, "TD1", 40.0)
    engine.spare_neighbours(page, findings, [(0, len(findings), hit)], [FRONT, BACK])
    assert _mask(findings, page.shape)[332:345, 220:450].all()
