"""Translations for core and GUI alike (gettext, English message ids, Dutch default).

Every user-visible string goes through :func:`_`. The language is chosen once at start-up
by :func:`init_language` (setting, then ``STUDIO_DSAR_LANG``, then the OS language; Dutch when
nothing says English) and can be switched with :func:`set_language`.
"""

from __future__ import annotations

import gettext
import locale
import os
import sys
from importlib import resources

DOMAIN = "studio_dsar"
SUPPORTED = ("nl", "en")
DEFAULT = "nl"

_current = DEFAULT
_translations: dict[str, gettext.NullTranslations] = {}


def _catalog(lang: str) -> gettext.NullTranslations:
    if lang not in _translations:
        if lang == "en":
            _translations[lang] = gettext.NullTranslations()
        else:
            localedir = resources.files("studio_dsar") / "resources" / "locale"
            _translations[lang] = gettext.translation(
                DOMAIN, localedir=str(localedir), languages=[lang], fallback=True
            )
    return _translations[lang]


def os_language() -> str | None:
    """Two-letter language of the OS user interface, if it can be told.

    ``C``/``POSIX`` locales (servers, containers, CI) say nothing about the user's language.
    """
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        val = os.environ.get(var)
        if val:
            if val.split(".")[0] in ("C", "POSIX"):
                return None
            return val.split(":")[0][:2].lower()
    if sys.platform == "win32":
        try:
            import ctypes

            lcid = ctypes.windll.kernel32.GetUserDefaultUILanguage()
            name = locale.windows_locale.get(lcid)
            return name[:2].lower() if name else None
        except (AttributeError, OSError):
            return None
    try:
        loc = locale.getlocale()[0]
    except ValueError:
        loc = None
    if not loc:
        return None
    loc = loc.lower()
    if loc.startswith(("english", "en")):
        return "en"
    if loc.startswith(("dutch", "nl")):
        return "nl"
    return loc[:2]


def pick_language(setting: str | None = None) -> str:
    """The UI language: explicit setting, then STUDIO_DSAR_LANG, then the OS (English or Dutch)."""
    for cand in (setting, os.environ.get("STUDIO_DSAR_LANG")):
        if cand and cand[:2].lower() in SUPPORTED:
            return cand[:2].lower()
    if os_language() == "en":
        return "en"
    return DEFAULT


def set_language(lang: str) -> None:
    global _current
    _current = lang if lang in SUPPORTED else DEFAULT


def init_language(setting: str | None = None) -> str:
    set_language(pick_language(setting))
    return _current


def current_language() -> str:
    return _current


def _(message: str) -> str:
    """Translate ``message`` into the current language."""
    return _catalog(_current).gettext(message)


def N_(message: str) -> str:
    """Mark a string for translation without translating it yet (tables of messages)."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    return _catalog(_current).ngettext(singular, plural, n)


def translate(message: str, lang: str) -> str:
    """Translate into a given language without touching the current one (letters, reports)."""
    return _catalog(lang if lang in SUPPORTED else DEFAULT).gettext(message)
