"""Lay a composed letter out once as an A4 PDF (PyMuPDF Story, Noto Sans embedded).

:func:`layout` returns a :class:`Rendered`: the letter's PDF, its page count and the
enclosures with their bytes (the appendix PDF laid out here too). The preview rasterises
pages of that same PDF and the export writes those same bytes: what the owner saw is what
is sent.
"""

from __future__ import annotations

import hashlib
import io
import threading
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studio_dsar.core.errors import InputError
from studio_dsar.core.i18n import _

if TYPE_CHECKING:
    from studio_dsar.core.letters.compose import Enclosure, Letter

# MuPDF is not safe to drive from two threads at once: the preview worker and an export
# (or two previews) take turns through this lock.
MUPDF_LOCK = threading.RLock()

PAGE_W, PAGE_H = 595.28, 841.89  # A4 in points
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = 64.0, 56.0, 48.0, 72.0


def _mupdf() -> Any:
    """PyMuPDF, imported when first needed (it has no complete type hints)."""
    import pymupdf

    return pymupdf


def fonts_dir() -> Path:
    return Path(str(resources.files("studio_dsar") / "resources" / "fonts"))


@dataclass
class Rendered:
    letter: Letter
    pdf: bytes
    pages: int
    enclosures: list[Enclosure] = field(default_factory=list)  # with their bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.pdf).hexdigest()

    def page_png(self, page: int = 0, *, dpi: float = 72, width: int | None = None) -> bytes:
        """One page as PNG, at ``dpi`` or scaled to ``width`` pixels."""
        pymupdf = _mupdf()
        with MUPDF_LOCK, pymupdf.open("pdf", self.pdf) as doc:
            page = max(0, min(page, doc.page_count - 1))
            p = doc[page]
            if width:
                zoom = width / p.rect.width
                return bytes(p.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False).tobytes("png"))
            return bytes(p.get_pixmap(dpi=dpi, alpha=False).tobytes("png"))

    def page_pngs(self, *, width: int) -> list[bytes]:
        pymupdf = _mupdf()
        out: list[bytes] = []
        with MUPDF_LOCK, pymupdf.open("pdf", self.pdf) as doc:
            for p in doc:
                zoom = width / p.rect.width
                out.append(bytes(p.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False).tobytes("png")))
        return out


def _archive(logo: bytes | None) -> Any:
    pymupdf = _mupdf()
    archive = pymupdf.Archive(str(fonts_dir()))
    if logo:
        archive.add((logo, "logo.img"))
    return archive


def _body_rect(first: bool) -> Any:
    pymupdf = _mupdf()
    return pymupdf.Rect(MARGIN_L, MARGIN_T if first else MARGIN_T + 22, PAGE_W - MARGIN_R, PAGE_H - MARGIN_B)


def _story_pdf(html: str, css: str, archive: Any) -> bytes:
    pymupdf = _mupdf()
    story = pymupdf.Story(html=html, user_css=css, archive=archive, em=10)
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    page_rect = pymupdf.Rect(0, 0, PAGE_W, PAGE_H)
    pages, more = 0, 1
    while more:
        if pages > 200:  # a runaway template; never loop for ever
            raise InputError(_("The letter is too long to lay out (more than 200 pages)."))
        device = writer.begin_page(page_rect)
        more, _filled = story.place(_body_rect(pages == 0))
        story.draw(device)
        writer.end_page()
        pages += 1
    writer.close()
    return buf.getvalue()


def _pages_text_blocks(raw: bytes) -> list[list[dict[str, Any]]]:
    """The text blocks of every page but the last, top to bottom by their foot: what ends a
    page is its last block. The one reading both layout checks below share."""
    pymupdf = _mupdf()
    with pymupdf.open("pdf", raw) as doc:
        return [sorted((b for b in page.get_text("dict")["blocks"] if b.get("type") == 0 and b.get("lines")),
                       key=lambda b: b["bbox"][3])
                for page in list(doc)[:-1]]


def _block_text(block: dict[str, Any]) -> str:
    return "".join(sp["text"] for line in block["lines"] for sp in line["spans"])


