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

    def _widget_data_value(self, widget, html_name):
        # Django reads each field's posted value twice: to clean it, and to tell whether it
        # changed (Wagtail asks, to decide what the save records). For a 500-claim body that
        # parsed every claim's rich text twice. The post does not change while the form lives,
        # so each field's value is read from it once.
        posted = self.__dict__.setdefault("_posted_values", {})
        if html_name not in posted:
            posted[html_name] = super()._widget_data_value(widget, html_name)
        return posted[html_name]
