"""A keychain for tests in child processes only: secrets in a JSON file named by
``STUDIO_DSAR_TEST_KEYRING`` (the real app uses the OS keychain; never a file).

Select it with ``PYTHON_KEYRING_BACKEND=file_keyring.FileKeyring`` and this folder on
``PYTHONPATH``. Without ``STUDIO_DSAR_TEST_KEYRING`` it declares itself unusable, so that
keyring never picks it by itself.
"""

from __future__ import annotations

import json
import os

from keyring.backend import KeyringBackend
from keyring.compat import properties


class FileKeyring(KeyringBackend):
    @properties.classproperty
    def priority(cls) -> float:
        if not os.environ.get("STUDIO_DSAR_TEST_KEYRING"):
            raise RuntimeError("test keychain not configured")
        return 1

    def _path(self) -> str:
        return os.environ["STUDIO_DSAR_TEST_KEYRING"]

    def _load(self) -> dict:
        try:
            with open(self._path(), encoding="utf-8") as fh:
                return json.load(fh)
        except FileNotFoundError:
            return {}

    def get_password(self, service, username):
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service, username, password):
        data = self._load()
        data[f"{service}\n{username}"] = password
        tmp = self._path() + ".tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(data, fh)
        os.replace(tmp, self._path())

    def delete_password(self, service, username):
        data = self._load()
        data.pop(f"{service}\n{username}", None)
        with open(self._path(), "w", encoding="utf-8") as fh:
            json.dump(data, fh)
