"""What every part of the register can rely on from :class:`~studio_dsar.core.store.db.Store`.

The store is one class assembled from mixins (requests, vault rows, letters, daily work); each
mixin subclasses :class:`StorePart` so the type checker knows the connection and the Store's
shared methods, declared once here instead of in every mixin.
"""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from studio_dsar.core.model import AuditEntry, Request


class StorePart:
    conn: sqlite3.Connection

    if TYPE_CHECKING:  # provided by Store and its other parts
        def transaction(self) -> AbstractContextManager[sqlite3.Connection]: ...

        def audit(self, event: str, *, request_id: int | None = None, actor: str = "owner",
                  details: dict[str, Any] | None = None) -> AuditEntry: ...

        def checkpoint(self) -> None: ...

        def get_request(self, reference: str) -> Request: ...

        def set_status(self, reference: str, status: str, *, reason: str | None = None,
                       actor: str = "owner") -> Request: ...

        def anonymise(self, reference: str, *, actor: str = "owner", deleted: bool = False) -> None: ...
