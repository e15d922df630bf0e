"""Safe handling of uploaded files: size limit, type from the content, never the user's name.

The type is read from the file's first bytes (not from its name or the browser's claim);
stored names are random; downloads go through a permission-checked view as attachments.
"""

from __future__ import annotations

import secrets
import zipfile

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

MAX_BYTES = 10 * 1024 * 1024

PDF = ("pdf", "application/pdf")
PNG = ("png", "image/png")
JPEG = ("jpg", "image/jpeg")
DOCX = ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
ODT = ("odt", "application/vnd.oasis.opendocument.text")

DOCUMENT_TYPES = (PDF, DOCX, ODT, PNG, JPEG)
IMAGE_TYPES = (PNG, JPEG)


def _office_type(upload: UploadedFile):
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return DOCX
            if "mimetype" in names and archive.read("mimetype") == ODT[1].encode():
                return ODT
    except (zipfile.BadZipFile, OSError, KeyError):
        return None
    finally:
        upload.seek(0)
    return None


def sniff(upload: UploadedFile):
    """(extension, content type) judged from the content, or None."""
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"PK\x03\x04"):
        return _office_type(upload)
    return None


def checked_upload(upload: UploadedFile, *, allowed=DOCUMENT_TYPES) -> tuple[str, str]:
    """Validate an upload; rename it to a random name. Returns (original name, content type)."""
    if upload is None:
        raise ValidationError(_("Please choose a file."))
    if upload.size > MAX_BYTES:
        raise ValidationError(
            _("The file is too large (at most %(mb)s MB).") % {"mb": MAX_BYTES // 1024 // 1024}
        )
    kind = sniff(upload)
    if kind not in allowed:
        names = ", ".join(ext.upper() for ext, _type in allowed)
        raise ValidationError(
            _("This file type is not accepted. Allowed: %(types)s.") % {"types": names}
        )
    original = (upload.name or "").rsplit("/", 1)[-1].rsplit("\\", 1)[-1][:200]
    upload.name = f"{secrets.token_hex(16)}.{kind[0]}"
    return original, kind[1]
