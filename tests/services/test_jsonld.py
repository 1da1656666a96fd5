"""Schema.org JobPosting data for vacancy pages."""

from datetime import date

from webapp.services.jsonld import job_posting


def test_job_posting_has_the_fields_schema_org_and_job_portals_expect(make_vacancy, make_organisation):
    organisation = make_organisation("Digitaliseringsstyrelsen", municipality_code=101)
    vacancy = make_vacancy(
        organisation=organisation,
        title="Kontorchef",
        municipality_code=751,
        deadline=date(2027, 1, 31),
        competences=["ministerbetjening", "budgetlægning"],
        description="Vi søger en kontorchef.",
    )
    data = job_posting(vacancy, "https://sektorbro.dk/stillinger/1")
    assert data["@context"] == "https://schema.org" and data["@type"] == "JobPosting"
    assert data["title"] == "Kontorchef"
    assert data["datePosted"] == vacancy.published_at.date().isoformat()
    assert data["validThrough"] == "2027-01-31T23:59:00"
    assert data["employmentType"] == "FULL_TIME"
    assert data["hiringOrganization"] == {"@type": "Organization", "name": "Digitaliseringsstyrelsen"}
    address = data["jobLocation"]["address"]
    assert address == {
        "@type": "PostalAddress",
        "addressCountry": "DK",
        "addressLocality": "Aarhus",
        "addressRegion": "Region Midtjylland",
    }
    assert "Vi søger en kontorchef." in data["description"] and "ministerbetjening" in data["description"]


def test_no_deadline_means_no_valid_through(make_vacancy):
    assert "validThrough" not in job_posting(make_vacancy(deadline=None), "https://x")
