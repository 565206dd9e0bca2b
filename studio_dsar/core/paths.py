"""Where the app keeps its data: the platform's user-data folder, or ``$STUDIO_DSAR_HOME``.

Folders holding private data are created with mode 0o700.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "studio-dsar"
ENV_HOME = "STUDIO_DSAR_HOME"


def data_home() -> Path:
    """The root folder for the database, vault, templates and settings."""
    env = os.environ.get(ENV_HOME)
    root = Path(env).expanduser() if env else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return ensure_private_dir(root)


def ensure_private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        os.chmod(path, 0o700)
    except OSError:  # pragma: no cover - e.g. a FAT-formatted USB stick
        pass
    return path


def db_path() -> Path:
    return data_home() / "studio-dsar.sqlite3"


def vault_dir() -> Path:
    return ensure_private_dir(data_home() / "vault")


def templates_override_dir() -> Path:
    """Letter templates the owner placed here override the shipped ones (same file name)."""
    return data_home() / "templates"


def logs_dir() -> Path:
    return ensure_private_dir(data_home() / "logs")
