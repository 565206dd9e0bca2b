"""E-mail intake: read dropped ``.eml``/``.msg`` files into request records.

Public API (no Qt; the GUI calls these from a worker thread)::

    parse_file(path) -> IntakeRecord
    parse_bytes(data, filename, *, mtime=None) -> IntakeRecord
    import_files(paths, store, *, dry_run=False, include_non_requests=False,
                 progress=None, on_outcome=None) -> list[ImportOutcome]

A file that cannot be used raises (parse_*) or reports (import_files) a translated
:class:`studio_dsar.core.errors.InputError`. Attachment contents are never written anywhere;
records hold metadata only.
"""

from studio_dsar.core.intake.importer import (
    SKIPPED_NOT_A_REQUEST,
    ImportOutcome,
    import_files,
    import_records,
    store_record,
)
from studio_dsar.core.intake.parse import parse_bytes, parse_file
from studio_dsar.core.intake.record import AttachmentMeta, IntakeRecord
from studio_dsar.core.store import RIGHTS

__all__ = [
    "RIGHTS",
    "SKIPPED_NOT_A_REQUEST",
    "AttachmentMeta",
    "ImportOutcome",
    "IntakeRecord",
    "import_files",
    "import_records",
    "parse_bytes",
    "parse_file",
    "store_record",
]
