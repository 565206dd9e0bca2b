"""What a file dragged onto the window means, decided in one place.

* one or more ``.eml``/``.msg`` files: an import;
* one scan, photo or PDF while a request is selected: that request's ID document (the ID
  check opens with it);
* anything else: refused, with the overlay saying why when it can.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from studio_dsar.core.i18n import _, ngettext
from studio_dsar.core.intake.batch import is_mail_file


def local_paths(mime) -> list[str]:
    if mime is None or not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]


def local_mail_paths(mime) -> list[str]:
    """The local ``.eml``/``.msg`` files in a drag's mime data."""
    return [p for p in local_paths(mime) if is_mail_file(p)]


def _is_id_file(path: str) -> bool:
    from .idcheck_dialog import is_id_file

    return is_id_file(path)


def local_id_paths(mime) -> list[str]:
    """The local scans/photos/PDFs in a drag's mime data (ID documents for the selected request)."""
    return [p for p in local_paths(mime) if _is_id_file(p)]


@dataclass
class DropPlan:
    """``action`` is 'import', 'idcheck' or 'none'; ``text`` is what the overlay says."""

    action: str
    paths: list[str] = field(default_factory=list)
    text: str = ""
    reference: str | None = None

    @property
    def accepted(self) -> bool:
        return self.action != "none"


def plan_for_paths(paths: list[str], reference: str | None) -> DropPlan:
    mails = [p for p in paths if is_mail_file(p)]
    if mails:
        return DropPlan("import", mails, ngettext("Drop to import {n} e-mail", "Drop to import {n} e-mails",
                                                  len(mails)).format(n=len(mails)))
    scans = [p for p in paths if _is_id_file(p)]
    if len(scans) == 1 and reference:
        return DropPlan("idcheck", scans, _("Drop to check this ID document for {ref}").format(ref=reference),
                        reference)
    if len(scans) == 1:
        return DropPlan("none", scans, _("Select the request this ID document belongs to first"))
    if len(scans) > 1:
        return DropPlan("none", scans, _("Drop one ID document at a time"))
    return DropPlan("none")


def plan_for(mime, reference: str | None) -> DropPlan:
    return plan_for_paths(local_paths(mime), reference)
