"""Fast paths of the redaction give what the plain computation gives."""

from __future__ import annotations

import numpy as np
import pytest

cv2 = pytest.importorskip("cv2")

from studio_dsar.core.redaction import mrz, portraits, viznumbers  # noqa: E402


def _coverage_plain(edge: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """portraits._coverage, every row shifted by indexing."""
    near = edge.copy()
    near[:, 1:] |= edge[:, :-1]
    near[:, :-1] |= edge[:, 1:]
    n, w = near.shape
    rows = np.arange(n) - (n - 1) / 2
    cols = np.arange(w)
    best, slope = np.zeros(w), np.zeros(w)
    for k in portraits.TILTS:
        idx = cols[None, :] + np.round(rows * k).astype(int)[:, None]
        valid = (idx >= 0) & (idx < w)
        cov = (np.take_along_axis(near, np.clip(idx, 0, w - 1), axis=1) & valid).mean(axis=0)
        better = cov > best + 0.02
        best = np.where(better, cov, best)
        slope = np.where(better, k, slope)
    return best, slope


def test_coverage_as_by_indexing() -> None:
    rng = np.random.default_rng(4)
    for _ in range(150):
        n, w = int(rng.integers(1, 300)), int(rng.integers(1, 200))
        edge = rng.random((n, w)) < rng.uniform(0.02, 0.5)
        got, want = portraits._coverage(edge), _coverage_plain(edge)
        assert np.array_equal(got[0], want[0]) and np.array_equal(got[1], want[1])


def _lines_plain(flat: np.ndarray, threshold: float, text_h: float) -> list[tuple[int, int, int, int]]:
    """viznumbers._lines_at, blob by blob."""
    ink = np.where(flat < threshold, 255, 0).astype(np.uint8)
    k = max(3, int(round(0.9 * text_h)))
    joined = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (k, 1)))
    n, _labels, stats, _c = cv2.connectedComponentsWithStats(joined, connectivity=8)
    out = []
    for i in range(1, n):
        x, y, w, h, area = (int(v) for v in stats[i])
        if 0.5 * text_h <= h <= 2.2 * text_h and w >= 3.0 * text_h and area >= 0.3 * w * h:
            out.append((x, y, x + w, y + h))
    return out


def test_print_lines_as_blob_by_blob() -> None:
    rng = np.random.default_rng(5)
    page = np.full((400, 900), 235, np.uint8)
    for _ in range(60):   # words of print, frames, specks
        x, y = int(rng.integers(0, 850)), int(rng.integers(0, 380))
        cv2.putText(page, "AB12 CD", (x, y), cv2.FONT_HERSHEY_SIMPLEX, float(rng.uniform(0.4, 1.2)),
                    int(rng.integers(0, 140)), int(rng.integers(1, 3)))
    cv2.rectangle(page, (20, 20), (500, 300), 60, 1)
    page = np.clip(page.astype(int) + rng.integers(-40, 40, page.shape), 0, 255).astype(np.uint8)
    for threshold in (60.0, 128.5, 200.0):
        for text_h in (8.0, 14.0, 25.0):
            got = viznumbers._lines_at(page, threshold, text_h)
            assert got == _lines_plain(page, threshold, text_h)
            assert all(type(v) is int for box in got for v in box)
    assert viznumbers._lines_at(page, 200.0, 14.0)   # (the page has lines to find)


def test_check_digit_of_any_text() -> None:
    def plain(s: str) -> str:
        return str(sum(mrz.char_value(c) * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)

    for s in ("L898902C3", "UTO<<", "", "D23145890", "ab<9Z", "é٣K<<0"):
        assert mrz.check_digit(s) == plain(s)
    assert mrz.check_digit("L898902C3") == "6"


def test_reads_as_as_by_alignment() -> None:
    import random

    from studio_dsar.core.redaction import numbers

    def plain(haystack: str, needle: str) -> bool:
        h, n = numbers.shape_key(haystack), numbers.shape_key(needle)
        if not n:
            return False
        k = numbers.allowed_errors(n)
        return n in h or (len(h) >= len(n) - k and numbers.substring_distance(h, n) <= k)

    rng = random.Random(8)
    alphabet = "0123456789ABCXYZ<OIl "
    hits = 0
    for _ in range(3000):
        needle = "".join(rng.choice(alphabet[:14]) for _ in range(rng.randrange(4, 11)))
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
        if rng.random() < 0.5:   # the number in the text, with a few characters changed
            cut = list(needle)
            for _ in range(rng.randrange(0, 3)):
                cut[rng.randrange(len(cut))] = rng.choice(alphabet)
            text = text[:8] + "".join(cut) + text[8:]
        got = numbers.reads_as(text, needle)
        assert got == plain(text, needle)
        hits += got
    assert 300 < hits < 2700   # (both answers are tried)


def test_percentiles_as_numpy() -> None:
    from studio_dsar.core.redaction import quantile

    rng = np.random.default_rng(9)
    arrays = [rng.integers(0, 256, (120, 90)).astype(np.uint8),
              (rng.random((300, 70)) ** 3 * 255).astype(np.uint8).T,
              (rng.standard_normal((150, 80)) * 40).astype(np.float32),
              np.round(rng.random(9000) * 20).astype(np.float32),
              rng.integers(-500, 500, 7000)]
    for a in arrays:
        for q in (0, 2, 30, 50, 90, 97, 99.5, 100):
            got, want = quantile.percentile(a, q), np.percentile(a, q)
            assert type(got) is type(want) and got == want
    nan = arrays[2].copy()
    nan[3, 3] = np.nan
    assert np.isnan(quantile.percentile(nan, 90))


def test_median_u8_as_numpy() -> None:
    from studio_dsar.core.redaction import quantile

    rng = np.random.default_rng(10)
    for _ in range(60):
        g = rng.integers(0, 256, (int(rng.integers(1, 90)), int(rng.integers(1, 90)))).astype(np.uint8)
        m = rng.random(g.shape) < 0.4
        assert quantile.median_u8(g) == np.uint8(np.median(g))
        if not m.all():
            assert quantile.median_u8(g, exclude=m) == np.uint8(np.median(g[~m]))
