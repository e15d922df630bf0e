"""Dossier exports: Markdown, PDF in the shape of a Drucksache (WeasyPrint) and DOCX.

All three are built from the same `DossierView`, so their numbers are the page's numbers.
Nothing is fetched while rendering: the PDF's URL fetcher refuses every request.
"""

from __future__ import annotations

from functools import lru_cache

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.text import slugify

from bezirkspartner.dossiers.selectors import DossierView

CONTENT_TYPES = {
    "md": "text/markdown; charset=utf-8",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


class UnknownFormat(ValueError):
    pass


class PdfUnavailable(RuntimeError):
    """WeasyPrint cannot load its system libraries (Pango) on this machine."""


@lru_cache(maxsize=1)
def pdf_available() -> bool:
    try:
        import weasyprint  # noqa: F401
    except (OSError, ImportError):
        return False
    return True


def _context(view: DossierView) -> dict:
    return {"view": view, "dossier": view.dossier, "today": timezone.localdate()}


def markdown(view: DossierView) -> str:
    return render_to_string("dossiers/export.md", _context(view)).strip() + "\n"


def _no_fetch(url: str, *args, **kwargs):
    raise ValueError(f"PDF rendering fetches nothing: {url}")


def html_for_print(view: DossierView, template: str = "dossiers/print.html") -> str:
    return render_to_string(template, _context(view))


def pdf_from_html(html: str) -> bytes:
    if not pdf_available():
        raise PdfUnavailable(
            "PDF export needs the Pango library (Debian: libpango-1.0-0 libpangoft2-1.0-0)"
        )
    from weasyprint import HTML

    return HTML(string=html, url_fetcher=_no_fetch).write_pdf()


def pdf(view: DossierView) -> bytes:
    return pdf_from_html(html_for_print(view))


def docx(view: DossierView) -> bytes:
    from bezirkspartner.dossiers.docx_export import dossier_docx

    return dossier_docx(view)


def render(view: DossierView, fmt: str) -> tuple[bytes, str]:
    if fmt == "md":
        return markdown(view).encode("utf-8"), CONTENT_TYPES[fmt]
    if fmt == "pdf":
        return pdf(view), CONTENT_TYPES[fmt]
    if fmt == "docx":
        return docx(view), CONTENT_TYPES[fmt]
    raise UnknownFormat(fmt)


def filename(dossier, fmt: str) -> str:
    stem = slugify(f"dossier-{dossier.pk}-{dossier.home.name}-{dossier.partner.name}")[:80]
    return f"{stem}-v{dossier.version}.{fmt}"
