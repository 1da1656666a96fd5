"""Schema.org JobPosting data for a published vacancy, so job portals and search engines can read it."""

from __future__ import annotations

from datetime import datetime, time

from matcher import geography
from models import Vacancy

EMPLOYMENT_TYPE = "FULL_TIME"  # leadership posts in the Danish public sector are full-time
# A rotation, secondment or job-shadowing offer is a stay of 1–6 months: Schema.org's (and Google's) TEMPORARY.
OFFER_EMPLOYMENT_TYPE = "TEMPORARY"


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
        "employmentType": OFFER_EMPLOYMENT_TYPE if vacancy.is_offer else EMPLOYMENT_TYPE,
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
    if vacancy.is_offer and vacancy.start_month is not None:
        posting["jobStartDate"] = vacancy.start_month.strftime("%Y-%m")  # a month: Schema.org allows an ISO 8601 text
    if vacancy.competences:
        posting["skills"] = ", ".join(vacancy.competences)
    return posting


def _description(vacancy: Vacancy) -> str:
    """The ad text with its competences; Schema.org wants the full description."""
    parts = [vacancy.description.strip()]
    if vacancy.is_offer:
        parts.insert(0, _offer_line(vacancy))
    if vacancy.competences:
        parts.append("Krævede kompetencer: " + ", ".join(vacancy.competences) + ".")
    if vacancy.nice_to_have:
        parts.append("Ønskede kompetencer: " + ", ".join(vacancy.nice_to_have) + ".")
    return "\n\n".join(part for part in parts if part)


OFFER_NAMES = {"rotation": "Rotationsforløb", "secondment": "Udstationering", "shadowing": "Følordning (jobskygning)"}


def _offer_line(vacancy: Vacancy) -> str:
    """What the offer is, in Danish like the ad: Schema.org has no field for a stay's length or who pays."""
    months = vacancy.duration_months
    line = f"{OFFER_NAMES[vacancy.kind]} på {months} {'måned' if months == 1 else 'måneder'}."
    if vacancy.home_employer_pays:
        line += " Lønnen betales fortsat af lederens egen arbejdsplads."
    return line
