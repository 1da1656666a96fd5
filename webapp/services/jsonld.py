"""Schema.org JobPosting data for a published vacancy, so job portals and search engines can read it."""

from __future__ import annotations

from datetime import datetime, time

from matcher import geography
from models import Vacancy

EMPLOYMENT_TYPE = "FULL_TIME"  # leadership posts in the Danish public sector are full-time


def job_posting(vacancy: Vacancy, url: str) -> dict:
    """The JobPosting object (https://schema.org/JobPosting) for one published vacancy."""
    municipality = geography.find_municipality(vacancy.municipality_code)
    address = {"@type": "PostalAddress", "addressCountry": "DK"}
    if municipality is not None:
        address["addressLocality"] = municipality.name
        address["addressRegion"] = geography.region(municipality.region_code).name
    posting = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": vacancy.title,
        "description": _description(vacancy),
        "datePosted": (vacancy.published_at or vacancy.created_at).date().isoformat(),
        "employmentType": EMPLOYMENT_TYPE,
        "hiringOrganization": {"@type": "Organization", "name": vacancy.organisation.name},
        "jobLocation": {"@type": "Place", "address": address},
        "url": url,
        "identifier": {
            "@type": "PropertyValue",
            "name": vacancy.organisation.name,
            "value": vacancy.external_id or str(vacancy.id),
        },
    }
    if vacancy.deadline is not None:
        posting["validThrough"] = datetime.combine(vacancy.deadline, time(23, 59)).isoformat()
    if vacancy.competences:
        posting["skills"] = ", ".join(vacancy.competences)
    return posting


def _description(vacancy: Vacancy) -> str:
    """The ad text with its competences; Schema.org wants the full description."""
    parts = [vacancy.description.strip()]
    if vacancy.competences:
        parts.append("Krævede kompetencer: " + ", ".join(vacancy.competences) + ".")
    if vacancy.nice_to_have:
        parts.append("Ønskede kompetencer: " + ", ".join(vacancy.nice_to_have) + ".")
    return "\n\n".join(part for part in parts if part)
