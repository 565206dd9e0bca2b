"""Window state (geometry, splitter, filter) in QSettings: INI format, user scope.

When ``STUDIO_DSAR_HOME`` is set the INI file lives inside that folder, so tests and portable
installs never touch the real user profile. Application settings that matter to the register
(language, country, promise) live in the database instead: see :mod:`studio_dsar.core.settings`.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

from studio_dsar.core import paths

ORGANISATION = "studio-dsar"
APPLICATION = "studio-dsar"
INI_NAME = "window.ini"


def ini_path_override() -> Path | None:
    if os.environ.get(paths.ENV_HOME):
        return paths.data_home() / INI_NAME
    return None


def gui_settings() -> QSettings:
    override = ini_path_override()
    if override is not None:
        return QSettings(str(override), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)
