"""The redaction benchmark refuses to start without the corpus's scorer."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "redact_bench.py"


def _bench():
    spec = importlib.util.spec_from_file_location("redact_bench", BENCH)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_missing_scorer_stops_before_any_redaction(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "idscans"          # no score.py in it
    (corpus / "dev").mkdir(parents=True)
    rc = _bench().main(["--corpus", str(corpus), "--no-passporteye"])
    assert rc == 2
    assert "score.py" in capsys.readouterr().err