def _orphan_headings(raw: bytes) -> list[str]:
    """Headings left at the foot of a page, alone or with only the line that introduces a list
    (MuPDF's Story ignores page-break-after)."""

    def heading(block: dict[str, Any]) -> str | None:
        spans = [sp for line in block["lines"] for sp in line["spans"] if sp["text"].strip()]
        if len(block["lines"]) == 1 and spans and all("Bold" in sp["font"] for sp in spans):
            return " ".join("".join(sp["text"] for sp in spans).split())
        return None

    found: list[str] = []
    for blocks in _pages_text_blocks(raw):
        if not blocks:
            continue
        text = heading(blocks[-1])
        if text is None and len(blocks) > 1 and _block_text(blocks[-1]).strip().endswith(":"):
            text = heading(blocks[-2])
        if text:
            found.append(text)
    return found


def _break_before(html: str, headings: list[str]) -> str:
    """Start each of these headings on a new page (page-break-before is honoured)."""
    from markupsafe import escape

    for text in headings:
        t = str(escape(text))
        for old, new in ((f"<h2>{t}</h2>", f'<h2 style="page-break-before: always">{t}</h2>'),
                         (f"<p><b>{t}</b></p>", f'<p style="page-break-before: always"><b>{t}</b></p>')):
            if old in html:
                html = html.replace(old, new, 1)
                break
    return html


def _closing_split(raw: bytes, regards: str) -> bool:
    """The greeting ends a page and the signature starts the next one."""
    want = " ".join(regards.split())
    return any(blocks and " ".join(_block_text(blocks[-1]).split()) == want for blocks in _pages_text_blocks(raw))


def _story_pdf_kept(html: str, css: str, archive: Any, regards: str = "") -> bytes:
    """Lay out; when a heading ended up alone at a page foot, or the greeting apart from the
    signature, lay out again with them moved on."""
    raw = _story_pdf(html, css, archive)
    moved = _break_before(html, _orphan_headings(raw))
    if regards and _closing_split(raw, regards):
        moved = moved.replace('<div class="closing">', '<div class="closing" style="page-break-before: always">', 1)
    if moved != html:
        raw = _story_pdf(moved, css, archive)
    return raw


def _decorate(doc: Any, letter: Letter, archive: Any, css: str, header: str) -> None:
    """Footer with the studio's details and 'Page n of N'; a running header from page 2."""
    from markupsafe import escape

    pymupdf = _mupdf()
    total = doc.page_count
    for i, page in enumerate(doc):
        footer = (
            '<div class="footer"><table class="footer"><tr>'
            f'<td class="footer-studio">{escape(letter.studio_line)}</td>'
            f'<td class="footer-page">{escape(letter.labels["page"].format(n=i + 1, total=total))}</td>'
            '</tr></table></div>'
        )
        rect = pymupdf.Rect(MARGIN_L, PAGE_H - MARGIN_B + 22, PAGE_W - MARGIN_R, PAGE_H - 16)
        page.insert_htmlbox(rect, footer, css=css, archive=archive)
        if i > 0:
            page.insert_htmlbox(pymupdf.Rect(MARGIN_L, MARGIN_T - 12, PAGE_W - MARGIN_R, MARGIN_T + 14),
                                f'<p class="running-header">{escape(header)}</p>', css=css, archive=archive)


def _finish(raw: bytes, letter: Letter, archive: Any, title: str, header: str) -> tuple[bytes, int]:
    pymupdf = _mupdf()
    doc = pymupdf.open("pdf", raw)
    try:
        _decorate(doc, letter, archive, letter.css, header)
        doc.set_metadata({
            "title": title, "author": "", "subject": "", "keywords": "",
            "creator": "studio-dsar", "producer": "studio-dsar", "creationDate": "", "modDate": "",
        })
        doc.subset_fonts()
        return bytes(doc.tobytes(garbage=3, deflate=True, no_new_id=True)), int(doc.page_count)
    finally:
        doc.close()


def layout(letter: Letter) -> Rendered:
    """Lay out the letter (and its appendix PDF, if any) once."""
    with MUPDF_LOCK:
        archive = _archive(letter.logo)
        header = f"{letter.studio_name} · {letter.labels['our_ref']} {letter.reference}"
        pdf, pages = _finish(_story_pdf_kept(letter.html, letter.css, archive, letter.labels["regards"]), letter,
                             archive, letter.title, header)
        enclosures = []
        for enc in letter.enclosures:
            if enc.data is None and enc.html is not None:
                title = f"{letter.labels['appendix_title']} – {letter.reference}"
                data, _n = _finish(_story_pdf_kept(enc.html, letter.css, archive), letter, archive, title, header)
                enc = replace(enc, data=data)
            enclosures.append(enc)
    return Rendered(letter=letter, pdf=pdf, pages=pages, enclosures=enclosures)
