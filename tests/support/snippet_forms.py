"""Form data for the snippet admin, built from existing objects."""


def reference_form(reference, **changes):
    fields = {
        "authors": reference.authors,
        "title": reference.title,
        "publisher": reference.publisher,
        "year": str(reference.year),
        "doi": reference.doi,
        "pmid": reference.pmid,
        "url": reference.url,
        "study_design": reference.study_design,
    }
    return {**fields, **changes}
