import re

from simple_history.models import HistoricalRecords

from django.core.exceptions import ValidationError
from django.db import models

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index

from pages.choices import StudyDesign

# Crossref's advice for modern DOIs: "10." + a registrant code of 4-9 digits + "/" + a suffix.
DOI_PATTERN = re.compile(r"^10\.\d{4,9}/\S+$")
DOI_PREFIXES = ("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "doi:")
PMID_PATTERN = re.compile(r"^[1-9]\d{0,8}$")
# Parts of an author list, split at commas, that name nobody: company suffixes and "et al."
_NOT_NAMES = {"inc", "ltd", "llc", "plc", "co", "corp", "gmbh", "ag", "sa", "et al"}


def normalise_doi(value):
    value = value.strip()
    for prefix in DOI_PREFIXES:
        if value.lower().startswith(prefix):
            return value[len(prefix) :].strip()
    return value


def validate_doi(value):
    if value and not DOI_PATTERN.match(normalise_doi(value)):
        raise ValidationError(
            "“%(value)s” is not a DOI. A DOI starts with 10., then digits, a slash and the "
            "rest, for example 10.1056/NEJMoa2302399.",
            params={"value": value},
            code="invalid_doi",
        )


def validate_pmid(value):
    if value and not PMID_PATTERN.match(value.strip()):
        raise ValidationError(
            "“%(value)s” is not a PubMed ID. A PMID is a number of up to 9 digits, for "
            "example 37224232.",
            params={"value": value},
            code="invalid_pmid",
        )


class Reference(index.Indexed, models.Model):
    """A published source that a claim rests on."""

    authors = models.CharField(
        max_length=500, help_text="As cited, e.g. “Zarate CA Jr, Singh JB, Carlson PJ, et al.”"
    )
    title = models.CharField(max_length=500)
    publisher = models.CharField("journal or publisher", max_length=255)
    year = models.PositiveSmallIntegerField()
    doi = models.CharField("DOI", max_length=255, blank=True, validators=[validate_doi])
    pmid = models.CharField("PMID", max_length=12, blank=True, validators=[validate_pmid])
    url = models.URLField("URL", max_length=500, blank=True)
    study_design = models.CharField(max_length=32, choices=StudyDesign.choices)

    history = HistoricalRecords()

    panels = [
        FieldPanel("authors"),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("publisher"), FieldPanel("year")]),
        FieldRowPanel([FieldPanel("doi"), FieldPanel("pmid")]),
        FieldPanel("url"),
        FieldPanel("study_design"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("authors"),
        index.SearchField("year_as_text"),
        index.AutocompleteField("title"),
        index.AutocompleteField("authors"),
        index.AutocompleteField("year_as_text"),
        index.FilterField("study_design"),
    ]

    class Meta:
        ordering = ["authors", "year"]

    def __str__(self):
        return f"{self.short_label}: {self.title}"

    @property
    def short_label(self):
        names = [name.strip() for name in self.authors.split(",") if name.strip()]
        # "Janssen Pharmaceuticals, Inc." is one author; "et al." in the list is not a name.
        people = [name for name in names if name.lower().rstrip(".") not in _NOT_NAMES]
        first_author = people[0] if people else self.authors.strip()
        suffix = " et al." if len(people) > 1 or "et al" in self.authors.lower() else ""
        return f"{first_author}{suffix} {self.year}"

    def year_as_text(self):
        # Writers search by year ("2013"); the search index reads words, not numbers.
        return str(self.year)

    @property
    def doi_url(self):
        return f"https://doi.org/{self.doi}" if self.doi else ""

    @property
    def pubmed_url(self):
        return f"https://pubmed.ncbi.nlm.nih.gov/{self.pmid}/" if self.pmid else ""

    @property
    def link(self):
        return self.doi_url or self.pubmed_url or self.url

    def clean(self):
        self.doi = normalise_doi(self.doi)
        self.pmid = self.pmid.strip()
        if not (self.doi or self.pmid or self.url):
            raise ValidationError(
                "Give at least one of DOI, PMID or URL so that readers and reviewers can find "
                "the source."
            )

    def canonical(self):
        """The fields a sign-off covers: change any and earlier sign-offs no longer apply."""
        return {
            "id": self.pk,
            "authors": self.authors,
            "title": self.title,
            "publisher": self.publisher,
            "year": self.year,
            "doi": self.doi,
            "pmid": self.pmid,
            "url": self.url,
            "study_design": self.study_design,
        }
