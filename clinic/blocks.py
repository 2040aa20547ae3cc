"""Blocks for the clinic's pages: opening hours, structured for people and search engines."""

from wagtail import blocks

__all__ = ["OpeningHoursBlock"]

# schema.org's names for the days, which the JSON-LD uses as they are.
DAYS = [
    ("Monday", "Monday"),
    ("Tuesday", "Tuesday"),
    ("Wednesday", "Wednesday"),
    ("Thursday", "Thursday"),
    ("Friday", "Friday"),
    ("Saturday", "Saturday"),
    ("Sunday", "Sunday"),
]


class OpeningHoursBlock(blocks.StructBlock):
    days = blocks.MultipleChoiceBlock(choices=DAYS, help_text="The days with these hours.")
    opens = blocks.TimeBlock(format="%H:%M")
    closes = blocks.TimeBlock(format="%H:%M")

    class Meta:
        icon = "time"
        template = "blocks/opening_hours.html"
        label = "Opening hours"

    def clean(self, value):
        cleaned = super().clean(value)
        if cleaned["opens"] and cleaned["closes"] and cleaned["closes"] <= cleaned["opens"]:
            raise blocks.StructBlockValidationError(
                block_errors={"closes": ["Closing time must be after opening time."]}
            )
        return cleaned
