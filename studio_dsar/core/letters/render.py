"""Response letters, end to end: compose once, lay out once, preview and export that result.

The work is split along its seams:

* :mod:`.vocab` - the words (kinds, blocks, months, rights, countries, labels) in nl/en/fr;
* :mod:`.compose` - read the facts once, check what the letter may claim, render the HTML;
* :mod:`.appendix` - the register extract, the portability export and the owner's files;
* :mod:`.pdf` - lay the letter (and its appendix) out as A4 PDF once;
* :mod:`.eml` - the unsent e-mail draft with every enclosure.

This module joins them for callers that want one call (CLI, tests, :class:`Studio`).
Templates live in ``resources/templates/letters``; a file of the same name in the data
folder's ``templates`` directory takes precedence (see ``studio-dsar templates``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studio_dsar.core.errors import InputError
from studio_dsar.core.i18n import _
from studio_dsar.core.letters.compose import (
    Enclosure,
    Facts,
    Letter,
    compose_letter,
    read_attachment,
    read_facts,
    shipped_templates_dir,
    template_name,
)
from studio_dsar.core.letters.eml import make_eml
from studio_dsar.core.letters.pdf import MUPDF_LOCK, Rendered, fonts_dir, layout
from studio_dsar.core.letters.words import (
    BLOCK_LABELS,
    BLOCKS,
    KIND_LABELS,
    KINDS,
    LANGS,
    MAKES_APPENDIX,
    NEEDS_CHECKLIST,
    NEEDS_CONFIRMED_RECORD,
    REASON_REQUIRED,
    TAKES_ATTACHMENTS,
    format_date,
)

if TYPE_CHECKING:
    from studio_dsar.core.store import Store

__all__ = [
    "BLOCKS", "BLOCK_LABELS", "KINDS", "KIND_LABELS", "LANGS", "MAKES_APPENDIX", "MUPDF_LOCK", "NEEDS_CHECKLIST",
    "NEEDS_CONFIRMED_RECORD", "REASON_REQUIRED", "TAKES_ATTACHMENTS", "Enclosure", "ExportResult", "Facts", "Letter",
    "Rendered", "build_letter", "compose_letter", "default_blocks", "export_letter", "export_rendered", "fonts_dir",
    "format_date", "layout", "letter_pdf", "letter_warnings", "make_eml", "pdf_page_png", "preview_page_png",
    "read_attachment", "read_facts", "render", "render_letter", "shipped_templates_dir", "template_name",
]


def build_letter(
    store: Store,
    reference: str,
    kind: str,
    lang: str | None = None,
    *,
    blocks: dict[str, str] | None = None,
    reason: str | None = None,
    attach: Iterable[Enclosure | str | Path] = (),
    today: date | None = None,
) -> Letter:
    """Read the facts and compose the letter. Raises ProfileError/StateError/InputError."""
    facts = read_facts(store, reference, today=today)
    attachments = [a if isinstance(a, Enclosure) else read_attachment(a) for a in attach or ()]
    return compose_letter(facts, kind, lang, blocks=blocks, reason=reason, attachments=attachments)


def default_blocks(store: Store, reference: str, kind: str, lang: str | None = None) -> dict[str, str]:
    from studio_dsar.core.letters import compose, words

    compose._check_kind(kind, lang)
    facts = read_facts(store, reference)
    return compose.default_blocks_from(facts, kind, lang or words.letter_language(facts.request.language))


def letter_warnings(store: Store, reference: str, kind: str, *, today: date | None = None) -> list[str]:
    from studio_dsar.core.letters import compose

    return compose.warnings_for(read_facts(store, reference, today=today), kind)


def letter_pdf(letter: Letter) -> bytes:
    return layout(letter).pdf


def render(store: Store, reference: str, kind: str, lang: str | None = None, **kw: Any) -> Rendered:
    """Compose and lay out: the one result both preview and export use."""
    return layout(build_letter(store, reference, kind, lang, **kw))


def render_letter(store: Store, reference: str, kind: str, lang: str | None = None, **kw: Any) -> bytes:
    """The letter as PDF bytes."""
    return render(store, reference, kind, lang, **kw).pdf


def pdf_page_png(pdf: bytes, page: int = 0, dpi: int = 72) -> bytes:
    from studio_dsar.core.letters.pdf import _mupdf

    with MUPDF_LOCK, _mupdf().open("pdf", pdf) as doc:
        page = max(0, min(page, doc.page_count - 1))
        return bytes(doc[page].get_pixmap(dpi=dpi, alpha=False).tobytes("png"))


def preview_page_png(store: Store, reference: str, kind: str, lang: str | None = None, *, page: int = 0,
                     dpi: int = 72, **kw: Any) -> bytes:
    """One page of the letter as a PNG, for previews."""
    return render(store, reference, kind, lang, **kw).page_png(page, dpi=dpi)


@dataclass
class ExportResult:
    pdf_path: Path
    eml_path: Path | None
    sha256: str
    pages: int
    warnings: list[str]
    enclosure_paths: list[Path]


def export_rendered(store: Store, rendered: Rendered, out_path: str | Path, *, eml_path: str | Path | None = None) -> ExportResult:
    """Write the laid-out letter, the enclosures the app made and the e-mail draft; record it."""
    import hashlib

    from studio_dsar.core.fileutil import write_bytes_atomic

    letter = rendered.letter
    out_path = Path(out_path)
    if out_path.suffix.lower() != ".pdf":
        raise InputError(_("The letter is saved as PDF: give a file name ending in .pdf."))
    written = []
    write_bytes_atomic(out_path, rendered.pdf)
    for enc in rendered.enclosures:
        if enc.generated:
            target = out_path.parent / enc.filename
            write_bytes_atomic(target, enc.data or b"")
            written.append(target)
    eml = None
    if eml_path:
        eml = Path(eml_path)
        write_bytes_atomic(eml, make_eml(rendered, out_path.name))
    enclosures = [{"filename": e.filename, "sha256": hashlib.sha256(e.data or b"").hexdigest(),
                   "generated": e.generated} for e in rendered.enclosures]
    store.record_letter(letter.reference, kind=letter.kind, language=letter.lang, filename=out_path.name,
                        sha256=rendered.sha256, enclosures=enclosures,
                        checklist=letter.checklist or None)
    return ExportResult(out_path, eml, rendered.sha256, rendered.pages, list(letter.warnings), written)


def export_letter(
    store: Store,
    reference: str,
    kind: str,
    lang: str | None = None,
    out_path: str | Path | None = None,
    *,
    eml_path: str | Path | None = None,
    blocks: dict[str, str] | None = None,
    reason: str | None = None,
    attach: Iterable[Enclosure | str | Path] = (),
    today: date | None = None,
    letter: Letter | None = None,
    rendered: Rendered | None = None,
) -> ExportResult:
    """Write the PDF (and optionally the .eml draft) atomically and record it in the audit log."""
    if out_path is None:
        raise InputError(_("Give a file name for the PDF."))
    if rendered is None:
        if letter is None:
            letter = build_letter(store, reference, kind, lang, blocks=blocks, reason=reason, attach=attach,
                                  today=today)
        rendered = layout(letter)
    return export_rendered(store, rendered, out_path, eml_path=eml_path)


def sent_enclosures(row: dict[str, Any]) -> list[dict[str, Any]]:
    try:
        value = json.loads(row.get("enclosures") or "[]")
        return value if isinstance(value, list) else []
    except (TypeError, ValueError):
        return []
