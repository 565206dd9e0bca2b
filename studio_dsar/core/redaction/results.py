"""What the engine reports about a page: findings (category, polygon, evidence), the
documents it recognised and the reasons a person should check the result. Never a value."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from .geometry import View, norm_angle

if TYPE_CHECKING:
    from studio_dsar.core.identity import IdentityFields


@dataclass
class Finding:
    category: str            # photo, ghost_photo, mrz, document_number, bsn, rrn, barcode, number
    polygon: np.ndarray      # page pixels, 4 points
    evidence: str            # face, rectangle, mrz, validator, label, mrz-number, barcode
    confidence: float = 1.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "box": [[int(round(x)), int(round(y))] for x, y in self.polygon],
            "evidence": self.evidence,
            "confidence": round(float(self.confidence), 2),
        }


@dataclass
class DocumentHit:
    kind: str                  # "mrz" or "portrait"
    mrz_format: str | None = None
    mrz_checks_ok: bool | None = None
    orientation: float = 0.0
    polygon: np.ndarray | None = None

    def as_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"evidence": self.kind, "orientation_deg": round(norm_angle(self.orientation), 1)}
        if self.mrz_format:
            d["mrz_format"] = self.mrz_format
            d["mrz_check_digits_ok"] = bool(self.mrz_checks_ok)
        if self.polygon is not None:
            d["box"] = [[int(round(x)), int(round(y))] for x, y in self.polygon]
        return d


@dataclass
class PageResult:
    findings: list[Finding] = field(default_factory=list)
    documents: list[DocumentHit] = field(default_factory=list)
    review: list[str] = field(default_factory=list)   # reason codes
    # for the self-check: the document areas read, and the numbers the MRZ named
    # (sensitive: never exported, logged or written anywhere)
    frames: list[View] = field(default_factory=list, repr=False)
    mrz_numbers: list[str] = field(default_factory=list, repr=False)
    # name, dates, document type, issuing country per document read (core.identity); never a number
    identities: list[IdentityFields] = field(default_factory=list, repr=False)
    # every face the page search found (page pixels; the self-check counts those left visible)
    page_faces: list[Any] = field(default_factory=list, repr=False)
    # the document outlines with print the analysis saw (``layout.Card``; the self-check
    # reads those it read no document for)
    outlines: list[Any] = field(default_factory=list, repr=False)

