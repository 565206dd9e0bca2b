"""Run slow work off the GUI thread and post the outcome back to it.

``run_task(func, on_done, on_error)`` runs ``func()`` on a thread pool; when it returns,
``on_done(result)`` is called on the main thread, or ``on_error(exc)`` when it raised.
``run_task_with_progress`` hands ``func`` a :class:`studio_dsar.core.progress.Progress` (the
task's handle), so core code that reports progress never needs to know about Qt: a small
QObject (:class:`ProgressRelay`) turns each report into a signal delivered on the main thread.

Tests swap in :class:`SyncRunner` with :func:`use_runner` so GUI tests are deterministic.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from studio_dsar.core.progress import Progress, ReportFn


class ProgressRelay(QObject):
    """Turns plain ``(percent, text)`` calls from any thread into a Qt signal."""

    progress = Signal(int, str)

    def __call__(self, percent: int, text: str = "") -> None:
        self.progress.emit(int(percent), str(text or ""))


class _ResultRelay(QObject):
    """Lives on the main thread; the worker emits, the slot runs on the main thread."""

    done = Signal(object)
    failed = Signal(object)


class TaskHandle(Progress):
    """What a started task gives back: the task's :class:`Progress` (ask it to stop with
    ``cancel()``), and whether it has finished."""

    def __init__(self, on_report: ReportFn | None = None) -> None:
        super().__init__(on_report)
        self.finished = False


class _Runnable(QRunnable):
    def __init__(self, func: Callable[[], Any], relay: _ResultRelay):
        super().__init__()
        self.func = func
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:  # runs on a pool thread
        try:
            result = self.func()
        except BaseException as exc:  # noqa: BLE001 - handed to on_error on the main thread
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


class ThreadPoolRunner:
    """The production runner: a QThreadPool of its own (so closing can wait for it)."""

    def __init__(self, max_threads: int = 2):
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(max_threads)
        self._relays: set[_ResultRelay] = set()
        self.handles: set[TaskHandle] = set()

    def start(
        self,
        func: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        handle: TaskHandle,
    ) -> TaskHandle:
        relay = _ResultRelay()  # created here, on the main thread
        self._relays.add(relay)
        self.handles.add(handle)

        def finish(callback, value):
            handle.finished = True
            self._relays.discard(relay)
            self.handles.discard(handle)
            relay.deleteLater()
            callback(value)

        relay.done.connect(lambda result: finish(on_done, result))
        relay.failed.connect(lambda exc: finish(on_error, exc))
        self.pool.start(_Runnable(func, relay))
        return handle

    def shutdown(self, timeout_ms: int = 30000) -> bool:
        """Ask running tasks to stop and wait for them (used when the window closes)."""
        for handle in list(self.handles):
            handle.cancel()
        return self.pool.waitForDone(timeout_ms)


class SyncRunner:
    """Runs the task at once on the calling thread. For tests only."""

    def __init__(self) -> None:
        self.handles: set[TaskHandle] = set()

    def start(self, func, on_done, on_error, handle: TaskHandle) -> TaskHandle:
        try:
            result = func()
        except BaseException as exc:  # noqa: BLE001
            handle.finished = True
            on_error(exc)
        else:
            handle.finished = True
            on_done(result)
        return handle

    def shutdown(self, timeout_ms: int = 0) -> bool:
        return True


_runner: ThreadPoolRunner | SyncRunner | None = None


def current_runner():
    global _runner
    if _runner is None:
        _runner = ThreadPoolRunner()
    return _runner


def use_runner(runner) -> None:
    """Replace the runner (tests pass a SyncRunner; ``None`` goes back to the thread pool)."""
    global _runner
    _runner = runner


def run_task(
    func: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> TaskHandle:
    """Run ``func()`` off the GUI thread; call ``on_done`` or ``on_error`` on the main thread."""
    return current_runner().start(func, on_done, on_error, TaskHandle())


def run_task_with_progress(
    func: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_progress: Callable[[int, str], None],
) -> TaskHandle:
    """Like :func:`run_task`; ``func(progress)`` reports with ``progress.report(percent, text)``
    and calls ``progress.check()`` between steps (the handle returned is that progress)."""
    relay = ProgressRelay()
    relay.progress.connect(on_progress)
    handle = TaskHandle(relay)

    def done(result):
        relay.deleteLater()
        on_done(result)

    def failed(exc):
        relay.deleteLater()
        on_error(exc)

    return current_runner().start(lambda: func(handle), done, failed, handle)
