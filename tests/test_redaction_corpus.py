"""Quality pinned on a few idscans dev files, scored by the corpus's own score.py.

The subset covers each layout and capture: NL ID front + back on one scanned page (PNG),
an NL passport scan, a Belgian eID front turned 90 degrees, a Belgian eID back photographed
on a desk, and scanned / photographed PDFs with an invisible text layer (turned 95 and
180 degrees).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from studio_dsar.core.redaction import redact_file

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SUBSET = ["0002.png", "0004.jpg", "0005.jpg", "0008.jpg", "0015.pdf", "0058.pdf"]

pytestmark = pytest.mark.corpus


def _corpus() -> Path:
    path = SHARED / "idscans"
    if not (path / "dev").is_dir() or not (path / "score.py").is_file():
        pytest.skip("../shared/idscans not present (corpus lives beside the repo)")
    return path


@pytest.fixture(scope="module")
def redacted(tmp_path_factory):
    corpus = _corpus()
    out = tmp_path_factory.mktemp("redacted")
    truth = tmp_path_factory.mktemp("truth")
    results = {}
    for name in SUBSET:
        src = corpus / "dev" / name
        (truth / name).symlink_to(src)
        (truth / (src.stem + ".json")).symlink_to(src.with_suffix(".json"))
        results[name] = redact_file(src, out / name)
    return corpus, truth, out, results


def test_subset_scores_clean(redacted):
    corpus, truth, out, _results = redacted
    import shutil

    cmd = [sys.executable, str(corpus / "score.py"), "--truth", str(truth), "--redacted", str(out), "-j", "2"]
    if shutil.which("tesseract"):
        cmd.append("--ocr")
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    line = next(ln for ln in proc.stdout.splitlines() if ln.startswith("SCORE"))
    m = re.search(r"docs_clean=(\d+)/(\d+) sensitive_recall=([\d.]+) kept_intact=([\d.]+) ocr_leaks=(\w+)", line)
    assert m, line
    clean, total, recall, kept, leaks = m.groups()
    assert int(total) == len(SUBSET)
    assert int(clean) == len(SUBSET), proc.stdout[-3000:]
    assert float(recall) == 1.0
    assert float(kept) >= 0.95
    assert leaks in ("0", "na")


def test_results_never_contain_sensitive_values(redacted):
    corpus, _truth, _out, results = redacted
    for name, res in results.items():
        truth = json.loads((corpus / "dev" / (Path(name).stem + ".json")).read_text())
        dumped = json.dumps(res.as_dict())
        flat = re.sub(r"[^A-Z0-9]", "", dumped.upper())
        for page in truth["pages"]:
            for reg in page["regions"]:
                if reg["category"] in ("mrz", "document_number", "bsn", "rrn") and reg["value"]:
                    value = re.sub(r"[^A-Z0-9]", "", reg["value"].upper())
                    assert value not in flat, f"{name}: {reg['category']} value in result"
        # and the result does say what it found and from what
        cats = {f["category"] for p in res.pages for f in p["findings"]}
        assert cats & {"mrz", "photo"}
        assert all(f["evidence"] for p in res.pages for f in p["findings"])


def test_output_geometry_matches_input(redacted):
    corpus, _truth, out, _results = redacted
    import pymupdf
    from PIL import Image

    for name in SUBSET:
        src, dst = corpus / "dev" / name, out / name
        if name.endswith(".pdf"):
            a, b = pymupdf.open(src), pymupdf.open(dst)
            assert a.page_count == b.page_count
            for pa, pb in zip(a, b, strict=False):
                assert pa.rect.width == pytest.approx(pb.rect.width, abs=0.01)
                assert pa.rect.height == pytest.approx(pb.rect.height, abs=0.01)
        else:
            with Image.open(src) as a, Image.open(dst) as b:
                assert a.size == b.size
