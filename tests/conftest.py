"""Shared test fixtures: every test gets its own data folder; corpora are found beside the repo."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def private_home(tmp_path, monkeypatch):
    """Point the whole app at a temporary data folder, in Dutch, whatever the machine says."""
    home = tmp_path / "home"
    monkeypatch.setenv("STUDIO_DSAR_HOME", str(home))
    monkeypatch.delenv("STUDIO_DSAR_LANG", raising=False)
    from studio_dsar.core import i18n
    from studio_dsar.core.store import keys

    keys.forget()  # keys derived under another test's keychain must not leak in
    i18n.set_language("nl")
    yield home
    keys.forget()
    i18n.set_language("nl")


def corpus_dir(name: str) -> Path:
    """``../shared/<name>``, or skip the test when the corpus is not beside the repo."""
    path = SHARED / name
    if not path.is_dir():
        pytest.skip(f"../shared/{name} not present: the test corpora live beside the repo, not in it")
    return path


@pytest.fixture
def store(private_home):
    from studio_dsar.core.store import Store

    s = Store.open()
    yield s
    s.close()


class MemoryKeyring:
    """An in-memory keychain for tests only (the real app uses the OS keychain)."""

    priority = 1

    def __init__(self):
        self.secrets = {}

    def get_password(self, service, user):
        return self.secrets.get((service, user))

    def set_password(self, service, user, password):
        self.secrets[(service, user)] = password

    def delete_password(self, service, user):
        self.secrets.pop((service, user), None)


@pytest.fixture
def memory_keyring(monkeypatch):
    import keyring
    from keyring.backend import KeyringBackend

    mem = MemoryKeyring()

    class Backend(KeyringBackend):
        priority = 1

        def get_password(self, service, user):
            return mem.get_password(service, user)

        def set_password(self, service, user, password):
            mem.set_password(service, user, password)

        def delete_password(self, service, user):
            mem.delete_password(service, user)

    from studio_dsar.core import keys

    # Stands in for an OS keychain: trusted here only (the app trusts OS-encrypted backends only).
    monkeypatch.setattr(keys, "_EXTRA_TRUSTED", {Backend})
    previous = keyring.get_keyring()
    keyring.set_keyring(Backend())
    yield mem
    keyring.set_keyring(previous)
    keys.lock()


@pytest.fixture
def english():
    """Messages in English, for tests that check the wording of a message."""
    from studio_dsar.core import i18n

    i18n.set_language("en")
    yield
    i18n.set_language("nl")


@pytest.fixture
def sync_tasks():
    """GUI work that would run on the thread pool runs at once, on the test's thread."""
    from studio_dsar.gui import tasks

    tasks.use_runner(tasks.SyncRunner())
    yield
    tasks.use_runner(None)


def intake_eval():
    """benchmarks/intake_eval.py (not a package), loaded once by path for the tests that score
    the labelled mail sets."""
    import importlib.util
    import sys

    if "intake_eval" in sys.modules:
        return sys.modules["intake_eval"]
    spec = importlib.util.spec_from_file_location("intake_eval", REPO / "benchmarks" / "intake_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["intake_eval"] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module

