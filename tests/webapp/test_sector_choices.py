"""The public sectors are offered from one list (issue 13): registering an employer's organisation, the vacancy
list's and a saved search's sector filter offer the same three, in the order of ``matcher.sectors``."""

from webapp.auth.forms import EmployerRegistrationForm
from webapp.labels import PUBLIC_SECTOR_CHOICES, SECTOR_LABELS
from webapp.leader.forms import SavedSearchForm
from webapp.public.forms import VacancySearchForm


def _offered(field) -> list[str]:
    """The values a select field offers, its blank "all" option left out."""
    return [choice.value for choice in field.kwargs["choices"] if choice.value != ""]


def test_every_public_sector_choice_offers_stat_region_and_kommune():
    assert [code for code, _label in PUBLIC_SECTOR_CHOICES] == ["stat", "region", "kommune"]
    assert all(label is SECTOR_LABELS[code] for code, label in PUBLIC_SECTOR_CHOICES)
    for field in (
        EmployerRegistrationForm.organisation_sector,
        VacancySearchForm.sector,
        SavedSearchForm.sector,
    ):
        assert _offered(field) == ["stat", "region", "kommune"]
