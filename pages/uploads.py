"""What a document upload may be: a real PDF or plain text, of a sane size, and never a web page.

A file named `.pdf` can hold HTML, and a file can be a PDF and an HTML page at once (a polyglot);
served from this site, either could run script in a patient's browser. So the content is checked
against the extension (with `filetype`, which reads the file's signature), markup that a browser
would run is refused in any disguise, and the size is capped. Documents are also served as
downloads (`WAGTAILDOCS_INLINE_CONTENT_TYPES = []`), and Wagtail's serve view sends `nosniff`.

Wired in by `WAGTAILDOCS_DOCUMENT_FORM_BASE` (cms/settings/base.py).
"""

import re

import filetype

from django import forms
from django.conf import settings

from wagtail.documents.forms import BaseDocumentForm

# Markup a browser would render or run, wherever it sits in the file.
_WEB_MARKUP = re.compile(
    rb"<\s*(?:!doctype\s+html|html|head|body|script|svg|iframe|object|embed|meta|xml-stylesheet)\b",
    re.IGNORECASE,
)
_SCAN_CHUNK = 1024 * 1024


def upload_problem(name, content, size):
    """Why the uploaded file may not be a document, or None."""
    limit = settings.CLAIMCHECK_MAX_DOCUMENT_BYTES
    if size > limit:
        return f"The file is {size / 1e6:.1f} MB; documents may be at most {limit / 1e6:.0f} MB."
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    content.seek(0)
    head = content.read(8192)
    kind = filetype.guess(head)
    if extension == "pdf" and (kind is None or kind.mime != "application/pdf"):
        return "The file is named .pdf but is not a PDF. Upload the PDF itself."
    if extension == "txt":
        if kind is not None:
            return f"The file is named .txt but holds {kind.mime}. Upload plain text."
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as error:
            if error.start < len(head) - 4:  # not just a character cut at the 8 KB mark
                return "The file is named .txt but is not UTF-8 text."
    if _holds_web_markup(content):
        return (
            "The file contains web page markup (HTML, SVG or script), which could run in a "
            "reader's browser. Export it again as a plain PDF."
        )
    content.seek(0)
    return None


def _holds_web_markup(content):
    content.seek(0)
    tail = b""
    while chunk := content.read(_SCAN_CHUNK):
        if _WEB_MARKUP.search(tail + chunk):
            return True
        tail = chunk[-64:]
    return False


class CheckedDocumentForm(BaseDocumentForm):
    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            problem = upload_problem(uploaded.name, uploaded, uploaded.size)
            if problem:
                raise forms.ValidationError(problem, code="unsafe_document")
        return uploaded
