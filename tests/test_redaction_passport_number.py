"""Where a passport data page prints its number when no reading found it (ICAO 9303 TD3:
the right end of the first data row, beside the portrait's top), placed from the MRZ band and
the portrait's face."""

from __future__ import annotations

import numpy as np

from studio_dsar.core.redaction import engine
from studio_dsar.core.redaction.faces import Face

# a data page 1120 px wide (MRZ 1000 px long), upright: the MRZ's first line from (100, 700),
# the portrait's face at 18 % along and 32 % above it, 170 px high; the number printed
# 52-70 % of the MRZ's length right of the face's centre, 16-13 % above it (page pixels
# 800-980 x 220-250); the surname on the next row, from 14 % right of the face (x 420)
BAND = np.array([[100.0, 700.0], [1100.0, 700.0], [1100.0, 790.0], [100.0, 790.0]])
FACE = Face(280.0, 380.0, 170.0, 0.0, 0.95)
NUMBER = (800, 220, 980, 250)


def _inside(zone, box):
    import cv2

    z = np.asarray(zone, np.float32)
    return all(cv2.pointPolygonTest(z, (float(x), float(y)), False) >= 0
               for x in (box[0], box[2]) for y in (box[1], box[3]))


def _rot(pts, deg, c=(600.0, 500.0)):
    a = np.radians(deg)
    r = np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]])
    return (np.asarray(pts, float) - c) @ r.T + c


def test_the_zone_holds_the_number_and_not_the_surname():
    zone = engine.td3_number_zone([BAND], FACE, [], [])
    assert zone is not None and _inside(zone, NUMBER)
    # the surname's row (the next one down, from the data column's start) stays open
    assert not any(_inside(zone, (x, 295, x + 1, 296)) for x in range(420, 730, 10))


def test_a_band_found_upside_down_gives_the_same_zone():
    turned = BAND[[2, 3, 0, 1]]
    zone = engine.td3_number_zone([turned], FACE, [], [])
    assert zone is not None and _inside(zone, NUMBER)


def test_a_page_seen_turned_turns_its_zone():
    band = _rot(BAND, 30)
    fc = _rot([[FACE.cx, FACE.cy]], 30)[0]
    face = Face(fc[0], fc[1], FACE.size, 30.0, 0.95)
    zone = engine.td3_number_zone([band], face, [], [])
    corners = _rot([[NUMBER[0], NUMBER[1]], [NUMBER[2], NUMBER[3]], [NUMBER[0], NUMBER[3]], [NUMBER[2], NUMBER[1]]], 30)
    import cv2

    assert zone is not None
    assert all(cv2.pointPolygonTest(np.asarray(zone, np.float32), (float(x), float(y)), False) >= 0 for x, y in corners)


def test_no_zone_where_a_number_was_taken_already():
    taken = [np.array([[810.0, 222.0], [970.0, 222.0], [970.0, 248.0], [810.0, 248.0]])]
    assert engine.td3_number_zone([BAND], FACE, [], taken) is None


def test_the_zone_gives_way_to_a_word_read_there():
    """A long surname read with confidence at the zone's left edge: the zone starts after it."""
    word = np.array([[500.0, 290.0], [800.0, 290.0], [800.0, 315.0], [500.0, 315.0]])
    zone = engine.td3_number_zone([BAND], FACE, [("VANDENBOSSCHE", 91.0, word)], [])
    assert zone is not None and zone[:, 0].min() > 800
    assert engine.td3_number_zone([BAND], FACE, [("VANDENBOSSCHE", 31.0, word)], [])[:, 0].min() < 800


def test_no_zone_for_a_face_that_is_no_passport_portrait():
    # a face as large as on an ID-1 card next to a band as long: not a passport page
    assert engine.td3_number_zone([BAND], Face(280.0, 380.0, 400.0, 0.0, 0.9), [], []) is None
    # a face right of the MRZ's start (a card's ghost, another document)
    assert engine.td3_number_zone([BAND], Face(900.0, 380.0, 170.0, 0.0, 0.9), [], []) is None


def test_of_two_band_lengths_the_one_agreeing_with_the_face_is_taken():
    long_band = np.array([[100.0, 700.0], [2600.0, 700.0], [2600.0, 790.0], [100.0, 790.0]])
    zone = engine.td3_number_zone([long_band, BAND], FACE, [], [])
    assert zone is not None and _inside(zone, NUMBER)
