"""The task helper: results and errors come back on the main thread; progress as signals."""

from __future__ import annotations

import threading

import pytest

pytest.importorskip("pytestqt")

from studio_dsar.core.errors import CancelledError, InputError
from studio_dsar.gui import tasks


@pytest.fixture
def pool_runner():
    runner = tasks.ThreadPoolRunner()
    tasks.use_runner(runner)
    yield runner
    runner.shutdown()
    tasks.use_runner(None)


def test_thread_pool_runs_off_the_gui_thread_and_reports_on_it(qtbot, pool_runner):
    main = threading.get_ident()
    seen = {}

    def work():
        seen["worker"] = threading.get_ident()
        return 42

    def done(result):
        seen["done_thread"] = threading.get_ident()
        seen["result"] = result

    tasks.run_task(work, done, lambda exc: seen.setdefault("error", exc))
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42
    assert seen["worker"] != main
    assert seen["done_thread"] == main
    assert "error" not in seen


def test_errors_come_back_to_on_error(qtbot, pool_runner):
    seen = []

    def work():
        raise InputError("broken file")

    tasks.run_task(work, lambda r: seen.append(("done", r)), lambda exc: seen.append(("error", exc)))
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0][0] == "error" and str(seen[0][1]) == "broken file"


def test_progress_is_delivered_on_the_main_thread_in_order(qtbot, pool_runner):
    main = threading.get_ident()
    progress, finished = [], []

    def work(report):
        for p in (0, 50, 100):
            report.report(p, f"step {p}")
        return "ok"

    tasks.run_task_with_progress(
        work, finished.append, finished.append,
        lambda p, text: progress.append((p, text, threading.get_ident() == main)))
    qtbot.waitUntil(lambda: bool(finished))
    assert finished == ["ok"]
    assert progress == [(0, "step 0", True), (50, "step 50", True), (100, "step 100", True)]


def test_cancel_is_seen_by_the_task():
    tasks.use_runner(tasks.SyncRunner())
    try:
        errors = []

        def work(progress):
            progress.cancel()  # as if the Cancel button was pressed between two files
            progress.check()
            return "not reached"

        handle = tasks.run_task_with_progress(work, errors.append, errors.append, lambda p, t: None)
        assert handle.finished and handle.cancelled
        assert isinstance(errors[0], CancelledError)
    finally:
        tasks.use_runner(None)


def test_progress_relay_turns_plain_calls_into_a_signal(qtbot):
    relay = tasks.ProgressRelay()
    with qtbot.waitSignal(relay.progress, check_params_cb=lambda p, t: (p, t) == (30, "reading")):
        relay(30, "reading")
