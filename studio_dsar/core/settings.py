"""Application settings, kept in the database's settings table with defaults merged in.

GUI-only state (window geometry) lives in QSettings instead; see ``gui/``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from studio_dsar.core import deadlines
from studio_dsar.core.i18n import pick_language

if TYPE_CHECKING:
    from studio_dsar.core.store import Store

DEFAULTS: dict[str, Any] = {
    "language": None,  # None: follow the OS (Dutch unless it is English)
    "country": "NL",
    "promise_days": deadlines.DEFAULT_PROMISE_DAYS,
    "awaiting_id_days": 14,  # the digest reminds of an ID asked for longer ago than this
}
_KEY = "app_settings"


def load(store: Store | None = None) -> dict[str, Any]:
    """Settings with defaults filled in; a damaged value falls back to the default."""
    from studio_dsar.core.store import Store

    own = store is None
    store = store or Store.open()
    try:
        saved = store.get_setting(_KEY, {}) or {}
    finally:
        if own:
            store.close()
    result = dict(DEFAULTS)
    if isinstance(saved, dict):
        for key, value in saved.items():
            if key in DEFAULTS:
                result[key] = value
    if result["country"] not in deadlines.COUNTRIES:
        result["country"] = DEFAULTS["country"]
    try:
        result["promise_days"] = max(1, min(int(result["promise_days"]), 31))
    except (TypeError, ValueError):
        result["promise_days"] = DEFAULTS["promise_days"]
    try:
        result["awaiting_id_days"] = max(1, min(int(result["awaiting_id_days"]), 90))
    except (TypeError, ValueError):
        result["awaiting_id_days"] = DEFAULTS["awaiting_id_days"]
    return result


def save(values: dict[str, Any], store: Store | None = None) -> dict[str, Any]:
    from studio_dsar.core.store import Store

    own = store is None
    store = store or Store.open()
    try:
        current = load(store)
        current.update({k: v for k, v in values.items() if k in DEFAULTS})
        store.set_setting(_KEY, current)
        store.audit("settings_changed", details={k: v for k, v in values.items() if k in DEFAULTS})
    finally:
        if own:
            store.close()
    return current


def ui_language(store: Store | None = None) -> str:
    return pick_language(load(store).get("language"))
