"""A learned second opinion on mails the rules place nowhere.

The rules (:mod:`.classify` and the ``rules_*`` tables) read a request phrase by phrase; a writer
who uses words nobody wrote before ("Gelieve mij niets meer te sturen", "zou ik die dan kunnen
krijgen?") matches none of them and the mail would be "not a request". This module is a small
linear model over the sentences the rules kept as possibly asking (mentions already set aside):
hashed character n-grams of each word, word unigrams and bigrams, and the words of the sentence
before. It has one output for "a request addressed to the studio" and one per right.

It is consulted only where the rules find no request at all. Its reading is a lower-confidence
one: the mail is flagged ``model_reading`` and the sentence(s) the model used are the evidence,
so the owner judges. The weights are trained by ``benchmarks/intake_model.py`` on labelled mail
sets and shipped in ``resources/models/intake_sentences.npz``; nothing is downloaded, and
inference needs only numpy and the standard library.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

import numpy as np

from studio_dsar.core.vocab import RIGHTS

MODEL_PATH = Path(__file__).resolve().parents[2] / "resources" / "models" / "intake_sentences.npz"
OUTPUTS: tuple[str, ...] = ("request", *RIGHTS)
HASH_BITS = 18
_MASK = (1 << HASH_BITS) - 1
_WORD = re.compile(r"[a-z0-9]+")
MAX_RIGHTS = 2  # a mail invokes one right, now and then two


def _h(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) & _MASK


def mail_words(parts: Sequence[str]) -> frozenset[str]:
    """The words of all of a mail's possibly-asking sentences (context for each of them)."""
    return frozenset(w for p in parts for w in _WORD.findall(p))


def features(part: str, prev: str = "", mail: frozenset[str] = frozenset()) -> tuple[np.ndarray, np.ndarray]:
    """Hashed feature indices and values (L2-normalised) of one folded sentence part.

    ``prev`` is the sentence before it (what "die", "that", "ça" may point at); ``mail`` the
    words of the whole mail (an invoice or a booking elsewhere in it).
    """
    counts: dict[int, float] = {}

    def add(f: str, v: float = 1.0) -> None:
        k = _h(f)
        counts[k] = counts.get(k, 0.0) + v

    words = _WORD.findall(part)
    for w in words:
        add("w " + w)
        padded = f"<{w}>"
        for n in (3, 4, 5):
            for i in range(len(padded) - n + 1):
                add("c " + padded[i:i + n])
    for a, b in pairwise(words):
        add("b " + a + " " + b)
    if part.rstrip().endswith("?"):
        add("q ?")
    for w in set(_WORD.findall(prev)):
        add("p " + w, 0.5)
    for w in mail:
        add("m " + w, 0.3)
    if not counts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    val = np.log1p(np.fromiter(counts.values(), dtype=np.float32, count=len(counts)))
    val /= float(np.sqrt(np.dot(val, val)))
    return idx, val


@dataclass(frozen=True)
class Model:
    weights: np.ndarray  # (2**HASH_BITS, len(OUTPUTS)) float32
    bias: np.ndarray  # (len(OUTPUTS),)
    request_threshold: float
    right_threshold: float

    def scores(self, parts: Sequence[str]) -> np.ndarray:
        """(len(parts), len(OUTPUTS)) probabilities, each sentence read with the one before."""
        out = np.zeros((len(parts), len(OUTPUTS)), dtype=np.float32)
        prev = ""
        context = mail_words(parts)
        for i, part in enumerate(parts):
            idx, val = features(part, prev, context)
            z = self.bias + (val @ self.weights[idx] if len(idx) else 0.0)
            out[i] = 1.0 / (1.0 + np.exp(-z))
            prev = part
        return out

    def save(self, path: Path) -> None:
        rows = np.flatnonzero(np.any(self.weights != 0, axis=1)).astype(np.uint32)
        np.savez_compressed(path, rows=rows, values=self.weights[rows].astype(np.float16), bias=self.bias,
                            thresholds=np.array([self.request_threshold, self.right_threshold], dtype=np.float32),
                            outputs=np.array(OUTPUTS), hash_bits=np.array([HASH_BITS]))


def load(path: Path = MODEL_PATH) -> Model:
    """The model stored at ``path`` (rows of non-zero weights, as float16)."""
    with np.load(path, allow_pickle=False) as z:
        if tuple(str(o) for o in z["outputs"]) != OUTPUTS or int(z["hash_bits"][0]) != HASH_BITS:
            raise ValueError(f"{path.name}: made for other outputs or features")
        weights = np.zeros((1 << HASH_BITS, len(OUTPUTS)), dtype=np.float32)
        weights[z["rows"].astype(np.int64)] = z["values"].astype(np.float32)
        t = z["thresholds"]
        return Model(weights, z["bias"].astype(np.float32), float(t[0]), float(t[1]))


_override: list[Model | None] = []


@lru_cache(maxsize=1)
def _shipped() -> Model | None:
    return load() if MODEL_PATH.exists() else None


def model() -> Model | None:
    """The model in use: the shipped one, or one set by :func:`use_model` (evaluation)."""
    return _override[-1] if _override else _shipped()


@contextmanager
def use_model(m: Model | None) -> Iterator[None]:
    """Read with ``m`` (None: no model) inside the block; for training and evaluation."""
    _override.append(m)
    try:
        yield
    finally:
        _override.pop()


@dataclass
class Reading:
    rights: list[str] = field(default_factory=list)
    evidence: dict[str, list[str]] = field(default_factory=dict)  # right -> sentences as written
    score: float = 0.0  # the request output of the sentence it rests on


def read(parts: Sequence[str], written: Sequence[str], usable: Sequence[bool] | None = None) -> Reading | None:
    """The model's reading of a mail's possibly-asking sentences (folded ``parts`` and the same
    sentences ``written``), or None when it sees no request addressed to the studio. Only the
    sentences marked ``usable`` (default: all) can carry a reading; the others are context."""
    m = model()
    if m is None or not parts or len(parts) != len(written):
        return None
    p = m.scores(parts)
    req = p[:, 0].copy()
    if usable is not None:
        req[~np.asarray(usable, dtype=bool)] = 0.0
    best = int(np.argmax(req))
    if req[best] < m.request_threshold:
        return None
    asking = [i for i in range(len(parts)) if req[i] >= m.request_threshold]
    rights_p = p[:, 1:]
    chosen: dict[str, tuple[float, int]] = {}
    for i in asking:
        for k, right in enumerate(RIGHTS):
            if rights_p[i, k] >= m.right_threshold and rights_p[i, k] > chosen.get(right, (0.0, -1))[0]:
                chosen[right] = (float(rights_p[i, k]), i)
    if not chosen:
        return None  # "a request, but of which right?": too unsure to put before the owner
    top = sorted(chosen.items(), key=lambda kv: -kv[1][0])[:MAX_RIGHTS]
    rights = [r for r in RIGHTS if r in dict(top)]
    evidence = {r: [written[dict(top)[r][1]]] for r in rights}
    return Reading(rights=rights, evidence=evidence, score=float(req[best]))
