"""The vault's rows (encrypted ID documents; see :mod:`studio_dsar.core.vault`).

The vault does the cryptography and the files; this is only its SQL. Wiping clears the
wrapped key (crypto-shredding) and checkpoints the WAL so no copy of the key survives there.
"""

from __future__ import annotations

import sqlite3

from studio_dsar.core.store.parts import StorePart
from studio_dsar.core.store.records import now



class VaultRowsMixin(StorePart):
    def vault_insert(self, *, request_id: int | None, kind: str, filename: str,
                     content_type: str | None, size: int, blob: str, wrapped_key: bytes,
                     actor: str = "owner") -> int:
        """Insert the row and its ``vault_stored`` audit entry in one transaction."""
        with self.transaction():
            cur = self.conn.execute(
                "INSERT INTO vault_items(request_id, kind, filename, content_type, size, blob, "
                "wrapped_key, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
                (request_id, kind, filename, content_type, size, blob, wrapped_key, now()),
            )
            item_id = int(cur.lastrowid or 0)
            self.audit("vault_stored", request_id=request_id, actor=actor,
                       details={"item": item_id, "kind": kind, "file": filename, "size": size})
        return item_id

    def vault_row(self, item_id: int) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.conn.execute("SELECT * FROM vault_items WHERE id = ?", (item_id,)).fetchone()
        return row

    def vault_mark_wiped(self, item_id: int, *, request_id: int | None, kind: str,
                         filename: str, actor: str = "owner") -> None:
        """Clear the wrapped key (crypto-shredding), audit it, and push it out of the WAL."""
        with self.transaction():
            self.conn.execute(
                "UPDATE vault_items SET wrapped_key = NULL, wiped_at = ? WHERE id = ?", (now(), item_id)
            )
            self.audit("vault_wiped", request_id=request_id, actor=actor,
                       details={"item": item_id, "kind": kind, "file": filename})
        self.checkpoint()

    def vault_item_ids(self, request_id: int | None = None, *, include_wiped: bool = True) -> list[int]:
        sql = "SELECT id FROM vault_items"
        args: list[object] = []
        cond = []
        if request_id is not None:
            cond.append("request_id = ?")
            args.append(request_id)
        if not include_wiped:
            cond.append("wiped_at IS NULL")
        if cond:
            sql += " WHERE " + " AND ".join(cond)
        return [r[0] for r in self.conn.execute(sql + " ORDER BY id", args)]
