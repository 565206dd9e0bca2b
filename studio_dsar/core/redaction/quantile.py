"""Percentiles of large images, the same numbers as ``numpy.percentile`` gives, found without
sorting the image.

``numpy.percentile`` partitions a copy of the whole array to find the two values around the
quantile, then interpolates between them (its "linear" method). Here the two values are
found from the grey levels' counts (8-bit images) or by partitioning only the values above a
bound taken from a sample (other images), and interpolated the way numpy does: the same
number, to the last bit (``tests/test_redaction_fast_paths.py`` compares them).
"""

from __future__ import annotations

from typing import Any

import numpy as np

# smaller arrays go to numpy.percentile itself (nothing to gain)
_SMALL = 4096


def percentile(a: np.ndarray, q: float) -> Any:
    """``numpy.percentile(a, q)`` of a whole array, ``q`` a Python number in [0, 100]."""
    arr = np.asarray(a)
    n = arr.size
    if n < _SMALL or type(q) not in (int, float) or not 0 <= q <= 100 or arr.dtype.kind not in "uif":
        return np.percentile(a, q)
    # (as numpy: q / 100 in float64, the virtual index (n - 1) q, its floor and the rest)
    vi = (n - 1) * np.true_divide(q, 100)
    if vi >= n - 1:
        k, gamma = n - 1, float(vi - (-1))   # (numpy takes the last value twice)
    else:
        k = int(np.floor(vi))
        gamma = float(vi - k)
    if arr.dtype == np.uint8:
        a_k, b_k = _order_u8(arr, k, min(k + 1, n - 1))
    else:
        got = _order(arr.ravel(), k, min(k + 1, n - 1))
        if got is None:
            return np.percentile(a, q)
        a_k, b_k = got
    # numpy's _lerp, on scalars of the array's type and a Python float
    diff = b_k - a_k
    if gamma >= 0.5:
        return b_k - diff * (1 - gamma)
    return a_k + diff * gamma


def median_u8(a: np.ndarray, exclude: np.ndarray | None = None) -> np.uint8:
    """``np.uint8(np.median(a[~exclude]))`` of an 8-bit image (``exclude``: a boolean mask of
    its shape, not all true): the middle value, or the mean of the two middle values rounded
    down (numpy's mean of two, made 8-bit)."""
    counts = _counts_u8(np.asarray(a))
    if exclude is not None:
        counts = counts - _counts_u8(np.asarray(a), exclude)
    n = int(counts.sum())
    lo, hi = _at_u8(counts, (n - 1) // 2, n // 2)
    return np.uint8((int(lo) + int(hi)) // 2)


def _order_u8(arr: np.ndarray, i: int, j: int) -> tuple[np.uint8, np.uint8]:
    """The values at sorted positions ``i`` and ``j`` of an 8-bit array, from its counts."""
    return _at_u8(_counts_u8(arr), i, j)


def _at_u8(counts: np.ndarray, i: int, j: int) -> tuple[np.uint8, np.uint8]:
    vi, vj = np.searchsorted(np.cumsum(counts), [i, j], side="right")
    return np.uint8(vi), np.uint8(vj)


def _counts_u8(arr: np.ndarray, within: np.ndarray | None = None) -> np.ndarray:
    """How many pixels of an 8-bit array hold each grey level (only those where ``within``,
    a boolean mask of its shape, is true)."""
    if arr.size >= 1 << 24:   # (the histogram counts in 32-bit floats: exact below 2**24)
        return np.bincount((arr if within is None else arr[within]).ravel(), minlength=256)
    import cv2

    img = arr if arr.ndim == 2 else arr.reshape(-1, 1)
    img = np.ascontiguousarray(img)
    mask = None
    if within is not None:
        mask = np.ascontiguousarray(within.reshape(img.shape)).view(np.uint8)
    return cv2.calcHist([img], [0], mask, [256], [0, 256]).ravel().astype(np.int64)


def _order(arr: np.ndarray, i: int, j: int) -> tuple[Any, Any] | None:
    """The values at sorted positions ``i`` <= ``j`` of a flat array (numpy scalars of its
    type), or None where numpy must answer (values that are not numbers)."""
    n = arr.size
    if arr.dtype.kind == "f" and np.isnan(arr.max()):
        return None
    step = max(1, n // 2048)
    sample = np.sort(arr[::step])
    # a bound some way below position i in the sample: the values above it hold positions i, j
    s = int(i / n * sample.size) - 40
    if s > 0:
        bound = sample[s]
        below = int(np.count_nonzero(arr < bound))
        if below <= i:
            rest = arr[arr >= bound]
            part = np.partition(rest, (i - below, j - below))
            return part[i - below], part[j - below]
    part = np.partition(arr, (i, j))
    return part[i], part[j]
