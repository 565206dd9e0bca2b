"""Where the CPU time of a redaction goes, stage by stage (for ``redact_bench.py --profile-cpu``).

Off by default (then :func:`stage` costs one attribute look-up). When :func:`enable` has been
called, every ``with stage("name"):`` charges the CPU time of the thread it runs in to
``name``, exclusive of nested stages, and OCR jobs run on the library's threads are charged
to ``ocr:<the stage that started them>``. Only CPU seconds and call counts are kept: no
value, no image, no text.

The tesseract *program* runs in child processes whose CPU time is known only in sum, when
they end; the library engine (in-process threads) gives the exact split.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")

_enabled = False
_lock = threading.Lock()
_cpu: dict[str, float] = {}
_calls: dict[str, int] = {}
_local = threading.local()


def enable(on: bool = True) -> None:
    global _enabled
    _enabled = on


def enabled() -> bool:
    return _enabled


def reset() -> None:
    with _lock:
        _cpu.clear()
        _calls.clear()


def totals() -> dict[str, tuple[float, int]]:
    """CPU seconds and number of entries per stage, since the last :func:`reset`."""
    with _lock:
        return {k: (v, _calls.get(k, 0)) for k, v in _cpu.items()}


def _charge(name: str, seconds: float, enter: bool = False) -> None:
    with _lock:
        _cpu[name] = _cpu.get(name, 0.0) + seconds
        if enter:
            _calls[name] = _calls.get(name, 0) + 1


def current() -> str:
    """The innermost stage of this thread ("" outside any)."""
    stack: list[str] | None = getattr(_local, "stack", None)
    return stack[-1] if stack else ""


@contextmanager
def stage(name: str) -> Iterator[None]:
    if not _enabled:
        yield
        return
    stack: list[str] | None = getattr(_local, "stack", None)
    if stack is None:
        stack = _local.stack = []
    now = time.thread_time()
    if stack:
        _charge(stack[-1], now - _local.mark)
    stack.append(name)
    _local.mark = now
    _charge(name, 0.0, enter=True)
    try:
        yield
    finally:
        now = time.thread_time()
        _charge(stack.pop(), now - _local.mark)
        _local.mark = now


def switch(name: str) -> None:
    """From here on, charge this thread's time to ``name`` instead of the innermost stage
    (the innermost stage is left when its ``with`` block ends, whatever it was switched to)."""
    if not _enabled:
        return
    stack: list[str] | None = getattr(_local, "stack", None)
    if not stack:
        return
    now = time.thread_time()
    _charge(stack[-1], now - _local.mark)
    stack[-1] = name
    _local.mark = now
    _charge(name, 0.0, enter=True)


def tagged(fn: Callable[..., T]) -> Callable[..., T]:
    """``fn`` wrapped to run, on whatever thread, as stage ``ocr:<caller's stage>``."""
    if not _enabled:
        return fn
    name = "ocr:" + (current() or "other")

    def run(*args: object, **kwargs: object) -> T:
        with stage(name):
            return fn(*args, **kwargs)

    return run
