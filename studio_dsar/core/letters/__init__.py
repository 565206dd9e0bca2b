"""Response letters and the studio profile they draw on.

Importing this package is cheap: PyMuPDF and Jinja2 load only when a letter is rendered.
The work is split along its seams: :mod:`.words` (the letters' words), :mod:`.compose` (facts
read once, checks, HTML), :mod:`.appendix`, :mod:`.pdf` (layout once), :mod:`.eml`;
:mod:`.record` (confirmed sections of the processing record), :mod:`.checklist` (what an
erasure letter may claim) and :mod:`.actions` (what a restriction, rectification or objection
letter may claim). Public API (see :mod:`.render` and :mod:`.profile`)::

    render_letter(store, reference, kind, lang=None, *, blocks=None, reason=None) -> bytes
    preview_page_png(store, reference, kind, lang=None, *, blocks=None, reason=None, page=0, dpi=72) -> bytes
    export_letter(store, reference, kind, lang, out_path, *, eml_path=None, blocks=None, reason=None)
    default_blocks(store, reference, kind, lang=None) -> dict[str, str]
    load_profile(store) / save_profile(store, profile) / import_profile / export_profile
"""

from __future__ import annotations

_RENDER = {
    "KINDS", "LANGS", "BLOCKS", "BLOCK_LABELS", "KIND_LABELS", "REASON_REQUIRED", "Letter",
    "ExportResult", "build_letter", "letter_pdf", "render_letter", "preview_page_png", "pdf_page_png",
    "export_letter", "default_blocks", "letter_warnings", "format_date", "make_eml",
}
_PROFILE = {
    "default_profile", "load_profile", "save_profile", "validate_profile", "missing_fields",
    "import_profile", "export_profile", "has_profile", "authority", "set_logo", "logo_bytes",
}

__all__ = sorted(_RENDER | _PROFILE)  # noqa: PLE0605 - built from the two name sets above


def __getattr__(name: str) -> object:
    if name in _RENDER:
        from studio_dsar.core.letters import render

        return getattr(render, name)
    if name in _PROFILE:
        from studio_dsar.core.letters import profile

        return getattr(profile, name)
    raise AttributeError(name)
