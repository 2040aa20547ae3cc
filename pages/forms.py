"""The editor's form for every page patients read."""

from wagtail.admin.forms import WagtailAdminPageForm


class ReviewedPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A browser cuts pasted text at an input's maxlength without a word, so a 360-character
        # title would be saved as its first 255. Without the attribute the whole text reaches
        # the server, whose length check answers with a form error and keeps what was typed.
        for field in self.fields.values():
            field.widget.attrs.pop("maxlength", None)
