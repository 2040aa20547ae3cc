"""schema.org MedicalWebPage data for a treatment article, from the same facts the page shows."""


def medical_web_page(article, request, medical_review):
    data = {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "name": article.title,
        "url": article.get_full_url(request),
        "description": article.summary,
        "medicalAudience": {"@type": "MedicalAudience", "audienceType": "Patient"},
        "about": {"@type": "MedicalCondition", "name": article.condition},
        "mentions": {
            "@type": "MedicalTherapy",
            "name": article.therapy_status.therapy,
        },
        "citation": [_citation(reference) for reference in article.cited_references],
    }
    if medical_review:
        data["lastReviewed"] = medical_review.last_reviewed.isoformat()
        data["dateModified"] = medical_review.last_updated.isoformat()
        data["reviewedBy"] = [
            {"@type": "Person", "name": reviewer.printed_name, "jobTitle": reviewer.credentials}
            for reviewer in medical_review.reviewers
        ]
    return data


def _citation(reference):
    citation = {
        "@type": "ScholarlyArticle",
        "name": reference.title,
        "author": reference.authors,
        "datePublished": str(reference.year),
        "publisher": reference.publisher,
    }
    if reference.link:
        citation["url"] = reference.link
    if reference.doi:
        citation["identifier"] = f"doi:{reference.doi}"
    return citation
