"""``redact --batch`` keeps every core busy: one process per core by default, the largest
files started first, the results reported in the folder's order."""

from __future__ import annotations

import concurrent.futures
from concurrent.futures import Future
from pathlib import Path


class _InlinePool:
    """A process pool stand-in that runs each job when submitted and records how."""

    made: list[int] = []
    submitted: list[str] = []

    def __init__(self, max_workers: int, mp_context=None) -> None:
        _InlinePool.made.append(max_workers)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        return None

    def submit(self, fn, item):
        _InlinePool.submitted.append(Path(item[0]).name)
        fut: Future = Future()
        fut.set_result(fn(item))
        return fut


def test_batch_runs_one_process_per_core_largest_first(tmp_path, monkeypatch, capsys):
    from studio_dsar.cli import main
    from studio_dsar.cli import redact as cli_redact

    src = tmp_path / "in"
    src.mkdir()
    for name, size in (("a.png", 10), ("b.png", 300), ("c.jpg", 50)):
        (src / name).write_bytes(b"x" * size)
    seen: list[str] = []

    def fake_one(item):
        seen.append(Path(item[0]).name)
        return {"needs_review": False, "pages": [{"findings": []}], "file": Path(item[0]).name}, None

    _InlinePool.made, _InlinePool.submitted = [], []
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", _InlinePool)
    monkeypatch.setattr(cli_redact, "_one", fake_one)
    monkeypatch.setattr(cli_redact.os, "cpu_count", lambda: 2)
    assert main(["--lang", "en", "redact", "--batch", str(src), "-o", str(tmp_path / "out")]) == 0
    assert _InlinePool.made == [2]                       # both cores of a two-core laptop
    assert _InlinePool.submitted == ["b.png", "c.jpg", "a.png"]
    out = capsys.readouterr().out.splitlines()
    assert [ln.split(":")[0] for ln in out] == ["a.png", "b.png", "c.jpg"]

    # --jobs 1: no pool at all
    _InlinePool.made = []
    assert main(["--lang", "en", "redact", "--batch", str(src), "-o", str(tmp_path / "out"), "--jobs", "1"]) == 0
    assert _InlinePool.made == []
